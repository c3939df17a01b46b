"""Keeps the Activity tab current: loads the open person's audit entries when the person is
shown and whenever the tab is brought forward (an action since may have added some)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from caseworker.services.reading import activity
from ui.context import Context
from ui.person.page import CitizenPage


class ActivityActions(QObject):
    def __init__(self, ctx: Context, page: CitizenPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        ctx.bus.sig_citizen_shown.connect(self.load)
        page.tabs.currentChanged.connect(
            lambda index: self.reload() if page.tabs.widget(index) is page.activity else None
        )

    def reload(self) -> None:
        view = self.page.view
        if view is not None:
            self.load(view.citizen_id)

    def load(self, citizen_id: int) -> None:
        store = self.ctx.store

        self.ctx.read(
            lambda: activity(store, citizen_id),
            self.page.if_shown(citizen_id, self.page.show_activity),
        )
