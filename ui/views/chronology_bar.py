"""ChronologyBar: search, agency and significance filters over the chronology, and Export.

The filter is the core's ChronologyFilter, so what the window shows and what an export
writes are the same entries.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from caseworker.exports.chronology import ChronologyFilter
from ui.i18n import tr


class ChronologyBar(QWidget):
    sig_changed = Signal()
    sig_export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Words in the event or its details"))
        self.search.setAccessibleName(tr("Search the chronology"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(tr("Searc&h:"))
        label.setBuddy(self.search)
        self.agency = QComboBox()
        self.agency.setAccessibleName(tr("Agency"))
        agency_label = QLabel(tr("A&gency:"))
        agency_label.setBuddy(self.agency)
        self.significant = QCheckBox(tr("Significant onl&y"))
        self.significant.setAccessibleName(tr("Significant events only"))
        self.export = QPushButton(tr("E&xport…"))
        self.export.setToolTip(tr("Save the entries shown as PDF or CSV"))
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.sig_changed.emit)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.agency.currentIndexChanged.connect(lambda _: self.sig_changed.emit())
        self.significant.toggled.connect(lambda _: self.sig_changed.emit())
        self.export.clicked.connect(self.sig_export_requested.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.search, agency_label, self.agency, self.significant):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export)
        self.set_agencies([])

    def set_agencies(self, agencies: list[tuple[str, str]]) -> None:
        """(partner id, name) of the agencies in this chronology; keeps the choice if it can."""
        kept = self.agency.currentData()
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(tr("All agencies"), "")
        for partner_id, name in agencies:
            self.agency.addItem(name, partner_id)
        index = self.agency.findData(kept)
        self.agency.setCurrentIndex(max(index, 0))
        self.agency.blockSignals(False)

    def rule(self) -> ChronologyFilter:
        partner = self.agency.currentData() or ""
        return ChronologyFilter(
            partners=frozenset({partner}) if partner else frozenset(),
            significant_only=self.significant.isChecked(),
            text=self.search.text(),
        )
