"""The Notes and tasks tab's actions: write a note, add a task, refer, mark a task done.

Each runs on the store worker; the tab, the Outbox count and the status bar refresh after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from caseworker.changes import Changes
from caseworker.services.team import (
    Recipient,
    TeamEntryView,
    add_entry,
    entries,
    recipients,
    set_done,
)
from ui.dialogs.entry_dialog import EntryDialog
from ui.i18n import tr
from ui.ops.op import on_store, write

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TeamActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recipients: list[Recipient] = []
        tab = window.page.notes
        tab.sig_add_requested.connect(self.write)
        tab.sig_done_requested.connect(self.mark_done)
        window.sig_citizen_shown.connect(self.load)
        window.sig_sync_finished.connect(lambda _report: self.reload())

    def reload(self) -> None:
        """Delivery states change with a sync: show the current person's entries again."""
        view = self.window.page.view
        if view is not None:
            self.load(view.citizen_id)

    def load(self, citizen_id: int) -> None:
        store = self.window.store

        def shown(result: tuple[list[TeamEntryView], list[Recipient]]) -> None:
            self.recipients = result[1]
            self.window.page.show_entries(result[0])

        self.window.load_for_shown(
            citizen_id, lambda: (entries(store, citizen_id), recipients(store, citizen_id)), shown
        )

    def write(
        self, kind: str, values: tuple[str, list[str], str | None, object] | None = None
    ) -> None:
        """Ask for the entry (or take `values`, for tests and scripts) and save it."""
        view = self.window.page.view
        if view is None:
            return
        if values is None:
            dialog = EntryDialog(kind, self.recipients, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        text, partners, owner, due = values
        store, citizen = self.window.store, view.citizen_id
        profile = self.window.access_actions.profile
        author = (profile.display_name if profile else "") or tr("this computer's user")

        def done(_changes: Changes) -> None:
            self.window.statusBar().showMessage(
                tr("Saved: it goes to the agencies you chose at the next sync.")
                if partners
                else tr("Saved for your team.")
            )
            self.load(citizen)

        write(
            self.window,
            self.window.taskman,
            self.window.bus,
            lambda: add_entry(
                store,
                citizen,
                kind=kind,
                text=text,
                partners=partners,
                author=author,
                owner=owner,
                due_on=due,  # type: ignore[arg-type]
            ),
            done,
        )

    def mark_done(self, entry_id: int) -> None:
        view = self.window.page.view
        if view is None:
            return
        store, citizen = self.window.store, view.citizen_id
        on_store(
            self.window,
            self.window.taskman,
            lambda: set_done(store, entry_id),
            lambda _c: self.load(citizen),
        )
