"""Hostile values that partners sent reach no export as something that runs or misleads
(issue 20, item 5): CSV formulas are neutralised (the OWASP rule), and NULs and
bidirectional overrides are removed, in the chronology's CSV and HTML (the HTML is what the
PDF prints) and in every other CSV that passes through the shared frame."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select, update

from caseworker.exports.chronology import to_csv, to_html
from caseworker.exports.page import marked_csv
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.models import SourceItem, SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncReport
from caseworker.views.citizen import citizen_view

Synced = tuple[Store, SandboxNetwork, SyncReport]
FORMULAS = ('=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx")
RLO = "\u202e"


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_no_csv_cell_begins_with_a_formula_character() -> None:
    text = marked_csv([list(FORMULAS), [7, -3, 2.5]], "OFFICIAL")
    cells = _cells(text)
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells if c != "-3")
    assert '\'=HYPERLINK("http://x")' in cells and "-3" in cells  # numbers stay numbers


def test_hostile_titles_reach_the_chronology_exports_harmless(synced: Synced) -> None:
    store, _, _ = synced
    hostile = f'=HYPERLINK("http://x") {RLO}gpj.exe\x00'
    with store.writing() as s:
        item_id, person = s.execute(
            select(SourceItem.id, SourceItem.person_source_id).where(SourceItem.kind == "event")
        ).first()  # type: ignore[misc]
        s.execute(
            update(SourceItem).where(SourceItem.id == item_id).values(title=hostile, detail=hostile)
        )
        citizen_id = s.scalar(
            select(SourcePerson.citizen_id).where(SourcePerson.source_id == person)
        )
    with store.session() as s:
        view = citizen_view(s, citizen_id)  # type: ignore[arg-type]
    for text in (to_csv(view.chronology), to_html(view, view.chronology)):
        assert RLO not in text and "\x00" not in text
        assert "gpj.exe" in text  # the text itself is kept, made harmless
    cells = _cells(to_csv(view.chronology))
    assert '\'=HYPERLINK("http://x") gpj.exe' in cells
    assert not any(c.startswith("=") for c in cells)
