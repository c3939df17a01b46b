"""Consent in plain words: generated from the agreements in force, for the chosen provider
and purpose, and changing when the agreements do."""

from __future__ import annotations

from datetime import date, timedelta

from caseworker.agreements.registry import known_agreements
from caseworker.insight.consent_words import duration, explain_consent, explanation_html


def test_what_who_why_how_long_and_how_to_withdraw(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        known = known_agreements(session)
    words = explain_consent(known, "housing", "early_help")
    assert words.needs_consent
    text = " ".join(words.sentences())
    assert "Council Housing Services will share rent arrears" in text  # what
    assert "Who with: Children's Social Care." in text  # who
    assert "Why: for early help." in text  # why
    doc = next(k.document for k in known if k.document.provider == "housing")
    assert f"up to {duration(doc.retention_days)}" in text  # how long, from the agreement
    assert "withdraw your consent at any time" in text and "Council Housing Services" in text
    page = explanation_html(words, "Test Person")
    assert '<meta name="classification" content="OFFICIAL-SENSITIVE">' in page
    assert "For Test Person" in page


def test_a_provider_that_shares_without_consent_says_so(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        known = known_agreements(session)
    words = explain_consent(known, "police", "early_help")
    assert not words.needs_consent
    assert "does not ask for your consent" in words.sentences()[0]


def test_the_words_follow_the_agreements_in_force(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    with store.session() as session:
        known = known_agreements(session)
    housing = next(k.document for k in known if k.document.provider == "housing")
    after = housing.valid_until + timedelta(days=1)
    assert not explain_consent(known, "housing", "early_help", today=after).needs_consent
    assert explain_consent(known, "housing", "early_help", today=date.today()).needs_consent


def test_durations_read_naturally() -> None:
    assert [duration(d) for d in (365, 730, 180, 30, 45, 1)] == [
        "1 year", "2 years", "6 months", "1 month", "45 days", "1 day",
    ]  # fmt: skip
