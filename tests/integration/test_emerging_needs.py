"""Emerging needs on the sandbox: households where several agencies each hold a low-level
concern, found with their evidence, without anything the viewer may not see."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import msgspec
import pytest
from sqlalchemy import select

from caseworker.errors import RulesInvalid
from caseworker.insight.emerging import EmergingHousehold, find_emerging
from caseworker.insight.households import persons_of
from caseworker.insight.rules import DEFAULT_RULES, RULES_ENV, AlreadyOpen, Rules, load_rules
from caseworker.services.consent import record_consent
from caseworker.services.emerging import DismissRefused, dismiss, emerging_needs
from caseworker.store.models import Partner, SourceItem, SourcePerson
from caseworker.store.store import Store
from caseworker.views.activity import for_citizen
from tests.support.cli import run_main


def _found(store: Store, **kwargs: object) -> list[EmergingHousehold]:
    with store.session() as session:
        return find_emerging(session, **kwargs)  # type: ignore[arg-type]


def _items_of(store: Store, household: EmergingHousehold) -> list[tuple[SourceItem, str]]:
    """Every record held about the household's members, with its partner's agency."""
    with store.session() as session:
        persons = persons_of(session, [m.citizen_id for m in household.members])
        keys = {key for held in persons.values() for key in held}
        agencies = {
            pid: agency for pid, agency in session.execute(select(Partner.id, Partner.agency))
        }
        rows = session.scalars(select(SourceItem)).all()
        return [
            (r, agencies[r.partner_id]) for r in rows if (r.partner_id, r.person_source_id) in keys
        ]


def test_households_with_concerns_at_several_agencies_are_found_with_their_evidence(
    synced,  # type: ignore[no-untyped-def]
) -> None:
    store, _, _ = synced
    found = _found(store)
    assert len(found) >= 3  # the sandbox has families like this; the list is not empty
    rules = load_rules()
    open_categories = set(rules.already_open.categories)
    for household in found:
        assert len(household.problems) >= 2
        assert len(household.agencies) >= 2
        for problem in household.problems:
            assert problem.evidence
            wanted = next(p for p in rules.problems if p.id == problem.problem).categories
            assert all(e.category in wanted and e.access.visible for e in problem.evidence)
        # Not open to children's social care: no member has such a record.
        held = _items_of(store, household)
        assert not [
            i for i, agency in held if agency == "social_care" and i.category in open_categories
        ]
        evidence = {(e.partner_id, e.source_id) for p in household.problems for e in p.evidence}
        assert evidence <= {(i.partner_id, i.source_id) for i, _ in held}
    ranks = [(-len(h.problems), -(h.latest.toordinal() if h.latest else 0)) for h in found]
    assert ranks == sorted(ranks)  # most problems, then most recent, first


def test_a_record_behind_consent_neither_counts_nor_shows_until_consent_is_given(
    synced,  # type: ignore[no-untyped-def]
) -> None:
    store, _, _ = synced
    found = _found(store)
    # Housing shares rent arrears only with the tenant's consent, which the sandbox lacks.
    household, arrears = next(
        (h, i) for h in found for i, _ in _items_of(store, h) if i.category == "rent_arrears"
    )
    shown = json.dumps(msgspec.to_builtins(found))
    assert arrears.source_id not in shown
    assert "Rent arrears" not in shown
    assert "finances" not in {p.problem for h in found for p in h.problems}
    with store.session() as session:
        persons = persons_of(session, [m.citizen_id for m in household.members])
    (tenant,) = [
        c for c, held in persons.items() if (arrears.partner_id, arrears.person_source_id) in held
    ]
    record_consent(
        store,
        citizen_id=tenant,
        provider="housing",
        purpose="early_help",
        state="given",
        method="written",
        recorded_by="Test worker",
    )
    after = {h.key: h for h in _found(store)}[household.key]
    finances = {p.problem: p for p in after.problems}["finances"]
    assert [e.source_id for e in finances.evidence] == [arrears.source_id]
    assert after.fingerprint != household.fingerprint  # new evidence: a dismissal would lapse


def test_a_household_open_to_childrens_social_care_is_not_listed(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    rules = load_rules()
    found = _found(store, rules=rules)
    first = found[0]
    category = first.problems[0].evidence[0].category
    agency = first.problems[0].evidence[0].agency
    # The same rules, but that agency's category now shows a household is already open.
    stricter = Rules(
        problems=rules.problems,
        already_open=AlreadyOpen("open", (agency,), (category,)),
        min_problems=rules.min_problems,
        min_agencies=rules.min_agencies,
        lookback_days=rules.lookback_days,
    )
    assert first.key not in {h.key for h in _found(store, rules=stricter)}


def test_dismissing_needs_a_reason_is_audited_and_lasts_until_the_evidence_changes(
    synced,  # type: ignore[no-untyped-def]
) -> None:
    store, _, _ = synced
    household = emerging_needs(store)[0]
    with pytest.raises(DismissRefused):
        dismiss(store, household, "   ", by="Test worker")
    dismiss(store, household, "Known to the early help hub already", by="Test worker")
    assert household.key not in {h.key for h in emerging_needs(store)}
    assert household.key in {h.key for h in emerging_needs(store, include_dismissed=True)}
    with store.session() as session:
        entries = for_citizen(session, household.members[0].citizen_id)
    dismissal = [e for e in entries if e.kind == "emerging_need"]
    assert dismissal and dismissal[-1].detail["reason"] == "Known to the early help hub already"
    # Looking at the list is audited too.
    with store.session() as session:
        from caseworker.audit.log import recent

        views = [e for e in recent(session, kinds=("view",), limit=10) if e.detail.get("page")]
    assert views and views[0].detail["page"] == "emerging_needs"


def test_rules_that_do_not_make_sense_are_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = json.loads(DEFAULT_RULES.read_text())
    assert load_rules().problems  # the default set is valid
    cases = {
        "unknown field": {**default, "min_problem": 3},
        "same category twice": {
            **default,
            "problems": [
                *default["problems"],
                {"id": "x", "label": "X", "categories": ["attendance"]},
            ],
        },
        "one problem is not several": {**default, "min_problems": 1},
    }
    for name, rules in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(rules))
        monkeypatch.setenv(RULES_ENV, str(path))
        with pytest.raises(RulesInvalid) as raised:
            load_rules()
        assert str(path) in raised.value.message, name
    monkeypatch.setenv(RULES_ENV, str(tmp_path / "missing.json"))
    with pytest.raises(RulesInvalid, match="cannot be read"):
        load_rules()


def test_headless_list_and_dismiss(cli_env: dict[str, str]) -> None:
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_main(env, *args)

    assert run("sync", "--demo").returncode == 0
    listed = run("insight", "emerging", "--json")
    assert listed.returncode == 0, listed.stderr
    households = json.loads(listed.stdout)
    assert households and all(len(h["problems"]) >= 2 for h in households)
    evidence = households[0]["problems"][0]["evidence"][0]
    assert evidence["partner_name"] and evidence["access"]["level"] in ("full", "masked")
    key = households[0]["key"]
    refused = run("insight", "dismiss", key, "--reason", " ")
    assert refused.returncode != 0 and "reason" in refused.stderr
    assert run("insight", "dismiss", key, "--reason", "Already with early help").returncode == 0
    again = json.loads(run("insight", "emerging", "--json").stdout)
    assert key not in {h["key"] for h in again}
    followed = run("insight", "follow", households[-1]["key"])
    assert followed.returncode == 0 and "Following the" in followed.stdout
    text = run("insight", "emerging", "--all")
    assert key in text.stdout
    assert any(p["label"] in text.stdout for p in households[0]["problems"])


def test_consents_for_everyone_at_once_match_each_persons_own(synced) -> None:  # type: ignore[no-untyped-def]
    from caseworker.views.access import consents_by_citizen, consents_for

    store, _, _ = synced
    with store.session() as session:
        everyone = consents_by_citizen(session)
        persons = persons_of(session, session.scalars(select(SourcePerson.citizen_id)).all())
        assert everyone  # the sandbox has consents
        for citizen, keys in persons.items():
            assert list(consents_for(session, citizen, keys)) == everyone.get(citizen, [])
