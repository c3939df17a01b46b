"""The access engine: deny wins, lapsed agreements grant nothing, consent and release count."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker.agreements.access import (
    CONSENT_NEEDED,
    DENIED,
    EXPIRED,
    GRANTED,
    NOT_SHARED,
    OVERRIDDEN,
    OVERRIDE_AVAILABLE,
    OWN,
    RANK,
    RELEASED,
    KnownAgreement,
    Viewer,
    addressed_to,
    applies_to,
    decide,
    storable,
)
from caseworker.agreements.model import DataClass, Rule
from tests.support.agreements import agreement, rule

TODAY = date(2026, 11, 21)
SOCIAL_WORKER = Viewer("childrens-social-care", "social_worker", ("safeguarding_children",))


def known(*rules: Rule, **kw: object) -> list[KnownAgreement]:
    return [KnownAgreement(agreement("police", *rules, **kw), verified=True)]  # type: ignore[arg-type]


def test_permit_gives_its_level_with_the_clause_as_reason() -> None:
    d = decide(
        "record.title",
        "domestic_abuse_incident",
        "police",
        SOCIAL_WORKER,
        known(rule("4.1", "summary")),
        today=TODAY,
    )
    assert (d.level, d.state) == ("full", GRANTED)
    assert d.reasons[0].clause == "4.1" and d.reasons[0].purpose == "safeguarding_children"
    assert d.reasons[0].lawful_basis is not None


def test_most_permissive_permit_wins_and_masking_is_named() -> None:
    rules = (
        rule("1", "birth", level="masked", masking="year_of_birth"),
        rule("2", "narrative", level="on_request"),
    )
    d = decide("person.birth_date", None, "police", SOCIAL_WORKER, known(*rules), today=TODAY)
    assert (d.level, d.masking) == ("masked", "year_of_birth")
    both = known(rule("1", "birth", level="masked", masking="year_of_birth"), rule("2", "identity"))
    assert (
        decide("person.birth_date", None, "police", SOCIAL_WORKER, both, today=TODAY).level
        == "full"
    )


def test_deny_wins_over_permit() -> None:
    rules = (rule("1", "narrative"), rule("9", "narrative", effect="deny", purposes=()))
    d = decide("record.detail", "x", "police", SOCIAL_WORKER, known(*rules), today=TODAY)
    assert (d.level, d.state, d.reasons[0].clause) == ("withheld", DENIED, "9")


def test_a_deny_for_another_purpose_does_not_block() -> None:
    rules = (
        rule("1", "summary"),
        rule("2", "summary", effect="deny", purposes=("integrated_care",)),
    )
    d = decide("record.title", "x", "police", SOCIAL_WORKER, known(*rules), today=TODAY)
    assert (d.level, d.reasons[0].clause) == ("full", "1")


def test_expired_revoked_superseded_and_unverified_agreements_grant_nothing() -> None:
    expired = known(rule("1", "summary"), valid_until=date(2026, 11, 1))
    d = decide("record.title", "x", "police", SOCIAL_WORKER, expired, today=TODAY)
    assert (d.level, d.state) == ("withheld", EXPIRED)
    doc = agreement("police", rule("1", "summary"))
    for ka in (
        KnownAgreement(doc, verified=False),
        KnownAgreement(doc, True, superseded=True),
        KnownAgreement(agreement("police", rule("1", "summary"), status="revoked"), True),
    ):
        assert (
            decide("record.title", "x", "police", SOCIAL_WORKER, [ka], today=TODAY).state
            == NOT_SHARED
        )


def test_wrong_role_organisation_or_purpose_sees_nothing() -> None:
    agreements = known(rule("1", "summary", roles=("team_manager",)))
    assert (
        decide("record.title", "x", "police", SOCIAL_WORKER, agreements, today=TODAY).level
        == "withheld"
    )
    other_purpose = Viewer("childrens-social-care", "social_worker", ("integrated_care",))
    assert (
        decide(
            "record.title", "x", "police", other_purpose, known(rule("1", "summary")), today=TODAY
        ).level
        == "withheld"
    )
    housing = Viewer("housing", "housing_officer", ("safeguarding_children",))
    assert (
        decide(
            "record.title", "x", "police", housing, known(rule("1", "summary")), today=TODAY
        ).level
        == "withheld"
    )


def test_consent_required_needs_consent_given_and_withdrawal_hides() -> None:
    agreements = known(rule("1", "summary", consent="required"))
    none = decide("record.title", "x", "police", SOCIAL_WORKER, agreements, today=TODAY)
    assert (none.level, none.state) == ("withheld", CONSENT_NEEDED)
    yes = decide(
        "record.title",
        "x",
        "police",
        SOCIAL_WORKER,
        agreements,
        today=TODAY,
        consent=lambda p, u: "given",
    )
    assert yes.level == "full"
    withdrawn = decide(
        "record.title",
        "x",
        "police",
        SOCIAL_WORKER,
        agreements,
        today=TODAY,
        consent=lambda p, u: "withdrawn",
    )
    assert withdrawn.state == CONSENT_NEEDED


def test_override_with_reason_shows_only_after_the_glass_is_broken() -> None:
    agreements = known(rule("1", "summary", consent="override_with_reason"))
    closed = decide("record.title", "x", "police", SOCIAL_WORKER, agreements, today=TODAY)
    assert (closed.level, closed.state) == ("withheld", OVERRIDE_AVAILABLE)
    broken = decide(
        "record.title", "x", "police", SOCIAL_WORKER, agreements, today=TODAY, overridden=True
    )
    assert (broken.level, broken.state) == ("full", OVERRIDDEN)


def test_on_request_until_released() -> None:
    agreements = known(rule("1", "narrative", level="on_request"))
    held = decide("record.detail", "x", "police", SOCIAL_WORKER, agreements, today=TODAY)
    assert held.level == "on_request"
    released = decide(
        "record.detail", "x", "police", SOCIAL_WORKER, agreements, today=TODAY, released=True
    )
    assert (released.level, released.state) == ("full", RELEASED)


def test_own_organisation_sees_its_own_records_in_full() -> None:
    d = decide("record.detail", "x", "childrens-social-care", SOCIAL_WORKER, [], today=TODAY)
    assert (d.level, d.state) == ("full", OWN)


def test_category_scoped_data_classes() -> None:
    classes = {
        "conditions": DataClass(
            "Safeguarding conditions", ("record.title",), ("condition:35489007", "flag*")
        )
    }
    agreements = [
        KnownAgreement(agreement("nhs-trust", rule("2", "conditions"), data_classes=classes), True)
    ]

    def see(category: str) -> str:
        return decide(
            "record.title", category, "nhs-trust", SOCIAL_WORKER, agreements, today=TODAY
        ).level

    assert see("condition:35489007") == "full" and see("flag") == "full"
    assert see("condition:195967001") == "withheld"


def test_storable_keeps_what_consent_may_unlock_but_not_what_nothing_allows() -> None:
    agreements = known(rule("1", "summary", consent="required"))
    assert (
        storable("record.title", "x", "police", SOCIAL_WORKER, agreements, today=TODAY).level
        == "full"
    )
    assert (
        storable("record.detail", "x", "police", SOCIAL_WORKER, agreements, today=TODAY).level
        == "withheld"
    )


# --- Property: never more open than the most permissive applicable rule ---------------------

FIELD_IDS = ("person.name", "person.birth_date", "person.postcode", "record.title", "record.detail")
ORGS = ("childrens-social-care", "police", "*")
ROLES = ("social_worker", "team_manager", "*")
PURPOSES = ("safeguarding_children", "integrated_care")

rules_strategy = st.builds(
    lambda clause, effect, org, role, classes, purposes, level, consent: (
        rule(
            clause,
            *classes,
            level=level if effect == "permit" else None,
            effect=effect,
            org=org,
            roles=(role,),
            purposes=purposes,
            consent=consent,
        )
        if not (effect == "permit" and level == "masked")
        else rule(
            clause,
            "birth",
            level="masked",
            masking="year_of_birth",
            org=org,
            roles=(role,),
            purposes=purposes,
            consent=consent,
        )
    ),
    st.text("0123456789", min_size=1, max_size=2),
    st.sampled_from(("permit", "permit", "deny")),
    st.sampled_from(ORGS),
    st.sampled_from(ROLES),
    st.lists(
        st.sampled_from(("identity", "address", "summary", "narrative", "birth")),
        min_size=1,
        max_size=3,
        unique=True,
    ).map(tuple),
    st.lists(st.sampled_from(PURPOSES), min_size=1, max_size=2, unique=True).map(tuple),
    st.sampled_from(("full", "masked", "on_request")),
    st.sampled_from(("required", "not_required", "override_with_reason")),
)


@settings(max_examples=300, deadline=None)
@given(
    rules=st.lists(rules_strategy, min_size=0, max_size=6),
    field_id=st.sampled_from(FIELD_IDS),
    role=st.sampled_from(("social_worker", "team_manager")),
    purposes=st.lists(st.sampled_from(PURPOSES), min_size=1, max_size=2, unique=True).map(tuple),
    expired=st.booleans(),
    consent=st.sampled_from((None, "given", "withdrawn")),
    overridden=st.booleans(),
)
def test_never_more_open_than_the_most_permissive_applicable_rule(
    rules: list[Rule],
    field_id: str,
    role: str,
    purposes: tuple[str, ...],
    expired: bool,
    consent: str | None,
    overridden: bool,
) -> None:
    viewer = Viewer("childrens-social-care", role, purposes)
    until = date(2026, 11, 1) if expired else date(2027, 12, 31)
    doc = agreement("police", *rules, valid_until=until)
    decision = decide(
        field_id,
        "x",
        "police",
        viewer,
        [KnownAgreement(doc, True)],
        today=TODAY,
        consent=lambda p, u: consent,
        overridden=overridden,
    )
    applicable = [
        r
        for r in doc.rules
        if addressed_to(r, viewer) and applies_to(doc, r, field_id, "x") and not expired
    ]
    permits = [r for r in applicable if r.effect == "permit" and set(r.purposes) & set(purposes)]
    ceiling = max((RANK[r.level or "withheld"] for r in permits), default=0)
    assert RANK[decision.level] <= ceiling
    if any(
        r.effect == "deny" and (not r.purposes or set(r.purposes) & set(purposes))
        for r in applicable
    ):
        assert decision.level == "withheld"
    if decision.visible:
        assert decision.reasons and all(r.provider == "police" for r in decision.reasons)
