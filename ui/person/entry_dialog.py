"""EntryDialog: write a note (and choose who may see it), a task (owner, agency, due date)
or a referral (the agency, and why). Enter in a one-line field does not send: the button
does, once there is something to send."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.team import Recipient
from ui.i18n import N_, tr

TITLES = {
    "note": N_("Write a note"),
    "task": N_("Add a task"),
    "referral": N_("Refer to an agency"),
}


class EntryDialog(QDialog):
    def __init__(
        self, kind: str, recipients: list[Recipient], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(tr(TITLES[kind]))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(
            {"note": tr("Note"), "task": tr("What needs doing"), "referral": tr("Reason")}[kind]
        )
        form = QFormLayout()
        caption = QLabel(
            {"note": tr("&Note:"), "task": tr("&What needs doing:"), "referral": tr("&Why:")}[kind]
        )
        caption.setBuddy(self.text)
        form.addRow(caption, self.text)
        self.shares: dict[str, QCheckBox] = {}
        self.agency = QComboBox()
        self.agency.setAccessibleName(tr("Agency"))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(tr("Owner"))
        self.due = QDateEdit(QDate.currentDate().addDays(7))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setAccessibleName(tr("Due date"))
        if kind == "note":
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            for r in recipients:
                check = QCheckBox(r.name)
                check.setAccessibleName(tr("Share with {agency}", agency=r.name))
                self.shares[r.partner_id] = check
                column.addWidget(check)
            note = QLabel(tr("Agencies that may see it (none: our team only):"))
            note.setWordWrap(True)
            form.addRow(note, box)
        else:
            if kind == "task":
                self.agency.addItem(tr("Our team"), "")
            for r in recipients:
                self.agency.addItem(r.name, r.partner_id)
            label = QLabel(tr("&Agency:"))
            label.setBuddy(self.agency)
            form.addRow(label, self.agency)
        if kind == "task":
            owner = QLabel(tr("&Owner:"))
            owner.setBuddy(self.owner)
            form.addRow(owner, self.owner)
            due = QLabel(tr("D&ue:"))
            due.setBuddy(self.due)
            form.addRow(due, self.due)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            {"note": tr("Save note"), "task": tr("Add task"), "referral": tr("Send referral")}[
                kind
            ],
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(tr("What you write goes to the chosen agencies at the next sync."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[str, list[str], str | None, date | None]:
        """(text, partner ids, owner, due date)"""
        text = self.text.toPlainText().strip()
        if self.kind == "note":
            return text, [p for p, check in self.shares.items() if check.isChecked()], None, None
        partner = self.agency.currentData() or ""
        partners = [partner] if partner else []
        if self.kind == "referral":
            return text, partners, None, None
        picked = self.due.date()
        due = date(picked.year(), picked.month(), picked.day())
        return text, partners, self.owner.text().strip() or None, due
