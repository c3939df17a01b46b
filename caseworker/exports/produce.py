"""Producing an export for one citizen, and recording its release in the audit log.

Both the window and the headless `export` command come here: `chronology` and
`subject_access` build the document from what the current profile may see, and `release`
writes the audit entry that must exist before the file does (caseworker.exports.audited
then records it written or failed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from caseworker.exports import chronology as chron
from caseworker.exports import sar
from caseworker.exports.audited import Release, attempt
from caseworker.linkage.citizens import members
from caseworker.store.store import Store
from caseworker.views.activity import for_citizen
from caseworker.views.citizen import CitizenView, citizen_view
from caseworker.views.decisions import front_door_of
from caseworker.views.team import entries
from caseworker.words import ENGLISH, Words, preferred_or

WHATS = ("chronology", "sar")


@dataclass(frozen=True)
class Document:
    what: str  # chronology | sar
    citizen_id: int
    text: str
    """CSV or HTML; a PDF is printed from the HTML by the UI layer."""
    entries: int
    """How many entries (chronology) or records (report) it holds: for the audit log."""


def _view(store: Store, citizen_id: int) -> CitizenView:
    with store.session() as session:
        return citizen_view(session, citizen_id)


def chronology(
    store: Store,
    citizen_id: int,
    rule: chron.ChronologyFilter,
    fmt: str = "html",
    say: Words = ENGLISH,
) -> Document:
    view = _view(store, citizen_id)
    items = chron.filtered(view.chronology, rule)
    text = chron.to_csv(items, say) if fmt == "csv" else chron.to_html(view, items, say=say)
    return Document("chronology", view.citizen_id, text, len(items))


def subject_access(
    store: Store,
    citizen_id: int,
    say: Words | None = None,
    *,
    words_in: Callable[[str], Words] = lambda _code: ENGLISH,
) -> Document:
    """The subject access report, in the language of `say`; without one, in the language
    the person prefers where Caseworker writes it (`words_in` gives its words), else English."""
    view = _view(store, citizen_id)
    if say is None:
        say = words_in(preferred_or(view.identity.language, "en"))
    with store.session() as session:
        activity = for_citizen(session, view.citizen_id, limit=100_000)
        front_door = front_door_of(session, members(session, view.citizen_id), datetime.now(UTC))
    text = sar.to_html(
        view, entries(store, view.citizen_id), activity, say=say, front_door=front_door
    )
    return Document("sar", view.citizen_id, text, len(view.records))


def release_of(document: Document, fmt: str) -> Release:
    return Release(document.what, fmt, document.citizen_id, document.entries)


def release(store: Store, document: Document, fmt: str) -> Release:
    """Record that `document` is about to leave the encrypted store as a `fmt` file."""
    leaving = release_of(document, fmt)
    attempt(store, leaving)
    return leaving
