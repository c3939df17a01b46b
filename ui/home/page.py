"""HomePage: my caseload and my team's, with what is new since I last looked.

Shown at start and from Go → Home (Alt+Home). Rows with news come first; every column
sorts; the filter narrows by name, and the choice narrows to the people I follow. Enter or
a double click opens the person; "Stop following" takes them off my caseload. Counts are
spelt out in words, never shown by colour alone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from caseworker.views.caseload import CaseloadRow
from ui import labels
from ui.i18n import plural, tr
from ui.widgets.flow import FlowLayout
from ui.widgets.lists import SORT_ROLE, SortableItem, row_list
from ui.widgets.scrolling import scrolled_layout
from ui.widgets.titles import page_title

ID_ROLE = Qt.ItemDataRole.UserRole


def news_words(row: CaseloadRow) -> str:
    if row.last_looked is None:
        return tr("Not opened yet")
    parts = []
    if row.new_records:
        parts.append(plural(row.new_records, "{count} new record", "{count} new records"))
    if row.consent_changes:
        parts.append(
            plural(row.consent_changes, "{count} consent change", "{count} consent changes")
        )
    return ", ".join(parts) if parts else tr("Nothing new")


def task_words(row: CaseloadRow) -> str:
    if not row.open_tasks:
        return "—"
    text = plural(row.open_tasks, "{count} open", "{count} open")
    if row.overdue_tasks:
        text += ", " + plural(row.overdue_tasks, "{count} overdue", "{count} overdue")
    return text


class HomePage(QWidget):
    sig_citizen_chosen = Signal(int)
    sig_unfollow_requested = Signal(int)
    sig_find_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseloadRow] = []
        title = page_title(tr("My caseload"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Caseload summary"))
        self.scope = QComboBox()
        self.scope.addItem(tr("People I follow and the team is working with"), "all")
        self.scope.addItem(tr("Only people I follow"), "mine")
        self.scope.addItem(tr("Only people with something new"), "news")
        self.scope.setAccessibleName(tr("Show"))
        scope_label = QLabel(tr("Sho&w:"))
        scope_label.setBuddy(self.scope)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by name"))
        self.filter.setAccessibleName(tr("Filter the caseload by name"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(tr("F&ilter:"))
        filter_label.setBuddy(self.filter)
        self.list = row_list(
            tr("My caseload"),
            [
                tr("Name"),
                tr("Born"),
                tr("New since I last looked"),
                tr("Tasks"),
                tr("Requests waiting"),
                tr("Last opened"),
                tr("Caseload"),
                tr("Agencies"),
            ],
        )
        self._user_sorted = False
        self.list.header().sectionClicked.connect(self._on_sorted)
        self.list.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.list.setSortingEnabled(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._on_activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open = QPushButton(tr("&Open"))
        self.open.clicked.connect(lambda: self._on_activated(self.list.currentItem()))
        self.unfollow = QPushButton(tr("S&top following"))
        self.unfollow.setToolTip(tr("Take the selected person off your caseload"))
        self.unfollow.clicked.connect(self._on_unfollow)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.find_button = QPushButton(tr("Find a person…"))
        self.find_button.clicked.connect(self.sig_find_requested)

        bar = FlowLayout()  # one line at ordinary sizes, two at large ones
        bar.add_group(scope_label, self.scope)
        bar.add_group(filter_label, self.filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open)
        buttons.addWidget(self.unfollow)
        buttons.addStretch(1)
        empty_row = QHBoxLayout()
        empty_row.addStretch(1)
        empty_row.addWidget(self.find_button)
        empty_row.addStretch(1)
        layout = scrolled_layout(self)  # at large text sizes the page scrolls
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(empty_row)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        layout.addLayout(buttons)
        self.scope.currentIndexChanged.connect(lambda _i: self._fill())
        self.filter.textChanged.connect(lambda _t: self._fill())
        self.show_caseload([])

    def show_caseload(self, rows: list[CaseloadRow], today: date | None = None) -> None:
        self.rows = rows
        self._today = today or date.today()
        news = sum(1 for r in rows if r.has_news)
        overdue = sum(r.overdue_tasks for r in rows)
        self.summary.setText(
            plural(
                len(rows), "{count} person on your caseload.", "{count} people on your caseload."
            )
            + " "
            + plural(news, "{count} with something new.", "{count} with something new.")
            + (
                " " + plural(overdue, "{count} task overdue.", "{count} tasks overdue.")
                if overdue
                else ""
            )
        )
        self._fill()

    def _visible(self) -> list[CaseloadRow]:
        scope = self.scope.currentData()
        words = self.filter.text().lower().split()
        return [
            r
            for r in self.rows
            if (scope != "mine" or r.mine)
            and (scope != "news" or r.has_news)
            and all(w in r.person.name.lower() for w in words)
        ]

    def _fill(self) -> None:
        # Until the user sorts by a column, rows keep the caseload's order: news first.
        column = self.list.sortColumn() if self._user_sorted else -1
        order = self.list.header().sortIndicatorOrder()
        self.list.setSortingEnabled(False)
        self.list.clear()
        for row in self._visible():
            person = row.person
            born = labels.born(person.birth_date, self._today)
            item = SortableItem(
                [
                    ("★ " if row.mine else "") + person.name,
                    born,
                    news_words(row),
                    task_words(row),
                    str(row.pending_requests) if row.pending_requests else "—",
                    row.last_looked.astimezone().strftime("%d/%m/%Y %H:%M")
                    if row.last_looked
                    else tr("Never"),
                    tr("Following") if row.mine else tr("Team"),
                    ", ".join(labels.agency(a) for a in person.agencies),
                ]
            )
            item.setData(0, ID_ROLE, person.citizen_id)
            item.setData(0, SORT_ROLE, person.name.lower())
            item.setData(1, SORT_ROLE, person.birth_date.toordinal() if person.birth_date else 0)
            item.setData(2, SORT_ROLE, row.new_records + row.consent_changes)
            item.setData(3, SORT_ROLE, row.overdue_tasks * 1000 + row.open_tasks)
            item.setData(4, SORT_ROLE, row.pending_requests)
            item.setData(5, SORT_ROLE, row.last_looked.timestamp() if row.last_looked else 0.0)
            item.setData(7, SORT_ROLE, len(person.agencies))
            self.list.addTopLevelItem(item)
        self.list.header().setSortIndicator(column, order)
        self.list.setSortingEnabled(True)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._show_empty_state()
        self._update_buttons()

    def _on_sorted(self, _column: int) -> None:
        self._user_sorted = True

    def _show_empty_state(self) -> None:
        shown = self.list.topLevelItemCount()
        if not self.rows:
            self.empty.setText(
                tr(
                    "Your caseload is empty. Find a person (Ctrl+K) and choose Follow on "
                    "their page: they will appear here, with what partners have shared since "
                    "you last looked."
                )
            )
        elif not shown:
            self.empty.setText(
                tr("No one on your caseload matches. Clear the filter to see everyone.")
            )
        self.empty.setVisible(not shown)
        self.find_button.setVisible(not self.rows)
        self.spacer.setVisible(not shown)
        self.list.setVisible(bool(shown))

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.open.setEnabled(item is not None)
        row = self._row_of(item)
        self.unfollow.setEnabled(row is not None and row.mine)

    def _row_of(self, item: QTreeWidgetItem | None) -> CaseloadRow | None:
        if item is None:
            return None
        cid = item.data(0, ID_ROLE)
        return next((r for r in self.rows if r.person.citizen_id == cid), None)

    def _on_activated(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.sig_citizen_chosen.emit(int(item.data(0, ID_ROLE)))

    def _on_unfollow(self) -> None:
        row = self._row_of(self.list.currentItem())
        if row is not None:
            self.sig_unfollow_requested.emit(row.person.citizen_id)
