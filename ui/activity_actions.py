"""Keeps the Activity tab current: loads the open person's audit entries when the person is
shown and whenever the tab is brought forward (an action since may have added some)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from caseworker.services.reading import activity

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ActivityActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.sig_citizen_shown.connect(self.load)
        page = window.page
        page.tabs.currentChanged.connect(
            lambda index: self.reload() if page.tabs.widget(index) is page.activity else None
        )

    def reload(self) -> None:
        view = self.window.page.view
        if view is not None:
            self.load(view.citizen_id)

    def load(self, citizen_id: int) -> None:
        store = self.window.store

        self.window.load_for_shown(
            citizen_id, lambda: activity(store, citizen_id), self.window.page.show_activity
        )
