"""Contacts at the front door, on a store synced from the sandbox: recorded with a clock,
the child offered among possible matches and never guessed, rated, listed overdue first,
audited without the child's name, and driven headless by `contacts ... --json`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from caseworker.audit.log import recent
from caseworker.paths import resolve_paths
from caseworker.profile import Profile
from caseworker.services.contacts import (
    ContactDraft,
    ContactRefused,
    choose_match,
    open_contacts,
    possible_matches,
    rate,
    record_contact,
    show_contact,
)
from caseworker.store.models import Contact, SourcePerson
from caseworker.store.store import Store, open_store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from caseworker.views.citizen import showcase_citizen
from tests.support.cli import run_main

WORKER = "M. Hub (MASH)"
# Tuesday 1 December 2026, 14:00 in London (GMT).
TUESDAY = datetime(2026, 12, 1, 14, tzinfo=UTC)


def _child(store: Store) -> SourcePerson:
    with store.session() as s:
        citizen = showcase_citizen(s)
        person = s.scalars(
            select(SourcePerson)
            .where(SourcePerson.citizen_id == citizen, SourcePerson.birth_date.is_not(None))
            .limit(1)
        ).one()
        s.expunge(person)
    return person


def _draft(person: SourcePerson, **changes: object) -> ContactDraft:
    values: dict[str, object] = dict(
        raised_by="PC 4471 Evans",
        referrer_agency="Constabulary",
        referrer_partner="police",
        about="domestic_abuse",
        concern="Called to the home overnight; the child was present during an assault.",
        child_given=person.given_name,
        child_family=person.family_name,
        child_birth_date=person.birth_date,
        received_at=TUESDAY,
    )
    values.update(changes)
    return ContactDraft(**values)  # type: ignore[arg-type]


def test_a_contact_offers_the_child_but_never_chooses_and_its_clock_runs(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    person = _child(store)
    contact_id = record_contact(store, _draft(person), entered_by=WORKER, now=TUESDAY)

    matches = possible_matches(store, contact_id)
    assert matches and matches[0].citizen_id == person.citizen_id
    assert matches[0].agencies  # known to whom, at once
    shown = show_contact(store, contact_id, now=TUESDAY + timedelta(hours=1))
    assert shown.citizen_id is None and not shown.matched  # offered, not assumed
    # Unrated: the statutory one working day, Tuesday 14:00 to Wednesday 14:00.
    assert shown.due == datetime(2026, 12, 2, 14, tzinfo=UTC)
    assert shown.left == timedelta(hours=7)

    choose_match(store, contact_id, person.citizen_id, by=WORKER)
    rate(store, contact_id, "red", by=WORKER)
    shown = show_contact(store, contact_id, now=TUESDAY + timedelta(hours=1))
    assert shown.citizen_id == person.citizen_id and shown.rating == "red"
    # Red: four working hours, three of them left at 15:00 (two on Tuesday, one on Wednesday).
    assert shown.due == datetime(2026, 12, 2, 10, tzinfo=UTC)
    assert shown.left == timedelta(hours=3)

    with store.session() as s:
        entries = recent(s, kinds=("contact",))
    assert {e.detail["action"] for e in entries} >= {"recorded", "matched", "rated", "viewed"}
    for entry in entries:  # ids and codes only: never the child's name or the concern
        text = json.dumps(entry.detail)
        assert str(person.family_name) not in text and "assault" not in text


def test_the_list_puts_overdue_contacts_first(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    person = _child(store)
    green = record_contact(store, _draft(person, rating="green"), entered_by=WORKER, now=TUESDAY)
    red = record_contact(
        store,
        _draft(person, rating="red", received_at=TUESDAY - timedelta(days=1)),
        entered_by=WORKER,
        now=TUESDAY,
    )
    unrated = record_contact(store, _draft(person), entered_by=WORKER, now=TUESDAY)
    listed = open_contacts(store, now=TUESDAY + timedelta(hours=2))
    listed = [v for v in listed if v.source == "entered"]  # not the council's feed's
    assert [v.id for v in listed] == [red, unrated, green]
    assert listed[0].overdue and not listed[1].overdue


def test_bad_contacts_are_refused_and_nothing_is_kept(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    person = _child(store)
    cases = [
        (dict(concern="  "), "concern"),
        (dict(about="gossip"), "from the list"),
        (dict(child_given=None, child_family=None, child_birth_date=None), "child's name"),
        (dict(raised_by=""), "who raised"),
        (dict(rating="purple"), "red, amber or green"),
        (dict(received_at=TUESDAY + timedelta(days=1)), "future"),
        (dict(referrer_partner="nowhere"), "No partner agency"),
    ]
    for changes, words in cases:
        with pytest.raises(ContactRefused, match=words):
            record_contact(store, _draft(person, **changes), entered_by=WORKER, now=TUESDAY)
    with store.session() as s:
        entered = select(func.count()).select_from(Contact).where(Contact.source == "entered")
        assert s.scalar(entered) == 0


def test_contacts_headless_as_json(cli_env: dict[str, str]) -> None:
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}
    assert run_main(env, "sync", "--demo").returncode == 0
    found = json.loads(run_main(env, "search", "smith", "--json").stdout)
    child = found[0]
    day, month, year = child["birth_date"][8:10], child["birth_date"][5:7], child["birth_date"][:4]
    given, family = child["name"].split(" ", 1)
    added = run_main(
        env, "contacts", "add", "--raised-by", "Mrs Patel, class teacher",
        "--agency", "Hillside Primary", "--about", "neglect",
        "--concern", "Arrives hungry most days; the same clothes all week.",
        "--given", given, "--family", family, "--born", f"{day}/{month}/{year}",
        "--rating", "amber", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    body = json.loads(added.stdout)
    assert child["citizen_id"] in [m["citizen_id"] for m in body["possible_matches"]]
    contact_id = str(body["id"])

    matched = run_main(env, "contacts", "match", contact_id, str(child["citizen_id"]))
    assert matched.returncode == 0, matched.stderr
    listed = json.loads(run_main(env, "contacts", "list", "--json").stdout)
    (listed,) = [c for c in listed if c["id"] == int(contact_id)]
    assert listed["citizen_id"] == child["citizen_id"] and listed["rating"] == "amber"
    assert listed["working_minutes_left"] > 0 and not listed["overdue"]
    shown = json.loads(run_main(env, "contacts", "show", contact_id, "--json").stdout)
    assert shown["concern"].startswith("Arrives hungry") and shown["possible_matches"] == []

    opened = json.loads(
        run_main(env, "enquiry", "open", contact_id, "--rating", "amber", "--json").stdout
    )
    assert opened["partners"] and "childrens-social-care" not in opened["partners"]
    status = json.loads(run_main(env, "enquiry", "status", str(opened["id"]), "--json").stdout)
    assert status["contact"] == int(contact_id) and status["rating"] == "amber"
    assert sorted(status["waiting_for"]) == opened["partners"]  # asked at the next sync
    assert {a["state"] for a in status["answers"]} == {"not_sent"}
    twice = run_main(env, "enquiry", "open", contact_id, "--rating", "amber")
    assert twice.returncode != 0 and "already" in twice.stderr

    decided = run_main(
        env, "decide", contact_id, "--outcome", "early_help", "--json",
        "--rationale", "Needs met by early help; no partner holds a current risk.",
    )  # fmt: skip
    assert decided.returncode == 0, decided.stderr
    assert json.loads(decided.stdout)["words"] == "Early help"
    still_open = json.loads(run_main(env, "contacts", "list", "--json").stdout)
    assert int(contact_id) not in [c["id"] for c in still_open]  # decided
    assert len(still_open) == 3  # the council's feed's contacts wait for someone

    refused = run_main(env, "contacts", "rate", contact_id, "purple")
    assert refused.returncode != 0
    missing = run_main(env, "contacts", "show", "999")
    assert missing.returncode == 3 and "No contact" in missing.stderr


def test_contacts_arrive_on_the_councils_feed_once_and_only_for_the_council(  # type: ignore[no-untyped-def]
    synced, tmp_path
) -> None:
    store, sandbox, _ = synced
    with store.session() as s:
        fed = list(s.scalars(select(Contact).where(Contact.source == "childrens-social-care")))
    assert {c.source_id for c in fed} == {"CSC-CONTACT-1", "CSC-CONTACT-2", "CSC-CONTACT-3"}
    assert all(c.status == "open" and c.citizen_id is None for c in fed)  # never matched for us
    exact = next(c for c in fed if c.source_id == "CSC-CONTACT-1")
    mistyped = next(c for c in fed if c.source_id == "CSC-CONTACT-2")
    unknown = next(c for c in fed if c.source_id == "CSC-CONTACT-3")
    assert exact.rating == "red" and exact.received_at.tzinfo is not None
    matches = possible_matches(store, exact.id)
    assert matches and matches[0].birth_date == exact.child_birth_date
    assert possible_matches(store, mistyped.id)  # a name one letter out still finds them
    assert possible_matches(store, unknown.id) == []

    SyncService(store).sync_all()  # sent again: kept once
    sandbox.feeds["childrens-social-care"].delete("contact", "CSC-CONTACT-3")
    SyncService(store).sync_all()
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 3
        assert s.get(Contact, unknown.id).status == "closed"  # withdrawn: closed, not deleted
        entries = recent(s, kinds=("contact",))
    assert [e.detail["action"] for e in entries].count("received") == 3
    assert not any(str(exact.concern) in json.dumps(e.detail) for e in entries)

    with open_store(resolve_paths(tmp_path / "police")) as police:
        configure_partners(police, sandbox.partner_configs())
        apply_profile(police, Profile("police", "mash_police_officer", ("safeguarding_children",)))
        report = SyncService(police).sync_all()
        council = next(r for r in report.results if r.partner_id == "childrens-social-care")
        assert council.ok and council.withheld >= 3, [
            (r.partner_id, r.error_code) for r in report.results if not r.ok
        ]
        with police.session() as s:  # another organisation's front door is not shared
            assert s.scalar(select(func.count()).select_from(Contact)) == 0
