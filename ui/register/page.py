"""RegisterPage: the data-flow register (View → Data-flow register, Ctrl+Shift+R), a page
of the window like Home (Close or Escape goes back).

One row per provider, recipient, role and data class of every agreement held: the level,
consent and status, and for flows to this user, how many records the store holds, the
oldest and when the retention purge is due; below, the selected flow's agreement, clause,
purposes, lawful basis and retention. It is
what a data protection officer keeps for the Data Security and Protection Toolkit; Export
writes it as CSV.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.register import RegisterRow
from caseworker.views.vocabulary import PURPOSES
from ui import labels
from ui.agreements.page import level_words, recipient_words
from ui.i18n import plural, tr
from ui.keymap import sequences
from ui.widgets.lists import SORT_ROLE, SortableItem, fit_columns, row_list
from ui.widgets.titles import make_title


def _day(on: date | None) -> str:
    return on.strftime("%d/%m/%Y") if on is not None else "—"


ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data role holding the row's RegisterRow."""


class RegisterPage(QWidget):
    sig_export_requested = Signal()
    sig_close_requested = Signal()

    def __init__(self, rows: list[RegisterRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        heading = QLabel(tr("Data-flow register"))
        make_title(heading)
        intro = QLabel(
            tr(
                "Every flow the agreements held set up: who shares what with whom, under which "
                "clause, for what purpose and on what lawful basis, and how long it may be "
                "kept. For flows to you, what this computer holds and when the oldest of it "
                "is due to be removed."
            )
        )
        intro.setWordWrap(True)
        self.mine = QCheckBox(tr("Only flows to &me"))
        self.mine.setChecked(True)
        self.mine.toggled.connect(lambda _on: self._fill())
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Register summary"))
        self.table = row_list(
            tr("Data-flow register"),
            [
                tr("Provider"),
                tr("Recipient"),
                tr("Data"),
                tr("Held\nhere"),
                tr("Oldest\nheld"),
                tr("Next purge\ndue"),
                tr("Shared"),
                tr("Status"),
            ],
        )
        fit_columns(self.table, 0, 1, 2)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(tr("The flow's agreement, purposes and lawful basis"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.currentItemChanged.connect(lambda item, _old: self._show_details(item))
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export = QPushButton(tr("&Export CSV…"))
        buttons.addButton(self.export, QDialogButtonBox.ButtonRole.ActionRole)
        self.export.clicked.connect(self.sig_export_requested)
        buttons.rejected.connect(self.sig_close_requested)
        for key in sequences("close_window"):
            QShortcut(key, self, self.sig_close_requested.emit)
        layout = QVBoxLayout(self)
        for widget in (heading, intro, self.mine, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self._fill()
        self.table.setFocus()

    def _show_details(self, item: SortableItem | None) -> None:
        """The selected flow in full: what the columns leave out."""
        r = item.data(0, ROW_ROLE) if item is not None else None
        if not isinstance(r, RegisterRow):
            return
        self.details.setText(
            tr(
                "{agreement} (version {version}), clause {clause}. Purposes: {purposes}. "
                "Lawful basis: {basis}. Kept for {retention}.",
                agreement=r.agreement_title,
                version=r.agreement_version,
                clause=r.clause,
                purposes=", ".join(PURPOSES[p].label if p in PURPOSES else p for p in r.purposes),
                basis=r.lawful_basis,
                retention=plural(r.retention_days, "{count} day", "{count} days"),
            )
        )

    def shown(self) -> list[RegisterRow]:
        return [r for r in self.rows if r.held is not None or not self.mine.isChecked()]

    def _fill(self) -> None:
        rows = self.shown()
        self.summary.setText(plural(len(rows), "{count} flow", "{count} flows"))
        self.table.setSortingEnabled(False)
        self.table.clear()
        for r in rows:
            shared = level_words(f"masked:{r.masking}" if r.level == "masked" else r.level)
            if r.consent == "required":
                shared += " " + tr("with consent")
            item = SortableItem(
                [
                    r.provider_name,
                    recipient_words(f"{r.recipient_org} / {r.recipient_role}"),
                    r.data_class_label,
                    "—" if r.held is None else str(r.held),
                    _day(r.oldest),
                    _day(r.purge_due),
                    shared,
                    labels.agreement_status(r.status),
                ]
            )
            item.setData(0, ROW_ROLE, r)
            item.setData(3, SORT_ROLE, -1 if r.held is None else r.held)
            item.setData(4, SORT_ROLE, r.oldest.toordinal() if r.oldest else 0)
            item.setData(5, SORT_ROLE, r.purge_due.toordinal() if r.purge_due else 0)
            for column in (0, 1, 2):
                item.setToolTip(column, item.text(column))
            self.table.addTopLevelItem(item)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.details.setText(tr("No flows to show."))
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
