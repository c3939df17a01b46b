"""A person's page reuses the access decisions earlier pages worked out (views/access.py), and
must still answer exactly as the access engine would now: a consent withdrawn, glass broken,
an agreement revoked or edited in place, another day or another viewer is a new question."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker.agreements.access import KnownAgreement, Viewer, decide
from caseworker.agreements.model import Agreement
from caseworker.views.access import AccessContext, ConsentView
from tests.support.agreements import agreement, rule

SOCIAL_WORKER = Viewer("childrens-social-care", "social_worker", ("safeguarding_children",))
MANAGER = Viewer("childrens-social-care", "team_manager", ("safeguarding_children", "research"))
FIELDS = ("record.title", "record.date", "record.detail", "person.name")


def _agreements(revoked: bool, detail_level: str, lapsed: bool) -> list[KnownAgreement]:
    doc = agreement(
        "police",
        rule("4.1", "summary", consent="required"),
        rule("4.2", "narrative", level=detail_level, consent="override_with_reason"),
        rule("4.3", "identity", roles=("team_manager",)),
        status="revoked" if revoked else "active",
        valid_until=date(2026, 6, 30) if lapsed else date(2027, 12, 31),
    )
    return [KnownAgreement(doc, verified=True)]


def _consents(state: str | None) -> list[ConsentView]:
    if state is None:
        return []
    at = datetime(2026, 11, 1, 9, 0)
    return [
        ConsentView("police", "safeguarding_children", state, at, "A. Tester", "verbal", "local")
    ]


page = st.fixed_dictionaries(
    {
        "consent": st.sampled_from([None, "given", "withdrawn", "refused"]),
        "broken": st.booleans(),
        "revoked": st.booleans(),
        "detail_level": st.sampled_from(["full", "on_request", "masked"]),
        "lapsed": st.booleans(),
        "today": st.sampled_from([date(2026, 11, 21), date(2028, 1, 2)]),
        "viewer": st.sampled_from([SOCIAL_WORKER, MANAGER]),
        "released": st.booleans(),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(page, min_size=2, max_size=12))
def test_every_page_decides_as_the_engine_would_now(pages: list[dict[str, object]]) -> None:
    for p in pages:
        agreements = _agreements(p["revoked"], p["detail_level"], p["lapsed"])  # type: ignore[arg-type]
        consents = _consents(p["consent"])  # type: ignore[arg-type]
        overrides = frozenset({("police", "record.detail")}) if p["broken"] else frozenset()
        today: date = p["today"]  # type: ignore[assignment]
        viewer: Viewer = p["viewer"]  # type: ignore[assignment]
        ctx = AccessContext(viewer, agreements, today, consents, overrides)
        for field in FIELDS:
            expected = decide(
                field,
                "domestic_abuse_incident",
                "police",
                viewer,
                agreements,
                today=today,
                consent=lambda _p, _u, c=p["consent"]: c,  # type: ignore[misc]
                overridden=(("police", field) in overrides),
                released=bool(p["released"]),
            )
            got = ctx.decide("police", field, "domestic_abuse_incident", bool(p["released"]))
            assert got == expected, (field, p)


def test_an_agreement_edited_in_place_is_decided_afresh() -> None:
    """Same id and version, different rules (a partner republished without a new version):
    the page after the edit shows what the edited agreement allows."""
    today = date(2026, 11, 21)
    before = _agreements(revoked=False, detail_level="full", lapsed=False)
    given_consent = _consents("given")
    first = AccessContext(SOCIAL_WORKER, before, today, given_consent)
    assert first.decide("police", "record.title", "domestic_abuse_incident").level == "full"
    edited = replace(before[0], document=replace_rules(before[0].document, level="masked"))
    second = AccessContext(SOCIAL_WORKER, [edited], today, given_consent)
    decision = second.decide("police", "record.title", "domestic_abuse_incident")
    assert (decision.level, decision.masking) == ("masked", "category_only")


def replace_rules(doc: Agreement, *, level: str) -> Agreement:
    rules = tuple(
        msgspec.structs.replace(r, level=level, masking="category_only") if r.clause == "4.1" else r
        for r in doc.rules
    )
    return msgspec.structs.replace(doc, rules=rules)
