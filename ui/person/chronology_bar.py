"""ChronologyBar: search, agency, type, date and significance filters, and Export.

The filter is the core's ChronologyFilter, so what the window shows and what an export
writes are the same entries.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from caseworker.services.exporting import ChronologyFilter
from ui import labels
from ui.i18n import tr
from ui.widgets.flow import FlowLayout

NO_DATE = QDate(1900, 1, 1)


class ChronologyBar(QWidget):
    sig_changed = Signal()
    sig_export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Words in the event or its details"))
        self.search.setAccessibleName(tr("Search the chronology"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(tr("Sear&ch:"))
        label.setBuddy(self.search)
        self.agency = QComboBox()
        self.agency.setAccessibleName(tr("Agency"))
        agency_label = QLabel(tr("Age&ncy:"))
        agency_label.setBuddy(self.agency)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Type of entry"))
        kind_label = QLabel(tr("Typ&e:"))
        kind_label.setBuddy(self.kind)
        self.start = self._date_edit(tr("From date"))
        self.end = self._date_edit(tr("To date"))
        start_label = QLabel(tr("Fro&m:"))
        start_label.setBuddy(self.start)
        end_label = QLabel(tr("&Up to:"))
        end_label.setBuddy(self.end)
        self.significant = QCheckBox(tr("Significant onl&y"))
        self.significant.setAccessibleName(tr("Significant events only"))
        self.export = QPushButton(tr("E&xport…"))
        self.export.setToolTip(tr("Save the entries shown as PDF or CSV"))
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.sig_changed.emit)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.agency.currentIndexChanged.connect(lambda _: self.sig_changed.emit())
        self.kind.currentIndexChanged.connect(lambda _: self.sig_changed.emit())
        self.significant.toggled.connect(lambda _: self.sig_changed.emit())
        self.start.dateChanged.connect(lambda _: self.sig_changed.emit())
        self.end.dateChanged.connect(lambda _: self.sig_changed.emit())
        self.export.clicked.connect(self.sig_export_requested.emit)
        flow = FlowLayout(self)  # one or two lines at ordinary sizes; more at large text sizes
        flow.add_group(label, self.search)
        flow.add_group(agency_label, self.agency)
        flow.add_group(kind_label, self.kind)
        flow.add_group(start_label, self.start)
        flow.add_group(end_label, self.end)
        flow.add_group(self.significant)
        flow.add_group(self.export)
        for combo in (self.agency, self.kind):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.set_agencies([])
        self.set_types([])

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        """A date, or 'any' (the earliest date stands for no limit)."""
        edit = QDateEdit()
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(tr("any"))
        edit.setDate(NO_DATE)
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _picked(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        if chosen == NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

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

    def set_types(self, domains: list[str]) -> None:
        """The types of entry in this chronology (domains, safety first); keeps the choice."""
        kept = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr("All types"), "")
        for domain in domains:
            self.kind.addItem(labels.domain(domain), domain)
        self.kind.setCurrentIndex(max(self.kind.findData(kept), 0))
        self.kind.blockSignals(False)

    def rule(self) -> ChronologyFilter:
        partner = self.agency.currentData() or ""
        return ChronologyFilter(
            partners=frozenset({partner}) if partner else frozenset(),
            start=self._picked(self.start),
            end=self._picked(self.end),
            significant_only=self.significant.isChecked(),
            text=self.search.text(),
            domains=frozenset({self.kind.currentData()})
            if self.kind.currentData()
            else frozenset(),
        )
