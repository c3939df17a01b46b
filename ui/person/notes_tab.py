"""NotesTab: the virtual team's notes, tasks and referrals about this person.

Each row says which agencies it went to and whether they have it yet; overdue tasks say
so in words, not colour alone. Writing goes through dialogs (TeamActions opens them).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.team import TeamEntryView
from ui.i18n import plural, tr
from ui.person.entry_dialog import URGENCY_SHORT
from ui.widgets.flow import FlowLayout
from ui.widgets.lists import fit_columns, row_list, set_empty_text


def kind_words(kind: str) -> str:
    return {"note": tr("Note"), "task": tr("Task"), "referral": tr("Referral")}.get(kind, kind)


def state_words(entry: TeamEntryView, today: date) -> str:
    if entry.kind == "task" and entry.done:
        return tr("Done")
    if entry.overdue(today):
        return tr("Overdue")
    return {
        "team": tr("Our team only"),
        "waiting": tr("Goes at the next sync"),
        "delivered": tr("Delivered"),
        "refused": "✗ " + tr("Refused by a partner: see the Outbox"),
    }.get(entry.delivery, entry.delivery)


class NotesTab(QWidget):
    sig_add_requested = Signal(str)  # note | task | referral
    sig_done_requested = Signal(int)  # task id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TeamEntryView] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = row_list(
            tr("Team notes, tasks and referrals"),
            [
                tr("Written by, on"),
                tr("What"),
                tr("Text"),
                tr("Agencies"),
                tr("Owner and due"),
                tr("State"),
            ],
        )
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        fit_columns(self.list, 2)  # the words matter most; the tooltips have them all
        for column, width in ((0, 200), (3, 160), (4, 170)):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.list.setColumnWidth(column, width)
        set_empty_text(
            self.list,
            tr(
                "Notes, tasks and referrals the team writes about this person appear here, "
                "with who wrote them and which agencies they went to."
            ),
        )
        self.note = QPushButton(tr("&Write a note…"))
        self.note.setToolTip(tr("A case note, shared with the agencies you choose"))
        self.task = QPushButton(tr("Add a tas&k…"))
        self.task.setToolTip(tr("Something someone must do, with an owner and a due date"))
        self.referral = QPushButton(tr("R&efer to an agency…"))
        self.referral.setToolTip(tr("Ask a partner agency to act, with the reason"))
        self.done = QPushButton(tr("Mark &done"))
        self.done.setToolTip(tr("Mark the selected task as done"))
        self.note.clicked.connect(lambda: self.sig_add_requested.emit("note"))
        self.task.clicked.connect(lambda: self.sig_add_requested.emit("task"))
        self.referral.clicked.connect(lambda: self.sig_add_requested.emit("referral"))
        self.done.clicked.connect(self._on_done)
        buttons = FlowLayout()  # fold onto two lines at large text sizes
        for button in (self.note, self.task, self.referral, self.done):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_entries([])

    def show_entries(self, entries: list[TeamEntryView], today: date | None = None) -> None:
        today = today or date.today()
        self.entries = entries
        self.list.clear()
        for entry in entries:
            due = ""
            if entry.kind == "task":
                due = ", ".join(
                    part
                    for part in (
                        entry.owner or "",
                        tr("due {date}", date=entry.due_on.strftime("%d/%m/%Y"))
                        if entry.due_on
                        else "",
                    )
                    if part
                )
            row = QTreeWidgetItem(
                [
                    tr(
                        "{author}, {when}",
                        when=entry.written_at.astimezone().strftime("%d/%m/%Y"),
                        author=entry.author,
                    ),
                    kind_words(entry.kind)
                    + (
                        f" ({tr(URGENCY_SHORT[entry.urgency])})"
                        if entry.urgency in URGENCY_SHORT
                        else ""
                    ),
                    entry.text,
                    ", ".join(entry.partners) or tr("Our team only"),
                    due,
                    state_words(entry, today),
                ]
            )
            row.setToolTip(2, entry.text)
            row.setToolTip(3, row.text(3))
            row.setToolTip(4, row.text(4))
            row.setToolTip(
                0,
                tr(
                    "Written by {author} at {when}",
                    author=entry.author,
                    when=entry.written_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                ),
            )
            row.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.list.addTopLevelItem(row)
        self.intro.setText(self._summary(entries, today))
        self._update_buttons()

    @staticmethod
    def _summary(entries: list[TeamEntryView], today: date) -> str:
        if not entries:  # as the page is built: no plural rules needed (loading them is 35 ms)
            return tr("No notes, tasks or referrals yet.")
        text = plural(len(entries), "{count} entry.", "{count} entries.")
        open_tasks = sum(1 for e in entries if e.kind == "task" and not e.done)
        if open_tasks:
            overdue = sum(1 for e in entries if e.overdue(today))
            text += " " + plural(open_tasks, "{count} open task", "{count} open tasks")
            text += (" " + tr("({count} overdue).", count=overdue)) if overdue else "."
        return text

    def selected(self) -> TeamEntryView | None:
        item = self.list.currentItem()
        entry_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((e for e in self.entries if e.id == entry_id), None)

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.done.setEnabled(entry is not None and entry.kind == "task" and not entry.done)

    def _on_done(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.sig_done_requested.emit(entry.id)
