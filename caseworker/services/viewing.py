"""Finding and opening citizens, audited: every search, view and reveal is in the audit log.

The UI and the headless commands both come here rather than to the read models, so that
no path shows a person's record without leaving an entry. The entry is written before the
view is returned: if it cannot be written, nothing is shown.
"""

from __future__ import annotations

from caseworker.audit.log import Entry, record, record_all
from caseworker.store.store import Store
from caseworker.views.citizen import CitizenView, citizen_view
from caseworker.views.search import CitizenSummary, search


def find(store: Store, text: str) -> list[CitizenSummary]:
    with store.session() as session:
        results = search(session, text)
    record(store, "search", query=text, results=len(results))
    return results


def open_citizen(store: Store, citizen_id: int) -> CitizenView:
    """The joined-up view of one citizen for the current profile, recorded as seen; the
    people in the household whose risks it shows are recorded as seen through it."""
    with store.session() as session:
        view = citizen_view(session, citizen_id)
    detail: dict[str, object] = {"records": len(view.records)}
    if view.citizen_id != citizen_id:
        detail["asked_for"] = citizen_id
    entries: list[Entry] = [("view", view.citizen_id, detail)]
    shown: dict[int, int] = {}
    for risk in view.household_risks:  # their risks are shown too: each person's log says so
        if risk.member.citizen_id is not None:
            shown[risk.member.citizen_id] = shown.get(risk.member.citizen_id, 0) + 1
    entries.extend(
        ("seen_in_household", member, {"household_of": view.citizen_id, "risks": count})
        for member, count in sorted(shown.items())
    )
    record_all(store, entries)
    return view


def reveal(store: Store, citizen_id: int, partner_id: str, record_id: str, field: str) -> None:
    """Record that `field` of one partner record was read in full (a record's narrative, which
    lists show only the start of). Written before the text is shown: if it cannot be written,
    the caller must not show it."""
    record(
        store, "reveal", citizen_id=citizen_id, field=field, partner=partner_id, record=record_id
    )
