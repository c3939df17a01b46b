"""Multi-agency enquiries against the sandbox over HTTP: the partners holding the child or the
household are asked through the outbox, answer through the protocol after their own delays
(the police withholding, with its reason), and a partner that answers after the deadline,
or is down for the whole enquiry, is shown late, never as if it had answered in time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from caseworker.agreements.access import Viewer
from caseworker.audit.log import recent
from caseworker.exports.chronology import ChronologyFilter
from caseworker.exports.produce import chronology, subject_access
from caseworker.insight.outcomes import outcome_figures
from caseworker.policy import OrganisationPolicy
from caseworker.profile import DEMO_PROFILE
from caseworker.services.contacts import ContactDraft, choose_match, record_contact
from caseworker.services.decisions import DecisionRefused, decide, show_decision
from caseworker.services.enquiries import (
    EnquiryRefused,
    open_enquiry,
    partners_to_ask,
    show_enquiry,
)
from caseworker.store.models import Contact, Enquiry, OutboxMessage, SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.views.citizen import citizen_view, showcase_citizen

WORKER = "M. Hub (MASH)"
ASKED = ["housing", "nhs-trust", "police", "school"]


def _contact(store: Store, matched: bool = True, referrer: str = "school") -> tuple[int, int]:
    with store.session() as s:
        citizen = showcase_citizen(s)
        person = s.scalars(
            select(SourcePerson)
            .where(SourcePerson.citizen_id == citizen, SourcePerson.birth_date.is_not(None))
            .limit(1)
        ).one()
        given, family, born = person.given_name, person.family_name, person.birth_date
    contact = record_contact(
        store,
        ContactDraft(
            raised_by="Ms Price, Year 4 teacher",
            referrer_agency="Hillside Academy",
            referrer_partner=referrer,
            about="neglect",
            concern="Came to school hungry three days running; says there is no food at home.",
            child_given=given,
            child_family=family,
            child_birth_date=born,
        ),
        entered_by=WORKER,
    )
    if matched:
        choose_match(store, contact, citizen, by=WORKER)
    return contact, citizen


def _answers_now(sandbox, late: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Every partner answers at once, but `late`, which waits for the deadline to pass."""
    for partner in ASKED:
        sandbox.desks[partner].enquiries.delay_s = 0
        sandbox.desks[partner].enquiries.late = partner == late


def test_the_partners_answer_one_withholding_and_a_late_one_is_shown_late(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    contact, citizen = _contact(store)
    partners = partners_to_ask(store, contact, DEMO_PROFILE.org)
    assert partners == ASKED  # every partner holding the child or household, not ourselves
    enquiry = open_enquiry(store, contact, rating="amber", partners=partners, by=WORKER)
    view = show_enquiry(store, enquiry)
    assert {a.state for a in view.answers} == {"not_sent"}  # goes at the next sync
    assert not view.overdue

    _answers_now(sandbox, late="housing")
    SyncService(store).sync_all()
    after_first_sync = datetime.now(UTC)
    view = show_enquiry(store, enquiry)
    by = {a.partner_id: a for a in view.answers}
    assert by["nhs-trust"].decision == by["school"].decision == "share"
    assert by["school"].research and all(r.summary for r in by["school"].research)
    police = by["police"]
    assert police.decision == "withhold" and police.reason and "investigation" in police.reason
    assert police.research == ()  # a withholding shares nothing, and says why
    # Housing answers only after the deadline it was given: asked, not answered, not yet late.
    assert by["housing"].state == "asked" and not by["housing"].late
    assert [a.partner_id for a in view.waiting_for] == ["housing"]
    assert not any(a.late for a in view.answers)
    # What the partners shared is in the child's chronology, marked as MASH research, for
    # those working to safeguard children only.
    with store.session() as s:
        shown = citizen_view(s, citizen)
        early_help = citizen_view(
            s, citizen, viewer=Viewer(DEMO_PROFILE.org, DEMO_PROFILE.role, ("early_help",))
        )
    research = [i for i in shown.chronology if i.category == "mash_research"]
    assert len(research) == len(by["school"].research) + len(by["nhs-trust"].research)
    assert {i.source.partner_id for i in research} == {"school", "nhs-trust"}
    assert all(i.access_of("record.title").level == "full" for i in research)
    assert not [i for i in early_help.chronology if i.category == "mash_research"]
    assert "MASH research: " in chronology(store, citizen, ChronologyFilter(), fmt="csv").text
    sent = sandbox.desks["police"].enquiries.received()[0]
    assert sent["respond_by"] == view.due.isoformat() and sent["rating"] == "amber"
    assert sent["child"]["person_ids"]  # the police's own record of the child
    assert "lawful_basis" in sent
    # The trust is a FHIR partner: asked with a Task for the child's Patient, by the deadline.
    (task,) = [e["task"] for e in sandbox.desks["nhs-trust"].enquiries.received()]
    assert task["resourceType"] == "Task" and task["priority"] == "urgent"  # amber
    assert task["for"]["reference"].startswith("Patient/")
    assert task["restriction"]["period"]["end"] == view.due.isoformat()

    # The deadline passes; housing answers after it, and is shown late although it answered.
    with store.session() as s:
        s.execute(update(Enquiry).where(Enquiry.id == enquiry).values(due_at=after_first_sync))
    sandbox.desks["housing"].enquiries.late = False
    SyncService(store).sync_all()
    view = show_enquiry(store, enquiry)
    housing = next(a for a in view.answers if a.partner_id == "housing")
    assert housing.state == "answered" and housing.late
    assert sum(a.late for a in view.answers) == 1  # the three that answered in time are not
    assert view.overdue and not view.waiting_for

    # Audited with ids and codes: the child's name and the concern stay in the contact.
    with store.session() as s:
        entries = recent(s, kinds=("enquiry",))
    assert {e.detail["action"] for e in entries} >= {"opened", "answered", "viewed"}
    answered = [e.detail for e in entries if e.detail["action"] == "answered"]
    assert {d["partner"]: d["decision"] for d in answered}["police"] == "withhold"
    assert all(e.citizen_id == citizen for e in entries)
    assert not any("hungry" in json.dumps(e.detail) for e in entries)


def test_a_partner_down_for_the_whole_enquiry_is_late_and_loses_nothing(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    contact, _ = _contact(store)
    enquiry = open_enquiry(store, contact, rating="red", partners=ASKED, by=WORKER)
    _answers_now(sandbox)
    sandbox.servers["school"].faults.fail_requests = 10_000
    SyncService(store).sync_all()
    with store.session() as s:
        s.execute(
            update(Enquiry)
            .where(Enquiry.id == enquiry)
            .values(due_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    view = show_enquiry(store, enquiry)
    school = next(a for a in view.answers if a.partner_id == "school")
    assert school.state == "not_sent" and school.late and school.why_waiting
    assert view.overdue and [a.partner_id for a in view.waiting_for] == ["school"]
    with store.session() as s:  # the request waits in the outbox, once
        assert (
            s.scalar(
                select(OutboxMessage.status).where(
                    OutboxMessage.kind == "enquiry", OutboxMessage.partner_id == "school"
                )
            )
            == "queued"
        )
    sandbox.servers["school"].faults.fail_requests = 0
    SyncService(store).sync_all()
    school = next(a for a in show_enquiry(store, enquiry).answers if a.partner_id == "school")
    assert school.decision == "share" and school.late  # it came, after the deadline
    assert len(sandbox.desks["school"].enquiries.received()) == 1


def test_an_enquiry_waits_for_the_child_to_be_matched_and_is_opened_once(synced) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = synced
    contact, _ = _contact(store, matched=False)
    try:
        open_enquiry(store, contact, rating="amber", partners=ASKED, by=WORKER)
        raise AssertionError("an enquiry about a child nobody has matched was opened")
    except EnquiryRefused as refused:
        assert "who the child is" in str(refused)
    choose_match(store, contact, None, by=WORKER)  # known to no one here: ask everyone
    assert partners_to_ask(store, contact, DEMO_PROFILE.org) == ASKED
    open_enquiry(store, contact, rating="green", partners=ASKED, by=WORKER)
    try:
        open_enquiry(store, contact, rating="green", partners=ASKED, by=WORKER)
        raise AssertionError("a second enquiry about the same contact was opened")
    except EnquiryRefused as refused:
        assert "already" in str(refused)


def test_a_decision_reaches_the_contributors_with_its_rationale_and_the_referrer_without(
    synced,
) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    contact, citizen = _contact(store, referrer="childrens-social-care")
    enquiry = open_enquiry(store, contact, rating="amber", partners=ASKED, by=WORKER)
    _answers_now(sandbox, late="housing")
    SyncService(store).sync_all()
    rationale = "Neglect indicators at school and health; the police hold an open investigation."
    nobody = OrganisationPolicy(mash_decision_roles=("team_manager",))
    with pytest.raises(DecisionRefused, match="Only these roles"):
        decide(store, contact, outcome="assessment", rationale=rationale, by=WORKER, policy=nobody)
    with pytest.raises(DecisionRefused, match="rationale"):
        decide(store, contact, outcome="assessment", rationale="too short", by=WORKER)
    wales = OrganisationPolicy(mash_nation="WLS")
    changes = decide(
        store, contact, outcome="assessment", rationale=rationale, by=WORKER, policy=wales
    )
    # Sent to the three that answered and to the referrer; housing had not answered.
    assert changes.partners == {"nhs-trust", "police", "school", "childrens-social-care"}
    shown = show_decision(store, contact)
    assert shown is not None and "SSWBA 2014 s21" in shown.words  # Wales's words
    assert show_enquiry(store, enquiry).status == "decided"
    with pytest.raises(DecisionRefused, match="already"):
        decide(store, contact, outcome="no_further_action", rationale=rationale, by=WORKER)

    SyncService(store).sync_all()
    police = list(sandbox.desks["police"].writes["decisions"].values())
    assert len(police) == 1 and police[0]["rationale"] == rationale
    assert police[0]["outcome"] == "assessment" and police[0]["enquiry_id"]
    (trust,) = sandbox.desks["nhs-trust"].writes["decisions"].values()
    assert trust["resourceType"] == "Communication" and rationale in json.dumps(trust)
    assert trust["basedOn"][0]["reference"].startswith("Task/")
    (council,) = sandbox.desks["childrens-social-care"].writes["decisions"].values()
    assert "rationale" not in council  # the referrer learns the outcome, not the research
    assert "decisions" not in sandbox.desks["housing"].writes
    with store.session() as s:
        (entry,) = recent(s, kinds=("decision",))
    assert entry.citizen_id == citizen and entry.detail["unanswered"] == ["housing"]
    assert rationale not in json.dumps(entry.detail)

    # The subject access report: the contact, what each agency told (or withheld, and why),
    # and the decision with its rationale.
    report = subject_access(store, citizen).text
    assert "Contacts at the front door" in report and "hungry three days" in report
    assert rationale in report and "SSWBA 2014 s21" in report
    assert "withheld what it holds" in report and "active criminal investigation" in report
    assert "asked partner agencies what they know about them" in report


def test_the_outcome_figures_count_decisions_in_time_and_answer_times_suppressed(synced) -> None:  # type: ignore[no-untyped-def]
    store, sandbox, _ = synced
    _answers_now(sandbox)
    with store.session() as s:
        children = list(
            s.execute(
                select(SourcePerson.citizen_id, SourcePerson.given_name)
                .where(SourcePerson.partner_id == "police")
                .distinct()
                .limit(7)
            )
        )
    long_ago = datetime.now(UTC) - timedelta(days=10)
    for n, (citizen, given) in enumerate(children):
        draft = ContactDraft(
            raised_by="PC 4471 Evans",
            referrer_agency="Constabulary",
            about="domestic_abuse",
            concern="Called to the home overnight.",
            child_given=given,
            received_at=long_ago if n == 0 else None,
        )
        contact = record_contact(store, draft, entered_by=WORKER)
        choose_match(store, contact, citizen, by=WORKER)
        open_enquiry(store, contact, rating="amber", partners=["police", "school"], by=WORKER)
    SyncService(store).sync_all()
    with store.session() as s:
        contacts_ = list(s.scalars(select(Contact.id).where(Contact.source == "entered")))
    for contact in contacts_:
        decide(
            store,
            contact,
            outcome="early_help",
            rationale="Needs met by early help support.",
            by=WORKER,
        )
    with store.session() as s:
        figures = {t.key: t for t in outcome_figures(s, DEMO_PROFILE.viewer).tables}
    decisions = figures["front_door_decisions"]
    # Six within one working day and one later: the one is a small number and is hidden,
    # and so is the other cell, which the total would give away.
    assert [r[1] for r in decisions.rows] == ["*", "<5"] and decisions.total[1] == "7"
    answers = {r[0]: r for r in figures["enquiry_answers"].rows}
    police = answers["Constabulary Public Protection Unit"]
    assert police[1] == police[2] == "7"  # seven answers, every one withheld
    assert police[3].endswith("working hours")  # a median over seven answers is shown
