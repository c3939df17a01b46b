"""Keeping the contacts a partner's feed sends to the front door (change type `contact`).

Contacts come only from the user's own organisation (the council whose contact centre takes
referrals for the MASH): no data-sharing agreement shares another organisation's front door,
so a contact from any other partner is not stored. A contact is kept once per partner and id;
sent again, it changes nothing a worker has done to it (the child chosen, the rating given,
the decision), only the referrer's words while it is still open. A contact the partner
withdraws (a tombstone) is closed if it is still open, never deleted: the front door's record
of what it received stays.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.audit.log import record_in
from caseworker.partners.records import ContactIn
from caseworker.store.models import Contact


def store_contacts(
    session: Session, partner_id: str, contacts: dict[str, ContactIn], withdrawn: set[str]
) -> tuple[int, int]:
    """Keep new contacts, refresh open ones, close withdrawn ones. Returns (how many were
    new, how many changed in all)."""
    ids = sorted(set(contacts) | withdrawn)
    held = {
        c.source_id: c
        for c in session.scalars(
            select(Contact).where(Contact.source == partner_id, Contact.source_id.in_(ids))
        )
    }
    changed = created = 0
    for source_id in sorted(contacts):
        sent, found = contacts[source_id], held.get(source_id)
        if found is None:
            found = Contact(
                source=partner_id,
                source_id=source_id,
                received_at=sent.received_at,
                raised_by=sent.raised_by[:200],
                referrer_agency=sent.referrer_agency[:200],
                referrer_partner=None,
                about=sent.about,
                concern=sent.concern,
                child_given=sent.child_given,
                child_family=sent.child_family,
                child_birth_date=sent.child_birth_date,
                child_postcode=(sent.child_postcode or "").upper() or None,
                rating=sent.rating,
                status="open",
                no_match=False,
                entered_by=partner_id,
            )
            session.add(found)
            session.flush()
            record_in(session, "contact", action="received", contact=found.id, source=partner_id)
            changed += 1
            created += 1
        elif found.status == "open" and found.concern != sent.concern:
            found.concern = sent.concern
            changed += 1
    for source_id in sorted(withdrawn):
        found = held.get(source_id)
        if found is not None and found.status == "open":
            found.status = "closed"
            record_in(session, "contact", action="withdrawn", contact=found.id, source=partner_id)
            changed += 1
    return created, changed
