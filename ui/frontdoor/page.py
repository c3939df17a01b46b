"""FrontDoorPage: the MASH's open contacts against their clocks (Go → Front door,
Ctrl+Shift+D).

At the top, louder than the rest, a notice names every contact that is overdue or has less
than an hour of working time left. The list puts overdue contacts first, then those due
soonest, each with its rating, the child as the referrer named them, what it is about, who
raised it and how many partners have answered. Below, the selected contact: the concern in
the referrer's words, who the child is (or that nobody has said yet), and the enquiry with
every partner's part: what it shared, what it withheld and why, who has not answered, who
is late. The buttons record, match, enquire, decide and open the child's page; every one
has its letter, and Enter on a contact moves to its details.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from caseworker.services.front_door import FrontDoor, FrontDoorRow
from caseworker.views.contacts import CONCERNS
from caseworker.views.enquiries import AnswerView, EnquiryView
from ui import labels
from ui.frontdoor.words import LOCAL, clock_words, span
from ui.i18n import plural, tr
from ui.widgets.flow import FlowLayout
from ui.widgets.lists import SORT_ROLE, SortableItem, fit_columns, row_list
from ui.widgets.scrolling import scrolled_layout
from ui.widgets.titles import page_title

CONTACT_ROLE = Qt.ItemDataRole.UserRole


def _answered(enquiry: EnquiryView | None) -> str:
    if enquiry is None:
        return tr("No enquiry yet")
    late = [a.partner for a in enquiry.answers if a.late and a.state != "answered"]
    words = tr(
        "{answered} of {asked} answered",
        answered=len(enquiry.answered),
        asked=len(enquiry.answers),
    )
    return words + (" — " + tr("late: {agencies}", agencies=", ".join(late)) if late else "")


def answer_words(answer: AnswerView) -> str:
    late = tr("LATE") + " — " if answer.late else ""
    if answer.state != "answered":
        return late + {
            "not_sent": tr("Not sent yet: goes at the next sync"),
            "asked": tr("Asked, no answer yet"),
            "refused": tr("Refused the request"),
            "lapsed": tr("Lost the request"),
        }.get(answer.state, answer.state)
    when = (
        answer.answered_at.astimezone(LOCAL).strftime("%d/%m %H:%M") if answer.answered_at else ""
    )
    said = {
        "share": plural(len(answer.research), "Shared {count} record", "Shared {count} records"),
        "withhold": "⚠ " + tr("WITHHELD: {reason}", reason=answer.reason or ""),
        "nothing_known": tr("Knows nothing of the child or household"),
    }.get(answer.decision or "", answer.decision or "")
    return late + tr("{said} ({when})", said=said, when=when)


class FrontDoorPage(QWidget):
    sig_citizen_chosen = Signal(int)
    sig_record_requested = Signal()
    sig_match_requested = Signal(int)
    sig_enquiry_requested = Signal(int)
    sig_decide_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = FrontDoor((), datetime.min.replace(tzinfo=UTC))
        title = page_title(tr("Front door"))
        self.notice = QLabel()
        self.notice.setObjectName("frontDoorNotice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(tr("Clocks about to run out"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Front door summary"))
        self.details = QTreeWidget()
        self.list = row_list(
            tr("Open contacts, overdue first"),
            [
                tr("Time left"),
                tr("Rating"),
                tr("Child"),
                tr("About"),
                tr("Raised by"),
                tr("Partners"),
            ],
        )
        self.list.setAlternatingRowColors(True)
        self.list.setSortingEnabled(True)
        fit_columns(self.list, 2, 4, 5)
        self.list.currentItemChanged.connect(lambda *_: self._show_details())
        self.list.itemActivated.connect(lambda _item: self.details.setFocus())
        self.details.setAccessibleName(tr("The selected contact and its enquiry"))
        self.details.setHeaderLabels([tr("Contact and enquiry"), tr("Detail")])
        fit_columns(self.details, 1)
        self.record = QPushButton(tr("&New contact…"))
        self.record.setToolTip(tr("Record a contact about a child"))
        self.record.clicked.connect(self.sig_record_requested.emit)
        self.match = QPushButton(tr("&Who is the child…"))
        self.match.setToolTip(tr("Choose among the possible matches, or say none is the child"))
        self.match.clicked.connect(lambda: self._emit(self.sig_match_requested))
        self.enquire = QPushButton(tr("Open &enquiry…"))
        self.enquire.setToolTip(tr("Ask the partners what they know, by the rating's deadline"))
        self.enquire.clicked.connect(lambda: self._emit(self.sig_enquiry_requested))
        self.decide = QPushButton(tr("&Decide…"))
        self.decide.setToolTip(tr("Record the decision and its rationale, and tell the agencies"))
        self.decide.clicked.connect(lambda: self._emit(self.sig_decide_requested))
        self.open = QPushButton(tr("Open &person"))
        self.open.setToolTip(tr("Open the child's page"))
        self.open.clicked.connect(self._open_child)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.split = split
        buttons = FlowLayout()  # fold onto two lines at large text sizes
        for button in (self.record, self.match, self.enquire, self.decide, self.open):
            buttons.addWidget(button)
        layout = scrolled_layout(self)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.show_door(self.door)

    def show_door(self, door: FrontDoor) -> None:
        chosen = self.current()
        self.door = door
        self._notice(door)
        self._summary(door)
        self.list.setSortingEnabled(False)
        self.list.clear()
        for rank, row in enumerate(door.rows):
            c = row.contact
            child = c.child_name or tr("(no name given)")
            if c.child_birth_date:
                child += ", " + c.child_birth_date.strftime("%d/%m/%Y")
            item = SortableItem(
                [
                    clock_words(c.left),
                    labels.rating(c.rating) if c.rating else tr("Not rated"),
                    child,
                    tr(CONCERNS[c.about]),
                    f"{c.raised_by} ({c.referrer_agency})",
                    _answered(row.enquiry),
                ]
            )
            item.setData(0, CONTACT_ROLE, c.id)
            item.setData(0, SORT_ROLE, rank)
            item.setToolTip(
                0, tr("Due {due}", due=c.due.astimezone(LOCAL).strftime("%a %d/%m %H:%M"))
            )
            item.setToolTip(5, _answered(row.enquiry))
            if c.overdue:
                bold = QFont()
                bold.setBold(True)
                for column in range(6):
                    item.setFont(column, bold)
            self.list.addTopLevelItem(item)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.select(chosen.contact.id if chosen else None)
        self.empty.setText(
            tr(
                "No open contacts. A contact about a child appears here with its clock when it "
                "is recorded (New contact) and stays until it is decided."
            )
        )
        self.empty.setVisible(not door.rows)
        self.split.setVisible(bool(door.rows))
        self._show_details()

    def retimed(self, door: FrontDoor) -> None:
        """The same contacts with their clocks run down: the time left, the notice and the
        summary change; the selection, the details and what is unfolded stay as they are."""
        self.door = door
        self._notice(door)
        self._summary(door)
        left = {r.contact.id: r.contact for r in door.rows}
        bold = QFont()
        bold.setBold(True)
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            contact = left.get(item.data(0, CONTACT_ROLE)) if item is not None else None
            if item is None or contact is None:
                continue
            item.setText(0, clock_words(contact.left))
            if contact.overdue:
                for column in range(self.list.columnCount()):
                    item.setFont(column, bold)

    def _summary(self, door: FrontDoor) -> None:
        overdue = len(door.overdue)
        self.summary.setText(
            plural(len(door.rows), "{count} open contact.", "{count} open contacts.")
            + (
                " " + plural(overdue, "{count} is overdue.", "{count} are overdue.")
                if overdue
                else ""
            )
        )

    def _notice(self, door: FrontDoor) -> None:
        lines = [
            tr(
                "Overdue by {span}: {child} ({about})",
                span=span(r.left),
                child=r.contact.child_name or tr("(no name given)"),
                about=tr(CONCERNS[r.contact.about]),
            )
            for r in door.overdue
        ] + [
            tr(
                "{span} left: {child} ({about})",
                span=span(r.left),
                child=r.contact.child_name or tr("(no name given)"),
                about=tr(CONCERNS[r.contact.about]),
            )
            for r in door.running_out
        ]
        self.notice.setText("⚠ " + "\n⚠ ".join(lines) if lines else "")
        self.notice.setVisible(bool(lines))

    def select(self, contact_id: int | None) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, CONTACT_ROLE) == contact_id:
                self.list.setCurrentItem(item)
                return
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def current(self) -> FrontDoorRow | None:
        item = self.list.currentItem()
        chosen = item.data(0, CONTACT_ROLE) if item is not None else None
        return next((r for r in self.door.rows if r.contact.id == chosen), None)

    def _show_details(self) -> None:
        self.details.clear()
        row = self.current()
        if row is not None:
            c = row.contact
            bold = QFont()
            bold.setBold(True)
            received = c.received_at.astimezone(LOCAL).strftime("%a %d/%m/%Y %H:%M")
            top = QTreeWidgetItem([tr("Contact"), tr(CONCERNS[c.about])])
            top.setFont(0, bold)
            self.details.addTopLevelItem(top)
            for label, value in (
                (tr("Received"), received),
                (tr("Raised by"), f"{c.raised_by} ({c.referrer_agency})"),
                (tr("Concern"), c.concern),
                (tr("Child"), self._child_words(row)),
                (tr("Due"), c.due.astimezone(LOCAL).strftime("%a %d/%m/%Y %H:%M")),
            ):
                child = QTreeWidgetItem([label, value])
                child.setToolTip(1, value)
                top.addChild(child)
            if row.enquiry is not None:
                self._enquiry(row.enquiry, bold)
            for index in range(self.details.topLevelItemCount()):  # each partner's research
                item = self.details.topLevelItem(index)  # stays folded: Right arrow opens it
                if item is not None:
                    item.setExpanded(True)
        self._update_buttons()

    def _child_words(self, row: FrontDoorRow) -> str:
        c = row.contact
        if c.citizen_id is not None:
            return tr("Matched to a person held here (Open person)")
        if c.no_match:
            return tr("Not known to any partner here")
        return "⚠ " + tr("Not matched yet: say who the child is before enquiring")

    def _enquiry(self, enquiry: EnquiryView, bold: QFont) -> None:
        head = QTreeWidgetItem(
            [
                tr("Enquiry ({rating})", rating=labels.rating(enquiry.rating)),
                _answered(enquiry),
            ]
        )
        head.setFont(0, bold)
        self.details.addTopLevelItem(head)
        for answer in enquiry.answers:
            part = QTreeWidgetItem([answer.partner, answer_words(answer)])
            part.setToolTip(1, answer_words(answer))
            if answer.late or answer.decision == "withhold":
                part.setFont(1, bold)
            head.addChild(part)
            if answer.decision == "share" and answer.reason:
                part.addChild(QTreeWidgetItem([tr("Why shared"), answer.reason]))
            for item in answer.research:
                on = item.on.strftime("%d/%m/%Y") if item.on else tr("Date not shared")
                research = QTreeWidgetItem([on, item.summary])
                research.setToolTip(1, tr("MASH research from {agency}", agency=answer.partner))
                part.addChild(research)

    def _update_buttons(self) -> None:
        row = self.current()
        matched = row is not None and row.contact.matched
        self.match.setEnabled(row is not None)
        self.enquire.setEnabled(matched and row is not None and row.enquiry is None)
        self.decide.setEnabled(matched)
        self.open.setEnabled(row is not None and row.contact.citizen_id is not None)

    def _emit(self, signal: SignalInstance) -> None:
        row = self.current()
        if row is not None:
            signal.emit(row.contact.id)

    def _open_child(self) -> None:
        row = self.current()
        if row is not None and row.contact.citizen_id is not None:
            self.sig_citizen_chosen.emit(row.contact.citizen_id)
