"""OutboxDialog: what the user wrote for partners, newest first, and where each item stands.

Waiting items say why the last try failed, when one did; they are sent at the next sync and
kept until the partner acknowledges them, so closing the app loses nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.views.outbox import OutboxEntry
from ui import labels
from ui.i18n import plural, tr
from ui.labels import failure_words
from ui.widgets.lists import fit_columns


def kind_words(kind: str) -> str:
    return {
        "access_request": tr("Access request"),
        "break_glass_alert": tr("Emergency access alert"),
        "note": tr("Note"),
        "task": tr("Task"),
        "referral": tr("Referral"),
        "audit": tr("Audit entry"),
        "enquiry": tr("Multi-agency enquiry"),
        "decision": tr("MASH decision"),
    }.get(kind, kind)


def state_words(entry: OutboxEntry) -> str:
    if entry.status == "queued":
        if entry.last_error:
            return tr("Waiting — last try failed: {why}", why=failure_words(entry.last_error))
        return tr("Waiting — goes at the next sync")
    if entry.status == "rejected":
        return "✗ " + tr("Refused by the partner: {why}", why=entry.last_error or "")
    if entry.status == "lapsed":
        return "✗ " + tr("Lapsed: {why}", why=entry.last_error or "")
    return {
        "delivered": tr("Delivered"),
        "granted": tr("Delivered — granted"),
        "refused": tr("Delivered — refused"),
        "answered": tr("Delivered — answered"),
    }.get(entry.status, entry.status)


class OutboxDialog(QDialog):
    def __init__(self, entries: list[OutboxEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Outbox"))
        self.resize(960, 420)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(tr("Items written for partners"))
        self.list.setHeaderLabels([tr("Written"), tr("To"), tr("What"), tr("About"), tr("State")])
        fit_columns(self.list, 3, 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.show_entries(entries)

    def show_entries(self, entries: list[OutboxEntry]) -> None:
        """The items grouped by the person they are about, the person with the newest item
        first; each group newest first (as `entries` comes)."""
        self.list.clear()
        groups: dict[str, list[OutboxEntry]] = {}
        for entry in entries:
            groups.setdefault(entry.person, []).append(entry)
        bold = self.list.font()
        bold.setBold(True)
        for person, items in groups.items():
            waiting = sum(1 for e in items if e.status == "queued")
            group = QTreeWidgetItem(
                [
                    tr(
                        "{person}: {items}",
                        person=person or tr("A record no longer held here"),
                        items=plural(len(items), "{count} item", "{count} items"),
                    )
                    + (" · " + tr("{count} waiting", count=waiting) if waiting else "")
                ]
            )
            group.setFont(0, bold)
            group.setData(0, Qt.ItemDataRole.UserRole, items[0].citizen_id)
            self.list.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for entry in items:
                row = QTreeWidgetItem(
                    [
                        entry.written_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                        entry.partner,
                        kind_words(entry.kind),
                        f"{labels.field(entry.field)}: {entry.summary}"
                        if entry.field
                        else entry.summary,
                        state_words(entry),
                    ]
                )
                row.setToolTip(3, row.text(3))
                row.setToolTip(4, state_words(entry))
                group.addChild(row)
        self.list.expandAll()
        waiting = sum(1 for e in entries if e.status == "queued")
        if not entries:
            self.intro.setText(tr("Nothing has been written for partners yet."))
        else:
            self.intro.setText(
                plural(
                    waiting,
                    "{count} item is waiting to be sent; it goes at the next sync and is kept "
                    "until the partner acknowledges it.",
                    "{count} items are waiting to be sent; they go at the next sync and are "
                    "kept until each partner acknowledges them.",
                )
            )
