"""RecordsTab: the partner records that make up this person, and how each was linked.

From here a worker unlinks a record that is not this person (whatever came in with it goes
back exactly as it was) or links another person's records in by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.linkage import LinkedRecord
from ui import labels
from ui.i18n import plural, tr
from ui.widgets.flow import FlowLayout
from ui.widgets.lists import row_list


def _spaced(nhs_number: str) -> str:
    return f"{nhs_number[:3]} {nhs_number[3:6]} {nhs_number[6:]}"


def how_words(record: LinkedRecord) -> str:
    if record.how == "matched" and record.probability is not None:
        return tr("Matched automatically ({probability})", probability=f"{record.probability:.1%}")
    return {
        "first": tr("First record of this person"),
        "nhs": tr("Same NHS number"),
        "id": tr("Same pupil number or police id"),
        "link": tr("The partner says it is the same person (its own link between records)"),
        "key": tr("Same name, date of birth and postcode"),
        "accepted": tr("Accepted in review by {who}", who=record.decided_by or "?"),
        "manual": tr("Linked by hand by {who}", who=record.decided_by or "?"),
    }.get(record.how, record.how)


def why_words(record: LinkedRecord) -> str:
    """How it was linked, and for a match each field's agreement and weight."""
    text = how_words(record)
    if record.explanation:
        parts = [
            f"{labels.match_field(c.field)}: {labels.match_level(c.level)} ({c.weight:+.1f})"
            for c in record.explanation
            if c.level is not None
        ]
        text += ". " + tr("Compared: {fields}.", fields="; ".join(parts))
    return text


class RecordsTab(QWidget):
    sig_unlink_requested = Signal(int)  # source person id
    sig_link_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[LinkedRecord] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = row_list(
            tr("Partner records linked as this person"),
            [
                tr("Partner"),
                tr("Their record"),
                tr("Name"),
                tr("Date of birth"),
                tr("NHS number"),
                tr("Postcode"),
                tr("How it was linked"),
            ],
        )
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setObjectName("linkExplanation")
        self.why.setAccessibleName(tr("Why the selected record was linked"))
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unlink = QPushButton(tr("&Unlink: not this person…"))
        self.unlink.setToolTip(
            tr("Take the selected record out of this person's view; you are asked why")
        )
        self.unlink.clicked.connect(self._on_unlink)
        self.link = QPushButton(tr("&Link another person's records…"))
        self.link.setToolTip(tr("Find a person who is this person too, and join their records"))
        self.link.clicked.connect(self.sig_link_requested.emit)
        buttons = FlowLayout()  # side by side, or one above the other at large text sizes
        buttons.addWidget(self.unlink)
        buttons.addWidget(self.link)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_records(self, records: list[LinkedRecord]) -> None:
        self.records = records
        self.list.clear()
        for record in records:
            name = " ".join(p for p in (record.given, record.family) if p) or "—"
            row = QTreeWidgetItem(
                [
                    record.partner,
                    record.source_id,
                    name,
                    record.birth_date.strftime("%d/%m/%Y") if record.birth_date else "—",
                    _spaced(record.nhs_number) if record.nhs_number else "—",
                    record.postcode or "—",
                    how_words(record),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, record.person_id)
            self.list.addTopLevelItem(row)
        for column in range(7):
            self.list.resizeColumnToContents(column)
        self.intro.setText(
            plural(
                len(records),
                "This view is built from {count} partner record.",
                "This view is built from {count} partner records. If one is not this "
                "person, unlink it: it leaves this view at once and stays apart.",
            )
        )
        self._update_buttons()

    def selected_person(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        person = self.selected_person()
        self.unlink.setEnabled(person is not None and len(self.records) > 1)
        record = next((r for r in self.records if r.person_id == person), None)
        self.why.setText(why_words(record) if record is not None else "")

    def _on_unlink(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.sig_unlink_requested.emit(person)
