"""EmergingPage: households where several agencies each hold a low-level concern that nobody
has joined up yet (Go → Emerging needs, Ctrl+Shift+E).

The upper list has one row per household, most problems and most recent evidence first. The
lower tree shows the selected household's people and, under each problem, the records behind
it with who shared them and the access chip (its tooltip says why this user may see it).
Enter on a person or a record opens that person's page. Follow, Refer and Dismiss act on the
household; dismissing asks for a reason. Only records the user may see are ever here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from caseworker.services.emerging import EmergingHousehold
from ui import labels, language
from ui.access_words import QUIET_KINDS, chip_text, reasons_text
from ui.i18n import plural, tr
from ui.widgets.lists import SORT_ROLE, SortableItem, fit_columns, row_list
from ui.widgets.scrolling import scrolled_layout
from ui.widgets.titles import page_title

KEY_ROLE = Qt.ItemDataRole.UserRole
CITIZEN_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(on: date | None) -> str:
    return on.strftime("%d/%m/%Y") if on is not None else tr("Date not shared")


class EmergingPage(QWidget):
    sig_citizen_chosen = Signal(int)
    sig_follow_requested = Signal(str)
    sig_refer_requested = Signal(int)
    sig_dismiss_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.households: list[EmergingHousehold] = []
        self._today = date.today()
        title = page_title(tr("Emerging needs"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Emerging needs summary"))
        self.evidence = QTreeWidget()
        self.list = row_list(
            tr("Households with emerging needs"),
            [tr("Problems"), tr("People"), tr("Agencies"), tr("Latest evidence"), tr("Areas")],
        )
        self.list.setAlternatingRowColors(True)
        self.list.setSortingEnabled(True)
        fit_columns(self.list, 1, 4)
        self.list.currentItemChanged.connect(lambda *_: self._show_evidence())
        self.list.itemActivated.connect(lambda _item: self.evidence.setFocus())
        self.evidence.setAccessibleName(tr("Evidence for the selected household"))
        self.evidence.setHeaderLabels(
            [tr("Problem and record"), tr("Date"), tr("Shared by"), tr("Access")]
        )
        fit_columns(self.evidence, 0)
        self.evidence.itemActivated.connect(self._on_evidence_activated)
        self.evidence.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open = QPushButton(tr("Open &person"))
        self.open.setToolTip(tr("Open the page of the person or record selected below"))
        self.open.clicked.connect(lambda: self._on_evidence_activated(self.evidence.currentItem()))
        self.follow = QPushButton(tr("F&ollow household"))
        self.follow.setToolTip(tr("Add everyone in this household to your caseload"))
        self.follow.clicked.connect(lambda: self._emit_key(self.sig_follow_requested))
        self.refer = QPushButton(tr("&Refer…"))
        self.refer.setToolTip(tr("Refer the selected person to a partner, through the outbox"))
        self.refer.clicked.connect(self._on_refer)
        self.dismiss = QPushButton(tr("&Dismiss…"))
        self.dismiss.setToolTip(
            tr("Take this household off the list until its evidence changes, with a reason")
        )
        self.dismiss.clicked.connect(lambda: self._emit_key(self.sig_dismiss_requested))
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.evidence)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.split = split
        buttons = QHBoxLayout()
        for button in (self.open, self.follow, self.refer, self.dismiss):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = scrolled_layout(self)  # at large text sizes the page scrolls
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.show_households([])

    def show_households(
        self, households: list[EmergingHousehold], today: date | None = None
    ) -> None:
        self.households = households
        self._today = today or date.today()
        self.summary.setText(
            plural(
                len(households),
                "{count} household where two or more agencies each hold a concern that "
                "nobody has joined up yet.",
                "{count} households where two or more agencies each hold a concern that "
                "nobody has joined up yet.",
            )
            + " "
            + tr(
                "Only records you may see count: a record behind consent or held on request "
                "is not used until you may see it."
            )
        )
        self.list.setSortingEnabled(False)
        self.list.clear()
        for rank, household in enumerate(households):
            names = ", ".join(m.name or tr("(name not shared)") for m in household.members)
            item = SortableItem(
                [
                    str(len(household.problems)),
                    names,
                    ", ".join(labels.agency(a) for a in household.agencies),
                    _day(household.latest),
                    "; ".join(p.label_in(language.current()) for p in household.problems),
                ]
            )
            item.setData(0, KEY_ROLE, household.key)
            item.setData(0, SORT_ROLE, rank)  # the list's own order: most problems, most recent
            item.setData(1, SORT_ROLE, names.lower())
            item.setData(2, SORT_ROLE, len(household.agencies))
            item.setData(3, SORT_ROLE, household.latest.toordinal() if household.latest else 0)
            item.setToolTip(1, names)
            item.setToolTip(
                4, "\n".join(p.label_in(language.current()) for p in household.problems)
            )
            self.list.addTopLevelItem(item)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.empty.setText(
            tr(
                "No household meets the rules in the records you may see. Households appear "
                "here when two or more agencies each hold a concern in two or more areas, and "
                "no one has opened a case with children's social care."
            )
        )
        self.empty.setVisible(not households)
        self.split.setVisible(bool(households))
        self._show_evidence()

    def show_problem(self, text: str) -> None:
        """The rules could not be used: say why instead of showing a list."""
        self.show_households([])
        self.empty.setText(text)

    def current(self) -> EmergingHousehold | None:
        item = self.list.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return next((h for h in self.households if h.key == key), None)

    def _show_evidence(self) -> None:
        self.evidence.clear()
        household = self.current()
        if household is not None:
            bold = QFont()
            bold.setBold(True)
            people = QTreeWidgetItem([tr("People in the household")])
            people.setFont(0, bold)
            self.evidence.addTopLevelItem(people)
            for member in household.members:
                name = member.name or tr("(name not shared)")
                born = labels.born(member.birth_date, self._today) if member.birth_date else ""
                child = QTreeWidgetItem([name, born])
                child.setData(0, CITIZEN_ROLE, member.citizen_id)
                people.addChild(child)
            for problem in household.problems:
                row = QTreeWidgetItem(
                    [
                        problem.label_in(language.current()),
                        "",
                        plural(len(problem.evidence), "{count} record", "{count} records"),
                    ]
                )
                row.setFont(0, bold)
                self.evidence.addTopLevelItem(row)
                for e in problem.evidence:
                    chip, kind = chip_text(e.access)
                    chip = "" if kind in QUIET_KINDS else chip  # the usual case left unsaid
                    child = QTreeWidgetItem([e.title, _day(e.on), e.partner_name, chip])
                    child.setData(0, CITIZEN_ROLE, e.citizen_id)
                    child.setToolTip(3, reasons_text(e.access, e.partner_name))
                    child.setToolTip(2, labels.agency(e.agency))
                    row.addChild(child)
            self.evidence.expandAll()
            people_first = self.evidence.topLevelItem(0)
            first_person = people_first.child(0) if people_first is not None else None
            if first_person is not None:
                self.evidence.setCurrentItem(first_person)
        self._update_buttons()

    def _citizen_of(self, item: QTreeWidgetItem | None) -> int | None:
        value = item.data(0, CITIZEN_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.follow, self.dismiss):
            button.setEnabled(chosen)
        person = self._citizen_of(self.evidence.currentItem()) is not None
        self.open.setEnabled(person)
        self.refer.setEnabled(person)

    def _emit_key(self, signal: SignalInstance) -> None:
        household = self.current()
        if household is not None:
            signal.emit(household.key)

    def _on_evidence_activated(self, item: QTreeWidgetItem | None) -> None:
        citizen = self._citizen_of(item)
        if citizen is not None:
            self.sig_citizen_chosen.emit(citizen)

    def _on_refer(self) -> None:
        citizen = self._citizen_of(self.evidence.currentItem())
        if citizen is not None:
            self.sig_refer_requested.emit(citizen)
