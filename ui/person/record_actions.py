"""Actions on one record of the citizen page: read its narrative in full, request it, or
break the glass.

Reading in full is the row's own action (Enter or double-click) and is recorded as a reveal
before the text is shown. All three are offered from the context menu (right click, the Menu
key or Shift+F10) of the chronology and the needs tree, only where the record's access
allows it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu

from caseworker.changes import Changes
from caseworker.services.requests import break_glass, request_release
from caseworker.services.viewing import reveal
from caseworker.views.citizen import Item
from ui.context import Context
from ui.i18n import tr
from ui.person.narrative_dialog import NarrativeDialog
from ui.person.page import CitizenPage
from ui.widgets.reason_dialog import ReasonDialog
from ui.widgets.roles import ITEM_ROLE


def can_request(item: Item) -> bool:
    detail = item.access_of("record.detail")
    return (
        detail is not None
        and detail.level == "on_request"
        and item.request_of("record.detail") not in ("queued", "delivered", "granted")
    )


def can_break_glass(item: Item) -> bool:
    detail = item.access_of("record.detail")
    return detail is not None and detail.state == "override_available"


class RecordActions(QObject):
    def __init__(self, ctx: Context, page: CitizenPage) -> None:
        super().__init__(ctx)
        self.ctx, self.page = ctx, page
        for view in (page.chronology, page.needs):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda point, v=view: self._menu(v, point))
            view.activated.connect(lambda _index, v=view: self._read_current(v))

    def _read_current(self, view: QAbstractItemView) -> None:
        item = self.current_item(view)
        if item is not None and item.detail:
            self.read(item)

    def read(self, item: Item) -> None:
        """Record the reveal, then show the narrative in full."""
        view = self.page.view
        if view is None or not item.detail:
            return
        self.ctx.read(
            partial(
                reveal,
                self.ctx.store,
                view.citizen_id,
                item.source.partner_id,
                item.source.record_id,
                "record.detail",
            ),
            lambda _none: self._show_narrative(item),
        )

    def _show_narrative(self, item: Item) -> None:
        self.narrative = NarrativeDialog(item, self.ctx.widget)
        self.narrative.open()

    def current_item(self, view: QAbstractItemView) -> Item | None:
        index = view.currentIndex()
        value = index.siblingAtColumn(0).data(ITEM_ROLE) if index.isValid() else None
        return value if isinstance(value, Item) else None

    def _menu(self, view: QAbstractItemView, point: QPoint) -> None:
        item = self.current_item(view)
        if item is None:
            return
        menu = QMenu(view)
        read = menu.addAction(tr("Read in &full…"))
        read.setEnabled(bool(item.detail))
        read.triggered.connect(lambda: self.read(item))
        request = menu.addAction(
            tr("&Request the narrative from {partner}…", partner=item.source.partner_name)
        )
        request.setEnabled(can_request(item))
        request.triggered.connect(lambda: self.request(item))
        glass = menu.addAction(tr("&Break the glass to read it…"))
        glass.setEnabled(can_break_glass(item))
        glass.triggered.connect(lambda: self.break_glass(item))
        menu.exec(view.viewport().mapToGlobal(point))

    def _who(self) -> str:
        return self.ctx.user_name(tr("this user"))

    def _purpose(self, item: Item) -> str:
        detail = item.access_of("record.detail")
        reason = detail.reasons[0] if detail and detail.reasons else None
        if reason is not None and reason.purpose:
            return reason.purpose
        view = self.page.view
        return view.viewer.purposes[0] if view is not None else "safeguarding_children"

    def _ask_reason(self, title: str, explanation: str, action: str) -> str | None:
        dialog = ReasonDialog(title, explanation, action, self.ctx.widget)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def request(self, item: Item, reason: str | None = None) -> None:
        """Ask the provider to release the narrative (audited, through the outbox)."""
        self._ask_partner(
            item,
            reason,
            (
                tr("Request the narrative"),
                tr(
                    "{partner} shares this narrative only on request. Say why you need it; the "
                    "partner decides, and a released narrative arrives with the next sync.",
                    partner=item.source.partner_name,
                ),
                tr("Send request"),
            ),
            lambda citizen_id, why: request_release(
                self.ctx.store,
                partner_id=item.source.partner_id,
                record_source_id=item.source.record_id,
                field="record.detail",
                reason=why,
                purpose=self._purpose(item),
                requested_by=self._who(),
                citizen_id=citizen_id,
            ),
            tr("Request queued: it goes to the partner at the next sync."),
        )

    def break_glass(self, item: Item, reason: str | None = None) -> None:
        """Show a consent-bound narrative for 30 minutes, with a reason the partner is told."""
        self._ask_partner(
            item,
            reason,
            (
                tr("Break the glass"),
                tr(
                    "This is shared only with the citizen's consent, which is not recorded. "
                    "Read it now only if you must act to keep someone safe. It shows for 30 "
                    "minutes, your reason is kept, and {partner} is told.",
                    partner=item.source.partner_name,
                ),
                tr("Break the glass"),
            ),
            lambda citizen_id, why: break_glass(
                self.ctx.store,
                citizen_id=citizen_id,
                partner_id=item.source.partner_id,
                record_source_id=item.source.record_id,
                fields=["record.detail"],
                reason=why,
                purpose=self._purpose(item),
                requested_by=self._who(),
            ),
            tr("Glass broken: shown for 30 minutes; the partner is told."),
        )

    def _ask_partner(
        self,
        item: Item,
        reason: str | None,
        asking: tuple[str, str, str],
        send: Callable[[int, str], Changes],
        done: str,
    ) -> None:
        """Ask for a reason (unless given), then send on the store worker. What was asked for
        may change what the page shows (a broken glass shows the narrative at once): the
        write's Changes open the person again."""
        reason = reason or self._ask_reason(*asking)
        view = self.page.view
        if reason is None or view is None:
            return
        citizen_id, why = view.citizen_id, reason
        self.ctx.write(lambda: send(citizen_id, why), lambda _changes: self.ctx.say(done))
