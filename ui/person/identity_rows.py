"""The identity header's rows (name, date of birth, NHS number, address, then the longer
rows), each a caption, a value, where it came from and the access to it.

The widgets of a row are made the first time a person needs that row and kept: opening the
next person sets their words again. Making them anew for every person cost the window about
17 ms of Qt's layout and styling each time (docs/performance.md, "Opening a person").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel

from caseworker.views.provenance import Source
from caseworker.views.vocabulary import Decision
from ui.access_words import reasons_text
from ui.widgets.access_chip import AccessChip
from ui.widgets.source_chip import SourceChip

PAIRED = 4
"""The first rows sit two to a line: name and date of birth, NHS number and address."""


@dataclass(frozen=True)
class IdentityRow:
    caption: str
    text: str
    source: Source | None = None
    access: Decision | None = None


class _Slot:
    def __init__(self, grid: QGridLayout, index: int) -> None:
        paired = index < PAIRED
        row = index // 2 if paired else PAIRED // 2 + index - PAIRED
        base = (index % 2) * 4 if paired else 0
        self.key = QLabel()
        self.value = QLabel()
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setWordWrap(True)  # a long address folds rather than widen the page
        self.key.setBuddy(self.value)
        self.source: SourceChip | None = None
        self.access: AccessChip | None = None
        self._grid, self._row, self._base = grid, row, base
        grid.addWidget(self.key, row, base)
        if paired:
            grid.addWidget(self.value, row, base + 1)
        else:
            grid.addWidget(self.value, row, 1, 1, 7)

    def show(self, shown: IdentityRow, with_source: bool) -> None:
        self.key.setText(shown.caption + ":")
        self.value.setText(shown.text)
        self.value.setAccessibleName(shown.caption)
        source, access = shown.source, shown.access
        self.value.setToolTip(reasons_text(access, source.partner_name) if source else "")
        self.key.show()
        self.value.show()
        if source is not None and with_source:
            if self.source is None:
                self.source = SourceChip(source)
                self._grid.addWidget(self.source, self._row, self._base + 2)
            else:
                self.source.show_source(source)
            self.source.show()
        elif self.source is not None:
            self.source.blank()
        if source is not None:
            if self.access is None:
                self.access = AccessChip(access, source.partner_name)
                self._grid.addWidget(self.access, self._row, self._base + 3)
            else:
                self.access.show_decision(access, source.partner_name)
        elif self.access is not None:
            self.access.blank()

    def blank(self) -> None:
        """Nothing of the person shown before stays in it, not even hidden."""
        for label in (self.key, self.value):
            label.clear()
            label.setToolTip("")
            label.hide()
        self.value.setAccessibleName("")
        if self.source is not None:
            self.source.blank()
        if self.access is not None:
            self.access.blank()


class IdentityRows:
    """The rows of one grid, shown for one person at a time."""

    def __init__(self, grid: QGridLayout) -> None:
        self.grid = grid
        self._slots: list[_Slot] = []
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 1)

    def show(self, rows: list[IdentityRow]) -> None:
        shown_source: str | None = None
        for index, row in enumerate(rows):
            if index == len(self._slots):
                self._slots.append(_Slot(self.grid, index))
            source_id = row.source.partner_id if row.source is not None else None
            # One source chip where the source changes from the row before.
            self._slots[index].show(row, with_source=source_id != shown_source)
            if source_id is not None:
                shown_source = source_id
        for slot in self._slots[len(rows) :]:
            slot.blank()

    def clear(self) -> None:
        self.show([])
