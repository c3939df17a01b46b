"""The Overview tab: when each agency last updated, the last 90 days' events, and needs and
risks by domain, safety first, with the risks held on the people in the household beside the
person's own."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.views.citizen import CitizenView, Item
from ui import labels
from ui.access_words import detail_text, reasons_text, row_access_text
from ui.i18n import plural, tr
from ui.person.words import member_words
from ui.widgets.lists import fit_columns, set_empty_text
from ui.widgets.roles import ITEM_ROLE

RECENT_DAYS = 90
RECENT_ROWS = 6
NEED_COLUMN_MAX = 320
"""The first column stops here (the rest of a long title is in its tooltip), so the access
and the details stay on screen."""


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needs = QTreeWidget()
        self.needs.setAccessibleName(tr("Needs and risks by domain"))
        self.needs.setHeaderLabels(
            [
                tr("Need or risk"),
                tr("Type"),
                tr("Since"),
                tr("Shared by"),
                tr("Access"),
                tr("Details"),
            ]
        )
        self.needs.setUniformRowHeights(True)
        self.needs.setAlternatingRowColors(True)
        fit_columns(self.needs, 5)  # the details take what is left: nothing off the page
        self.needs.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        set_empty_text(
            self.needs,
            tr("No current needs or risks are recorded by the partners who share with you."),
        )
        self.updated = QLabel()
        self.updated.setObjectName("agenciesUpdated")
        self.updated.setWordWrap(True)
        self.updated.setAccessibleName(tr("When each agency last updated its picture"))
        self.recent_caption = QLabel()
        self.recent_caption.setWordWrap(True)
        self.recent = QTreeWidget()
        self.recent.setAccessibleName(tr("What happened in the last 90 days"))
        self.recent.setHeaderLabels([tr("Date"), tr("Agency"), tr("What happened")])
        self.recent.setRootIsDecorated(False)
        self.recent.setUniformRowHeights(True)
        self.recent.setToolTip(tr("Newest first; the Chronology tab has everything"))
        set_empty_text(
            self.recent,
            tr("Nothing recorded in the last 90 days; older events are in the Chronology."),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.updated)
        layout.addWidget(self.recent_caption)
        layout.addWidget(self.recent)
        layout.addWidget(self.needs, 1)

    def clear(self) -> None:
        for tree in (self.needs, self.recent):
            tree.clear()
        for label in (self.updated, self.recent_caption):
            label.clear()

    def show_view(self, view: CitizenView) -> int:
        """Fill the tab; returns how many needs and risks it lists (for the tab's title)."""
        self.fill_recent(view)
        self.needs.clear()
        bold = QFont()
        bold.setBold(True)
        if not any(g.domain == "safety" for g in view.needs_and_risks):
            self._household_group(view, bold)  # first, where the person's own would be
        for group in view.needs_and_risks:
            top = QTreeWidgetItem([f"{labels.domain(group.domain)} ({len(group.items)})"])
            top.setFont(0, bold)
            top.setFirstColumnSpanned(False)
            for item in group.items:
                top.addChild(self._need_row(item, bold))
            self.needs.addTopLevelItem(top)
            top.setExpanded(True)
            if group.domain == "safety":
                self._household_group(view, bold)
        self.needs.resizeColumnToContents(0)
        self.needs.setColumnWidth(0, min(self.needs.columnWidth(0), NEED_COLUMN_MAX))
        return sum(len(g.items) for g in view.needs_and_risks) + len(view.household_risks)

    def fill_recent(self, view: CitizenView, today: date | None = None) -> None:
        """The newest events of the last 90 days, at the top of the Overview."""
        since = (today or date.today()) - timedelta(days=RECENT_DAYS)
        recent = sorted(
            (i for i in view.chronology if i.on is not None and i.on >= since),
            key=lambda i: (i.on, i.significant),
            reverse=True,
        )
        self.recent.clear()
        for item in recent[:RECENT_ROWS]:
            row = QTreeWidgetItem(
                [
                    item.on.strftime("%d/%m/%Y") if item.on else "—",
                    item.source.partner_name,
                    ("⚠ " if item.significant else "") + item.title,
                ]
            )
            row.setData(0, ITEM_ROLE, item)
            self.recent.addTopLevelItem(row)
        more = len(recent) - RECENT_ROWS
        if recent:
            caption = plural(
                len(recent), "Last 90 days: {count} event", "Last 90 days: {count} events"
            )
            if more > 0:
                caption += " " + tr(
                    "(the newest {shown}; the Chronology has the rest)", shown=RECENT_ROWS
                )
        else:
            dated = [i for i in view.chronology if i.on is not None]
            newest = max(dated, key=lambda i: i.on or date.min, default=None)
            caption = (
                tr(
                    "Last 90 days: nothing recorded. The newest event: {date}, {agency}: {what}.",
                    date=newest.on.strftime("%d/%m/%Y") if newest.on else "—",
                    agency=newest.source.partner_name,
                    what=newest.title,
                )
                if newest is not None
                else tr("Last 90 days: nothing recorded.")
            )
        self.recent_caption.setText(caption)
        self.recent.setVisible(bool(recent))
        rows = max(1, min(len(recent), RECENT_ROWS))
        header = self.recent.header().sizeHint().height()
        self.recent.setFixedHeight(header + rows * self.recent.sizeHintForRow(0) + 6)
        for column in range(3):
            self.recent.resizeColumnToContents(column)

    def _household_group(self, view: CitizenView, bold: QFont) -> None:
        """Risks on the people in the household, next to the person's own safety."""
        if view.household_risks:
            top = QTreeWidgetItem(
                [tr("In the household ({count})", count=len(view.household_risks))]
            )
            top.setFont(0, bold)
            for risk in view.household_risks:
                child = self._need_row(risk.item, bold)
                words = tr(
                    "{person}: {risk}", person=member_words(risk.member), risk=risk.item.title
                )
                child.setText(0, words)
                child.setToolTip(0, words)
                top.addChild(child)
            self.needs.addTopLevelItem(top)
            top.setExpanded(True)

    @staticmethod
    def _need_row(item: Item, bold: QFont) -> QTreeWidgetItem:
        kind = labels.kind(item.kind)
        if item.severity:
            kind = tr("{kind} ({severity})", kind=kind, severity=item.severity)
        access = item.access_of("record.title")
        detail = item.access_of("record.detail")
        child = QTreeWidgetItem(
            [
                item.title,
                kind,
                item.on.strftime("%d/%m/%Y") if item.on else "—",
                item.source.partner_name,
                row_access_text(access, detail),
                detail_text(item.detail, detail, item.request_of("record.detail")),
            ]
        )
        child.setData(0, ITEM_ROLE, item)
        child.setToolTip(4, reasons_text(access, item.source.partner_name))
        child.setToolTip(5, reasons_text(detail, item.source.partner_name))
        child.setToolTip(
            3,
            tr(
                "Record {record} from {partner}",
                record=item.source.record_id,
                partner=item.source.partner_name,
            ),
        )
        if item.kind == "risk" or item.significant:
            child.setFont(1, bold)
        return child
