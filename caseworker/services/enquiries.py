"""Multi-agency enquiries: from a contact, the partners asked to research what they hold.

A MASH worker opens an enquiry once the child is matched (or said to be known to no one
here): by default every partner that holds the child or a member of the household, except
the worker's own organisation, whose records are here already. The RAG rating chosen rates
the contact and fixes the deadline every partner is told: the contact's clock from when it
arrived, in working time (caseworker.working_time). Each request goes through the outbox
(kind `enquiry`, docs/partner-api.md), so it survives a partner being down and goes at the
next sync; the answers come back through the same sync (caseworker.sync.enquiries).

Each partner is sent only what it needs to search its own systems: the child as the
referrer named them, its own record ids for the child and the household, what the concern
is about and the referrer's words, the rating, the deadline and the lawful basis.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.audit.log import record, record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError, NotFound
from caseworker.insight.households import households_around
from caseworker.services.contacts import front_door_week
from caseworker.store.models import Contact, Enquiry, EnquiryAnswer, Partner, SourcePerson
from caseworker.store.outbox import queue_in
from caseworker.store.store import Store
from caseworker.views.enquiries import EnquiryView, enquiry
from caseworker.working_time import DEFAULT_CLOCKS, RATINGS, WorkingWeek, deadline

LAWFUL_BASIS = (
    "To safeguard a child: Children Act 2004 s11 and Working Together to Safeguard Children "
    "2023; Data Protection Act 2018 Sch 8 para 4 (safeguarding of children)"
)
"""The basis every partner is told it is asked on (a MASH's information-sharing agreement)."""

PURPOSE = "safeguarding_children"

__all__ = ["EnquiryRefused", "EnquiryView", "open_enquiry", "partners_to_ask"]


class EnquiryRefused(CaseworkerError):
    code = "enquiry_refused"


def _now() -> datetime:
    return datetime.now(UTC)


def _held(session: Session, citizens: set[int]) -> dict[str, list[tuple[int, str]]]:
    """Partner -> (citizen, its record id) for each record it holds of these citizens."""
    held: dict[str, list[tuple[int, str]]] = {}
    for partner, source_id, citizen in session.execute(
        select(SourcePerson.partner_id, SourcePerson.source_id, SourcePerson.citizen_id)
        .where(SourcePerson.citizen_id.in_(citizens))
        .order_by(SourcePerson.id)
    ):
        if citizen is not None:
            held.setdefault(partner, []).append((citizen, source_id))
    return held


def _household(session: Session, citizen_id: int) -> set[int]:
    for group in households_around(session, [citizen_id]):
        if citizen_id in group:
            return set(group)
    return {citizen_id}


def partners_to_ask(store: Store, contact_id: int, own_org: str | None) -> list[str]:
    """The default: every partner holding the child or someone in the household (every
    partner, when the child is known to no one here), but the asker's own organisation."""
    with store.session() as session:
        found = _contact(session, contact_id)
        configured = list(session.scalars(select(Partner.id).order_by(Partner.id)))
        if found.citizen_id is None:
            return [p for p in configured if p != own_org]
        held = _held(session, _household(session, found.citizen_id))
    return [p for p in configured if p in held and p != own_org]


def _contact(session: Session, contact_id: int) -> Contact:
    found = session.get(Contact, contact_id)
    if found is None:
        raise NotFound("No contact with that id is held in this store.")
    return found


def open_enquiry(
    store: Store,
    contact_id: int,
    *,
    rating: str,
    partners: list[str],
    by: str,
    now: datetime | None = None,
    week: WorkingWeek | None = None,
) -> int:
    """Ask `partners` to research the contact's child and household by the deadline the
    rating sets. Returns the enquiry's id."""
    now = now or _now()
    if rating not in RATINGS:
        raise EnquiryRefused("Rate the contact red, amber or green.")
    if not partners:
        raise EnquiryRefused(
            "Choose at least one partner to ask.",
            hint="Partners that hold the child or the household are chosen for you.",
        )
    with store.writing() as session:
        found = _contact(session, contact_id)
        if found.citizen_id is None and not found.no_match:
            raise EnquiryRefused(
                "Say who the child is first, or that no one here knows them.",
                hint="Choose among the possible matches: an enquiry about the wrong child "
                "would share the wrong family's records.",
            )
        if session.scalar(select(Enquiry.id).where(Enquiry.contact_id == contact_id)):
            raise EnquiryRefused("An enquiry about this contact is open already.")
        configured = set(session.scalars(select(Partner.id)))
        unknown = sorted(set(partners) - configured)
        if unknown:
            raise EnquiryRefused(
                "No partner agency {partner} is set up here.", partner=", ".join(unknown)
            )
        due = deadline(found.received_at, DEFAULT_CLOCKS[rating], week or front_door_week())
        found.rating = rating
        enquiry_row = Enquiry(
            contact_id=contact_id,
            opened_at=now,
            opened_by=by,
            rating=rating,
            due_at=due,
            status="open",
        )
        session.add(enquiry_row)
        session.flush()
        citizen = found.citizen_id
        family = _household(session, citizen) if citizen is not None else set()
        held = _held(session, family) if family else {}
        for partner in sorted(set(partners)):
            records = held.get(partner, [])
            child_ids = [s for c, s in records if c == citizen]
            body: dict[str, object] = {
                "opened_at": now.isoformat(),
                "respond_by": due.isoformat(),
                "rating": rating,
                "about": found.about,
                "concern": found.concern,
                "lawful_basis": LAWFUL_BASIS,
                "child": {
                    "given": found.child_given,
                    "family": found.child_family,
                    "birth_date": found.child_birth_date.isoformat()
                    if found.child_birth_date
                    else None,
                    "postcode": found.child_postcode,
                    "person_ids": child_ids,
                },
                "household_person_ids": [s for c, s in records if c != citizen],
            }
            key = queue_in(
                session,
                partner_id=partner,
                kind="enquiry",
                body=body,
                requested_by=by,
                record_source_id=child_ids[0] if child_ids else "",
                purpose=PURPOSE,
            )
            session.add(
                EnquiryAnswer(enquiry_id=enquiry_row.id, partner_id=partner, outbox_key=key)
            )
        record_in(
            session,
            "enquiry",
            citizen_id=citizen,
            action="opened",
            enquiry=enquiry_row.id,
            contact=contact_id,
            rating=rating,
            partners=sorted(set(partners)),
        )
        return enquiry_row.id


def changes_of(store: Store, enquiry_id: int) -> Changes:
    """What opening an enquiry touched: the front door, and the child's activity."""
    with store.session() as session:
        found = enquiry(session, enquiry_id, _now())
    citizen = found.citizen_id if found is not None else None
    return Changes(
        citizens=frozenset({citizen}) if citizen is not None else frozenset(),
        view=False,
        front_door=True,
    )


def show_enquiry(store: Store, enquiry_id: int, now: datetime | None = None) -> EnquiryView:
    """One enquiry with every partner's part. Recorded: the answers are about the child."""
    with store.session() as session:
        found = enquiry(session, enquiry_id, now or _now(), front_door_week())
    if found is None:
        raise NotFound("No enquiry with that id is held in this store.")
    record(store, "enquiry", citizen_id=found.citizen_id, action="viewed", enquiry=enquiry_id)
    return found
