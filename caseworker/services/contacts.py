"""Contacts at the front door: recorded, matched to a child by a worker's choice, rated.

A contact names the child as the referrer did. Caseworker offers the citizens it holds who
may be that child (by name and birth date, by name alone, by surname and birth date, by
postcode and birth date), with the agencies that know each; a worker chooses one, or says
that none is the child. It never chooses for them: a wrong child at the front door is a
hazard (docs/clinical-safety.md). The RAG rating sets the clock; until someone rates a
contact it runs on the statutory one working day.

Every step is in the audit log (kind `contact`), with ids and codes only: the concern's
words and the child's name stay in the contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from caseworker.audit.log import record, record_in
from caseworker.changes import Changes
from caseworker.errors import CaseworkerError, NotFound
from caseworker.linkage.citizens import resolve
from caseworker.policy import OrganisationPolicy, load_policy
from caseworker.store.models import Citizen, Contact, Partner
from caseworker.store.store import Store
from caseworker.views.contacts import CONCERNS, ContactView, contact, contacts
from caseworker.views.search import CitizenSummary, search
from caseworker.working_time import RATINGS, WorkingWeek

MAX_TEXT = 4000
MAX_MATCHES = 10

__all__ = ["CONCERNS", "RATINGS", "ContactView"]


class ContactRefused(CaseworkerError):
    code = "contact_refused"


@dataclass(frozen=True)
class ContactDraft:
    """A contact as a worker enters it."""

    raised_by: str
    referrer_agency: str
    about: str
    concern: str
    child_given: str | None = None
    child_family: str | None = None
    child_birth_date: date | None = None
    child_postcode: str | None = None
    received_at: datetime | None = None
    """When it arrived (aware); now, when not given."""
    referrer_partner: str | None = None
    rating: str | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def front_door_week(policy: OrganisationPolicy | None = None) -> WorkingWeek:
    """The MASH's working week: its nation's bank holidays (the policy's `mash_nation`)."""
    return WorkingWeek(nation=(policy or load_policy()).mash_nation)


def _checked(draft: ContactDraft, now: datetime) -> tuple[str, datetime]:
    words = draft.concern.strip()
    if not words:
        raise ContactRefused("Say what the concern is, in the referrer's words.")
    if len(words) > MAX_TEXT:
        raise ContactRefused(
            "That is longer than {MAX_TEXT} characters.",
            hint="Summarise the concern; attach long documents in your own case system.",
            MAX_TEXT=MAX_TEXT,
        )
    if not draft.raised_by.strip() or not draft.referrer_agency.strip():
        raise ContactRefused("Say who raised the concern and from which agency.")
    if draft.about not in CONCERNS:
        raise ContactRefused("Choose what the concern is about from the list.")
    if not (draft.child_given or draft.child_family or draft.child_birth_date):
        raise ContactRefused("Give the child's name or date of birth, as the referrer gave it.")
    if draft.rating is not None and draft.rating not in RATINGS:
        raise ContactRefused("Rate the contact red, amber or green.")
    received = draft.received_at or now
    if received.tzinfo is None:
        raise ValueError("received_at must be aware")
    if received > now:
        raise ContactRefused("A contact cannot be received in the future.")
    return words, received


def record_contact(
    store: Store, draft: ContactDraft, *, entered_by: str, now: datetime | None = None
) -> int:
    """Keep a contact; its clock starts when it was received. Returns its id."""
    words, received = _checked(draft, now or _now())
    with store.writing() as session:
        if draft.referrer_partner and session.get(Partner, draft.referrer_partner) is None:
            raise ContactRefused(
                "No partner agency {partner} is set up here.", partner=draft.referrer_partner
            )
        row = Contact(
            source="entered",
            received_at=received,
            raised_by=draft.raised_by.strip(),
            referrer_agency=draft.referrer_agency.strip(),
            referrer_partner=draft.referrer_partner,
            about=draft.about,
            concern=words,
            child_given=(draft.child_given or "").strip() or None,
            child_family=(draft.child_family or "").strip() or None,
            child_birth_date=draft.child_birth_date,
            child_postcode=(draft.child_postcode or "").strip().upper() or None,
            rating=draft.rating,
            status="open",
            no_match=False,
            entered_by=entered_by,
        )
        session.add(row)
        session.flush()
        record_in(session, "contact", action="recorded", contact=row.id, about=draft.about)
        return row.id


def _searches(found: Contact) -> list[str]:
    born = found.child_birth_date.strftime("%d/%m/%Y") if found.child_birth_date else ""
    names = " ".join(p for p in (found.child_given, found.child_family) if p)
    texts = [
        f"{names} {born}",
        names,
        f"{found.child_family or ''} {born}" if found.child_family and born else "",
        f"{found.child_postcode} {born}" if found.child_postcode and born else "",
    ]
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))


def possible_matches(store: Store, contact_id: int) -> list[CitizenSummary]:
    """The citizens who may be the child, most likely first: those whose birth date is the
    one the referrer gave come before those who only share a name. Recorded as a search."""
    with store.session() as session:
        found = session.get(Contact, contact_id)
        if found is None:
            raise NotFound("No contact with that id is held in this store.")
        seen: dict[int, CitizenSummary] = {}
        for text in _searches(found):
            for summary in search(session, text):
                seen.setdefault(summary.citizen_id, summary)
        born = found.child_birth_date
    ranked = sorted(
        seen.values(),
        key=lambda s: (born is None or s.birth_date != born, s.match != "exact"),
    )[:MAX_MATCHES]
    record(store, "search", contact=contact_id, results=len(ranked), purpose="contact match")
    return ranked


def choose_match(store: Store, contact_id: int, citizen_id: int | None, *, by: str) -> Changes:
    """Say who the child is (`citizen_id`), or that none of the people held is (None)."""
    with store.writing() as session:
        found = session.get(Contact, contact_id)
        if found is None:
            raise NotFound("No contact with that id is held in this store.")
        if citizen_id is not None:
            if session.get(Citizen, citizen_id) is None:
                raise NotFound("No citizen with that id is held in this store.")
            citizen_id = resolve(session, citizen_id)
        before = found.citizen_id
        found.citizen_id, found.no_match, found.matched_by = citizen_id, citizen_id is None, by
        record_in(
            session,
            "contact",
            citizen_id=citizen_id,
            action="matched" if citizen_id is not None else "not_known",
            contact=contact_id,
            **({"was": before} if before is not None else {}),
        )
    touched = frozenset(c for c in (before, citizen_id) if c is not None)
    return Changes(citizens=touched, view=False, front_door=True)


def rate(store: Store, contact_id: int, rating: str, *, by: str) -> Changes:
    """Set the RAG rating, and with it the clock."""
    if rating not in RATINGS:
        raise ContactRefused("Rate the contact red, amber or green.")
    with store.writing() as session:
        found = session.get(Contact, contact_id)
        if found is None:
            raise NotFound("No contact with that id is held in this store.")
        before, found.rating = found.rating, rating
        record_in(
            session,
            "contact",
            citizen_id=found.citizen_id,
            action="rated",
            contact=contact_id,
            rating=rating,
            was=before,
            by=by,
        )
    return Changes(view=False, front_door=True)


def open_contacts(store: Store, now: datetime | None = None) -> list[ContactView]:
    """Open contacts, overdue first. Recorded as a view of the front door."""
    with store.session() as session:
        found = contacts(session, now or _now(), week=front_door_week())
    record(store, "view", page="front_door", contacts=len(found))
    return found


def show_contact(store: Store, contact_id: int, now: datetime | None = None) -> ContactView:
    with store.session() as session:
        found = contact(session, contact_id, now or _now(), week=front_door_week())
    if found is None:
        raise NotFound("No contact with that id is held in this store.")
    record(store, "contact", citizen_id=found.citizen_id, action="viewed", contact=contact_id)
    return found


def partner_names(store: Store) -> dict[str, str]:
    with store.session() as session:
        return dict(session.execute(select(Partner.id, Partner.name)).all())
