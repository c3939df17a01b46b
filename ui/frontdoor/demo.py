"""The front door's scene for the demo's screenshot (`demo --screenshot F --tab front_door`):
an amber enquiry about the showcase child sent to four partners and answered (the police
withholding with its reason, housing late), and a contact nobody has rated for four days
(overdue), beside the contacts the council's feed brings.

Everything goes through the same services the page uses, against the embedded sandbox, so
the picture is what a user would see after the same steps.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from caseworker.services import Store
from caseworker.services.contacts import ContactDraft, choose_match, record_contact
from caseworker.services.enquiries import open_enquiry, partners_to_ask
from caseworker.services.front_door import front_door
from caseworker.services.reading import current_profile
from caseworker.services.sync import CancelToken, sync_all
from caseworker.services.viewing import open_citizen

ANSWERS_WITHIN_S = 15.0
"""The sandbox's partners answer within seconds; the slowest in time takes eight."""


def stage(store: Store, citizen: int, by: str) -> int:
    """Set the scene; returns the contact whose enquiry was answered, to show it."""
    view = open_citizen(store, citizen)
    name = view.identity.name.preferred.value if view.identity.name.preferred else "A child"
    given, _, family = name.partition(" ")
    born = view.identity.birth_date.preferred
    now = datetime.now(UTC)
    contact = record_contact(
        store,
        ContactDraft(
            raised_by="Ms Price, Year 4 teacher",
            referrer_agency="Hillside Academy",
            referrer_partner="school",
            about="neglect",
            concern="Came to school hungry three days running; says there is no food at home.",
            child_given=given,
            child_family=family or None,
            child_birth_date=born.value if born else None,
            received_at=now - timedelta(minutes=40),
        ),
        entered_by=by,
    )
    choose_match(store, contact, citizen, by=by)
    profile = current_profile(store)
    asked = partners_to_ask(store, contact, profile.org if profile else None)
    open_enquiry(store, contact, rating="amber", partners=asked, by=by)
    deadline = time.monotonic() + ANSWERS_WITHIN_S
    while time.monotonic() < deadline:
        sync_all(store, lambda _progress: None, CancelToken())
        row = next(r for r in front_door(store).rows if r.contact.id == contact)
        if row.enquiry is not None and len(row.enquiry.answered) >= len(asked) - 1:
            break
        time.sleep(2)
    for draft in (
        ContactDraft(
            raised_by="Duty officer, ambulance service",
            referrer_agency="Ambulance service",
            about="physical_abuse",
            concern="Bruising to the face of a toddler seen at a call-out; the explanation "
            "did not fit.",
            child_given="Maya",
            child_family="Okoro",
            received_at=now - timedelta(days=4),
        ),
    ):
        record_contact(store, draft, entered_by=by)
    return contact
