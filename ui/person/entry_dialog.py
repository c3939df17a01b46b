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
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.team import Recipient
from caseworker.views.citizen import CitizenView
from ui.i18n import N_, tr

TITLES = {
    "note": N_("Write a note about {person}"),
    "task": N_("Add a task for {person}"),
    "referral": N_("Refer {person} to an agency"),
}
URGENCY_WORDS = {
    "routine": N_("Routine"),
    "urgent": N_("Urgent: within one working day"),
    "immediate": N_("Immediate: a child may be at risk now"),
}
URGENCY_SHORT = {"routine": N_("routine"), "urgent": N_("urgent"), "immediate": N_("immediate")}
"""A referral's urgency in a list, in one word."""
BASIS_WORDS = {
    "public_task": N_("Public task: to assess and meet the child's needs (s17)"),
    "consent": N_("Consent: the family agreed to this referral"),
    "safeguarding": N_("Without consent: to protect a child from significant harm (s47)"),
}


def _choices(words: dict[str, str], name: str) -> QComboBox:
    """A list to pick one code from, shown in words."""
    box = QComboBox()
    for code, text in words.items():
        box.addItem(tr(text), code)
    box.setAccessibleName(name)
    return box


def team_names(view: CitizenView) -> list[str]:
    """The professionals around the person, for a task's owner: "Name (Agency)"."""
    names = []
    for item in view.team:
        name = (item.detail or "").split(":")[-1].split(" · ")[0].strip()
        if name:
            names.append(f"{name} ({item.source.partner_name})")
    return names


class EntryDialog(QDialog):
    def __init__(
        self,
        kind: str,
        recipients: list[Recipient],
        parent: QWidget | None = None,
        *,
        person: str = "",
        team: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(tr(TITLES[kind], person=person or tr("this person")))
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
        self.owner = QComboBox()
        self.owner.setEditable(True)  # someone of the team around the person, or anyone
        self.owner.addItems(["", *(team or [])])
        self.owner.setAccessibleName(tr("Owner"))
        self.urgency = _choices(URGENCY_WORDS, tr("Urgency"))
        self.basis = _choices(BASIS_WORDS, tr("Lawful basis"))
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
        if kind == "referral":
            urgency = QLabel(tr("&Urgency:"))
            urgency.setBuddy(self.urgency)
            form.addRow(urgency, self.urgency)
            basis = QLabel(tr("&Basis for sharing:"))
            basis.setBuddy(self.basis)
            form.addRow(basis, self.basis)
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
        return text, partners, self.owner.currentText().strip() or None, due

    def referral_values(self) -> tuple[str, str]:
        """(urgency, lawful basis) of a referral."""
        return str(self.urgency.currentData()), str(self.basis.currentData())
