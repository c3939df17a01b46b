"""SearchPanel: a search box and the matching people. Emits the citizen the user opens.

Typing searches after a short pause; Enter or Down moves into the results; Enter on a
result (or a double click) opens it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from caseworker.changes import Changes
from caseworker.services.viewing import find
from caseworker.views.search import CitizenSummary
from ui.context import Context
from ui.i18n import plural, tr
from ui.search.results_model import SearchResultsModel
from ui.widgets.roles import CITIZEN_ID_ROLE

DEBOUNCE_MS = 250


class SearchPanel(QWidget):
    sig_citizen_chosen = Signal(int)
    sig_results_shown = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._latest = ""
        layout = QVBoxLayout(self)
        label = QLabel(tr("Find a person"))
        self.box = QLineEdit()
        self.box.setPlaceholderText(tr("Name, date of birth, NHS number or postcode"))
        self.box.setAccessibleName(tr("Find a person"))
        self.box.setToolTip(tr("Find a person (Ctrl+K from anywhere)"))
        self.box.setClearButtonEnabled(True)
        label.setBuddy(self.box)
        self.results_model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.results_model)
        self.results.setAccessibleName(tr("People found"))
        self.results.setUniformItemSizes(True)
        self.results.setWordWrap(True)
        self.results.setSpacing(3)
        self.status = QLabel(tr("Type a name, a date of birth, an NHS number or a postcode."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Search status"))
        for widget in (label, self.box, self.status, self.results):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self._on_return)
        self.box.installEventFilter(self)
        self.results.activated.connect(self._on_activated)
        self.sig_citizen_chosen.connect(ctx.open_citizen)
        ctx.bus.sig_citizen_shown.connect(self.select_citizen)
        ctx.bus.sig_changed.connect(self._changed)
        ctx.bus.sig_locked.connect(self._locked)
        ctx.bus.sig_unlocked.connect(lambda: self.setEnabled(True))

    def _changed(self, changes: Changes) -> None:
        """Who is a person changed: the results shown may be out of date."""
        if changes.people and self.box.text().strip():
            self.search_now()

    def _locked(self) -> None:
        """Nothing read from the store stays on screen while it is locked."""
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.results_model.set_results([])
        self.setEnabled(False)

    def search_now(self) -> None:
        self._timer.stop()
        text = self.box.text().strip()
        self._latest = text
        if not text:
            self.results_model.set_results([])
            self.status.setText(tr("Type a name, a date of birth, an NHS number or a postcode."))
            return
        store = self._ctx.store
        self._ctx.read(lambda: find(store, text), partial(self._on_results, text))

    def show_results(self, text: str, rows: list[CitizenSummary]) -> None:
        """Show results found elsewhere (the screenshot command searches synchronously)."""
        self._timer.stop()
        self.box.blockSignals(True)
        self.box.setText(text)
        self.box.blockSignals(False)
        self._latest = text.strip()
        self._on_results(self._latest, rows)

    def select_citizen(self, citizen_id: int) -> None:
        """Highlight the row of the person being shown, if it is among the results."""
        for row in range(self.results_model.rowCount()):
            index = self.results_model.index(row, 0)
            if index.data(CITIZEN_ID_ROLE) == citizen_id:
                self.results.setCurrentIndex(index)
                return

    def _on_results(self, asked: str, rows: list[CitizenSummary]) -> None:
        if asked != self._latest:
            return  # an older search finished after a newer one was typed
        self.results_model.set_results(rows)
        if not rows:
            self.status.setText(
                tr(
                    "No one matches “{text}”. Check the spelling, or try a date of birth "
                    "(3/2/2015), an NHS number or a postcode.",
                    text=asked,
                )
            )
        elif all(r.match == "close" for r in rows):
            self.status.setText(
                plural(
                    len(rows),
                    "No exact match. {count} close match: a nickname, a near spelling or "
                    "the address.",
                    "No exact match. {count} close matches: a nickname, a near spelling or "
                    "the address.",
                )
            )
        else:
            self.status.setText(plural(len(rows), "{count} person found", "{count} people found"))
        if rows:
            self.results.setCurrentIndex(self.results_model.index(0, 0))
        self.sig_results_shown.emit(len(rows))

    def _on_return(self) -> None:
        if self._timer.isActive() or self.box.text().strip() != self._latest:
            self.search_now()
            return
        if self.results_model.rowCount():
            self._on_activated(self.results.currentIndex())

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_citizen_chosen.emit(int(index.data(CITIZEN_ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results_model.rowCount()
        ):
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)
