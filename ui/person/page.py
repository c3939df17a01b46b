"""CitizenPage: the joined-up view of one person on one page.

Identity at the top, each value with the partner it came from and the differing values
other partners hold; then tabs for needs and risks by domain (safety first), the
multi-agency chronology, the team around the person, access, and the partner records the
view is built from (where records are unlinked and linked by hand).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.currency import PartnerCurrency
from caseworker.services.exporting import filtered
from caseworker.services.linkage import LinkedRecord
from caseworker.services.reading import AuditRecord
from caseworker.services.team import TeamEntryView
from caseworker.views.citizen import CitizenView, IdentityField, Item
from caseworker.views.household import HouseholdMember
from caseworker.views.provenance import Sourced
from caseworker.views.vocabulary import DOMAINS, ORGANISATIONS
from ui import labels
from ui.access_words import detail_text, reasons_text, row_access_text
from ui.i18n import plural, tr
from ui.person.access_tab import AccessTab
from ui.person.activity_tab import ActivityTab
from ui.person.chronology_bar import ChronologyBar
from ui.person.chronology_model import ChronologyModel
from ui.person.currency_banner import CurrencyBanner, updated_words
from ui.person.notes_tab import NotesTab
from ui.person.records_tab import RecordsTab
from ui.widgets.access_chip import AccessChip
from ui.widgets.roles import ITEM_ROLE, SORT_KEY_ROLE
from ui.widgets.source_chip import SourceChip
from ui.widgets.titles import title_font

T = TypeVar("T")
CHRONOLOGY_WIDEST = {1: 170, 2: 220, 4: 120}
"""Agency, event and access stop here: the details column has the rest of the width."""
IDENTITY_PAIRED = 4
"""The first identity rows (name, date of birth, NHS number, address) sit two to a line."""
RECENT_DAYS = 90
RECENT_ROWS = 6
NEED_COLUMN_MAX = 380
"""The Overview's first column stops here (the rest of a long title is in its tooltip), so
the access and the details stay on screen."""


def _birth_text(born: Sourced[Any], *, with_age: bool = True) -> str:
    """A birth date as this viewer may see it: the year alone when masked to the year."""
    value: date = born.value
    if born.access is not None and born.access.masking == "year_of_birth":
        return tr("{year} (year only)", year=value.year)
    text = value.strftime("%d/%m/%Y")
    return labels.born(value) if with_age else text


def _counted(texts: Iterable[str]) -> list[str]:
    """Each text once, in first-seen order, with how many times it came: "Incident ×3"."""
    counts = Counter(texts)
    return [text if n == 1 else f"{text} ×{n}" for text, n in counts.items()]


def _first(named: list[str], shown: int = 4) -> str:
    more = len(named) - shown
    return "; ".join(named[:shown]) + (tr("; and {count} more", count=more) if more > 0 else "")


def _member_words(member: HouseholdMember) -> str:
    name = member.name or tr("(name not shared)")
    if member.relation:
        return tr("{name} ({relation})", name=name, relation=labels.relation(member.relation))
    return tr("{name} (same address)", name=name)


def _is_lead(item: Item) -> bool:
    return item.status == "lead"


def _team_words(team: list[Item]) -> str:
    """Who leads, and how many work with the person, for the header."""
    agencies = len({i.source.partner_id for i in team})
    lead = next((i for i in team if _is_lead(i)), None)
    size = (
        plural(
            len(team),
            "{count} professional",
            "{count} professionals",
        )
        + " "
        + plural(agencies, "from {count} agency", "from {count} agencies")
    )
    if lead is not None:
        name = (lead.detail or "").split(" · ")[0] or tr("(name not shared)")
        return tr(
            "Lead professional: {name}, {role} ({agency}). Team: {size} (People tab).",
            name=name,
            role=lead.title,
            agency=lead.source.partner_name,
            size=size,
        )
    if team:
        return tr("No lead professional recorded. Team: {size} (People tab).", size=size)
    return tr("No professionals recorded by partners.")


def _format_nhs(number: str) -> str:
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def _clear(layout: QGridLayout | QHBoxLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        if child is not None and (widget := child.widget()) is not None:
            widget.deleteLater()


class CitizenPage(QWidget):
    """Shows one CitizenView. Holds no store access: its controllers load views and pass them."""

    sig_follow_changed = Signal(int, bool)
    sig_citizen_requested = Signal(int)
    sig_chronology_order = Signal(bool)
    """The user turned the chronology round: True for newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CitizenView | None = None
        outer = QVBoxLayout(self)
        self.currency_banner = CurrencyBanner()
        outer.addWidget(self.currency_banner)
        header = QFrame()
        header.setObjectName("citizenHeader")
        head = QVBoxLayout(header)
        self.name = QLabel()
        self.name.setObjectName("citizenName")
        self.name.setFont(title_font())
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setAccessibleName(tr("Person's name"))
        self.identity = QGridLayout()
        self.identity.setHorizontalSpacing(12)
        self.known_to = QHBoxLayout()
        self.variants = QLabel()
        self.variants.setWordWrap(True)
        self.variants.setObjectName("identityVariants")
        self.follow = QPushButton()
        self.follow.setCheckable(True)
        self.follow.setToolTip(
            tr("Be told when a partner brings new information about this person")
        )
        self.follow.setAccessibleName(tr("Follow this person"))
        self.follow.toggled.connect(self._on_follow_toggled)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.follow)
        head.addLayout(name_row)
        self.set_following(False)
        head.addLayout(self.identity)
        head.addWidget(self.variants)
        self.flags = QLabel()
        self.flags.setObjectName("riskFlags")
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName(tr("Risk flags"))
        self.consent = QLabel()
        self.consent.setObjectName("consentSummary")
        self.consent.setWordWrap(True)
        self.consent.setAccessibleName(tr("Consent summary"))
        self.team_line = QLabel()
        self.team_line.setObjectName("teamSummary")
        self.team_line.setWordWrap(True)
        self.team_line.setAccessibleName(tr("Lead professional and team"))
        head.addWidget(self.flags)
        head.addWidget(self.team_line)
        head.addWidget(self.consent)
        head.addLayout(self.known_to)
        outer.addWidget(header)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Citizen record sections"))
        self.tabs.tabBar().setAccessibleName(tr("Sections of the record"))
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
        self.chronology_model = ChronologyModel(self)
        self.chronology_proxy = QSortFilterProxyModel(self)
        self.chronology_proxy.setSourceModel(self.chronology_model)
        self.chronology_proxy.setSortRole(SORT_KEY_ROLE)
        self.chronology = QTableView()
        self.chronology.setModel(self.chronology_proxy)
        self.chronology.setAccessibleName(tr("Multi-agency chronology"))
        self.chronology.setSortingEnabled(True)
        self.chronology.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chronology.setAlternatingRowColors(True)
        self.chronology.verticalHeader().setVisible(False)
        self.chronology.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.newest_first = True
        """The chronology's order by date (a preference, remembered)."""
        self.chronology.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.chronology_bar = ChronologyBar()
        self.chronology_bar.sig_changed.connect(self._apply_chronology_filter)
        self.chronology_pane = QWidget()
        pane = QVBoxLayout(self.chronology_pane)
        pane.addWidget(self.chronology_bar)
        pane.addWidget(self.chronology, 1)
        self.chronology_shown: tuple[Item, ...] = ()
        """The chronology entries the filter keeps: what an export writes."""
        self.people = QWidget()
        self.family = QTreeWidget()
        self.family.setAccessibleName(tr("Household and family"))
        self.family.setHeaderLabels(
            [tr("Who"), tr("Name"), tr("Date of birth"), tr("Known from"), tr("Current risks")]
        )
        self.family.setRootIsDecorated(False)
        self.family.setToolTip(tr("Enter or double-click opens the person's page"))
        self.family.itemActivated.connect(self._on_family_activated)
        self.team = QTreeWidget()
        self.team.setAccessibleName(tr("Team around the person"))
        self.team.setHeaderLabels(
            [tr("Role"), tr("Name and contact"), tr("Agency"), tr("Last involved")]
        )
        self.team.setRootIsDecorated(False)
        people = QVBoxLayout(self.people)
        self.family_caption = QLabel(tr("Household and famil&y"))
        self.family_caption.setBuddy(self.family)
        self.team_caption = QLabel(tr("Professionals: the &team around the person"))
        self.team_caption.setBuddy(self.team)
        for widget in (self.family_caption, self.family, self.team_caption, self.team):
            people.addWidget(widget)
        self.access = AccessTab()
        self.records = RecordsTab()
        self.notes = NotesTab()
        self.activity = ActivityTab()
        self.updated = QLabel()
        self.updated.setObjectName("agenciesUpdated")
        self.updated.setWordWrap(True)
        self.updated.setAccessibleName(tr("When each agency last updated its picture"))
        self.overview = QWidget()
        overview = QVBoxLayout(self.overview)
        overview.setContentsMargins(0, 4, 0, 0)
        self.recent_caption = QLabel()
        self.recent = QTreeWidget()
        self.recent.setAccessibleName(tr("What happened in the last 90 days"))
        self.recent.setHeaderLabels([tr("Date"), tr("Agency"), tr("What happened")])
        self.recent.setRootIsDecorated(False)
        self.recent.setUniformRowHeights(True)
        self.recent.setToolTip(tr("Newest first; the Chronology tab has everything"))
        overview.addWidget(self.updated)
        overview.addWidget(self.recent_caption)
        overview.addWidget(self.recent)
        overview.addWidget(self.needs, 1)
        self.tabs.addTab(self.overview, tr("&Overview"))
        self.tabs.addTab(self.chronology_pane, tr("&Chronology"))
        self.tabs.addTab(self.people, tr("&People"))
        self.tabs.addTab(self.notes, tr("Notes and &tasks"))
        self.tabs.addTab(self.access, tr("&Access"))
        self.tabs.addTab(self.records, tr("&Records"))
        self.tabs.addTab(self.activity, tr("Acti&vity"))
        outer.addWidget(self.tabs, 1)

    def set_following(self, following: bool) -> None:
        self.follow.blockSignals(True)
        self.follow.setChecked(following)
        self.follow.setText("★ " + tr("Following") if following else "☆ " + tr("Fo&llow"))
        self.follow.blockSignals(False)

    def _on_follow_toggled(self, following: bool) -> None:
        self.set_following(following)
        if self.view is not None:
            self.sig_follow_changed.emit(self.view.citizen_id, following)

    def show_currency(
        self, currency: tuple[PartnerCurrency, ...], syncing: frozenset[str] = frozenset()
    ) -> None:
        """Say which partners' pictures of this person may be incomplete or old."""
        self.currency_banner.show_currency(currency, syncing)
        self.updated.setText(updated_words(currency))

    def if_shown(self, citizen_id: int, apply: Callable[[T], None]) -> Callable[[T], None]:
        """`apply`, but only while `citizen_id` is still the person on the page (work loaded
        for them off the GUI thread may finish after the user moved on)."""

        def shown(result: T) -> None:
            if self.view is not None and self.view.citizen_id == citizen_id:
                apply(result)

        return shown

    def show_records(self, records: list[LinkedRecord]) -> None:
        self.records.show_records(records)
        self.tabs.setTabText(
            self.tabs.indexOf(self.records), tr("&Records ({count})", count=len(records))
        )

    def clear(self) -> None:
        """Forget the person shown (the store is locked): nothing of them stays in the page."""
        self.view = None
        self.chronology_shown = ()
        self.name.clear()
        self.recent.clear()
        self.recent_caption.clear()
        self.currency_banner.show_currency(())
        self.updated.clear()
        _clear(self.identity)
        _clear(self.known_to)
        for label in (self.variants, self.flags, self.consent, self.team_line):
            label.clear()
        for tree in (self.needs, self.family, self.team):
            tree.clear()
        self.chronology_model.set_items(())
        self.notes.show_entries([])
        self.activity.show_activity([])
        self.records.show_records([])

    def show_activity(self, entries: list[AuditRecord]) -> None:
        self.activity.show_activity(entries)
        self.tabs.setTabText(
            self.tabs.indexOf(self.activity), tr("Acti&vity ({count})", count=len(entries))
        )

    def show_entries(self, entries: list[TeamEntryView]) -> None:
        self.notes.show_entries(entries)
        self.tabs.setTabText(
            self.tabs.indexOf(self.notes), tr("Notes and &tasks ({count})", count=len(entries))
        )

    def show_view(self, view: CitizenView) -> None:
        self.view = view
        ident = view.identity
        self.name.setText(ident.name.preferred.value if ident.name.preferred else tr("(no name)"))
        self._fill_identity(view)
        self._fill_known_to(view)
        self._fill_flags(view)
        self._fill_needs(view)
        agencies = {i.source.partner_id: i.source.partner_name for i in view.chronology}
        self.chronology_bar.set_agencies(sorted(agencies.items(), key=lambda a: a[1]))
        present = {i.domain for i in view.chronology}
        self.chronology_bar.set_types([d for d in DOMAINS if d in present])
        self._apply_chronology_filter()
        self._fill_team(view)
        self.fill_recent(view)
        self.access.show_view(view)
        held = sum(h.count for h in view.hidden)
        self.tabs.setTabText(
            self.tabs.indexOf(self.access),
            tr("&Access ({count} held back)", count=held) if held else tr("&Access"),
        )

    def set_newest_first(self, newest_first: bool) -> None:
        if newest_first != self.newest_first:
            self.newest_first = newest_first
            self._sort_chronology()

    def _sort_chronology(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.newest_first else Qt.SortOrder.AscendingOrder
        self.chronology.sortByColumn(0, order)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        newest = order == Qt.SortOrder.DescendingOrder
        if column == 0 and newest != self.newest_first:
            self.newest_first = newest
            self.sig_chronology_order.emit(newest)

    def _apply_chronology_filter(self) -> None:
        if self.view is None:
            return
        total = len(self.view.chronology)
        self.chronology_shown = filtered(self.view.chronology, self.chronology_bar.rule())
        self.chronology_model.set_items(self.chronology_shown)
        self._sort_chronology()
        self.chronology.resizeColumnsToContents()
        for column, widest in CHRONOLOGY_WIDEST.items():  # the details keep the room
            self.chronology.setColumnWidth(column, min(self.chronology.columnWidth(column), widest))
        shown = len(self.chronology_shown)
        self.tabs.setTabText(
            self.tabs.indexOf(self.chronology_pane),
            tr("&Chronology ({count})", count=total)
            if shown == total
            else tr("&Chronology ({shown} of {count})", shown=shown, count=total),
        )

    def _fill_identity(self, view: CitizenView) -> None:
        _clear(self.identity)
        ident = view.identity
        born = ident.birth_date.preferred
        rows: list[tuple[str, IdentityField[Any], str]] = [
            (tr("Name"), ident.name, ident.name.preferred.value if ident.name.preferred else "—"),
            (
                tr("Date of birth"),
                ident.birth_date,
                _birth_text(born) if born else tr("not known"),
            ),
            (
                tr("NHS number"),
                ident.nhs_number,
                _format_nhs(ident.nhs_number.preferred.value)
                if ident.nhs_number.preferred
                else tr("not held"),
            ),
            (
                tr("Address"),
                ident.address,
                ident.address.preferred.value if ident.address.preferred else tr("not known"),
            ),
        ]
        for caption, extra in (
            (tr("Other names"), ident.other_names),
            (tr("Identifiers"), ident.identifiers),
        ):  # one row each where held, every source's on it: ordinary facts, not discrepancies
            sources = [*([extra.preferred] if extra.preferred else []), *extra.variants]
            if sources:
                text = " · ".join(
                    tr("{value} ({partner})", value=str(h.value), partner=h.source.partner_name)
                    for h in sources
                )
                rows.append((caption, IdentityField(None), text))
        shown_source: str | None = None
        for index, (caption, field, text) in enumerate(rows):
            # Name and date of birth side by side, then NHS number and address: a compact
            # header leaves the first screen to risks, the team and what happened. Longer
            # rows (other names, identifiers) take the whole width below.
            paired = index < IDENTITY_PAIRED
            row = index // 2 if paired else IDENTITY_PAIRED // 2 + index - IDENTITY_PAIRED
            base = (index % 2) * 4 if paired else 0
            key = QLabel(caption + ":")
            value = QLabel(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption)
            value.setWordWrap(not paired)
            key.setBuddy(value)
            self.identity.addWidget(key, row, base)
            if paired:
                self.identity.addWidget(value, row, base + 1)
            else:
                self.identity.addWidget(value, row, 1, 1, 7)
            if field.preferred is not None:
                source = field.preferred.source
                value.setToolTip(reasons_text(field.preferred.access, source.partner_name))
                if source.partner_id != shown_source:  # one chip where the source changes
                    self.identity.addWidget(SourceChip(source), row, base + 2)
                shown_source = source.partner_id
                self.identity.addWidget(
                    AccessChip(field.preferred.access, source.partner_name), row, base + 3
                )
        self.identity.setColumnStretch(1, 1)
        self.identity.setColumnStretch(5, 1)
        variants = []
        unverified = ident.unverified_numbers  # an exception: said where exceptions are
        for sourced in [
            *([unverified.preferred] if unverified.preferred else []),
            *unverified.variants,
        ]:
            variants.append(
                tr(
                    "{what} “{value}” ({partner})",
                    what=tr("NHS number, unverified"),
                    value=str(sourced.value),
                    partner=sourced.source.partner_name,
                )
            )
        for caption, field in (
            (tr("name"), ident.name),
            (tr("date of birth"), ident.birth_date),
            (tr("address"), ident.address),
        ):
            for other in field.variants:
                shown = (
                    _birth_text(other, with_age=False)
                    if isinstance(other.value, date)
                    else other.value
                )
                variants.append(
                    tr(
                        "{what} “{value}” ({partner})",
                        what=caption,
                        value=shown,
                        partner=other.source.partner_name,
                    )
                )
        for caption, field in (
            (tr("NHS number"), ident.nhs_number),
            (tr("name"), ident.name),
            (tr("date of birth"), ident.birth_date),
            (tr("address"), ident.address),
        ):
            for held in field.held_back:
                variants.append(
                    tr(
                        "{what} held by {partner}: on request",
                        what=caption,
                        partner=held.source.partner_name,
                    )
                )
        self.variants.setText(
            tr("Also recorded as: {list}", list="; ".join(variants)) if variants else ""
        )
        self.variants.setVisible(bool(variants))

    def _fill_flags(self, view: CitizenView) -> None:
        """Risks first, in words (never colour alone), then where consent stands."""
        own = _counted(
            tr("{risk} ({partner})", risk=r.title, partner=r.source.partner_name)
            for r in view.risks()
        )
        lines = [
            "⚠ " + tr("Risks: {list}", list=_first(own))
            if own
            else tr("No risks recorded by partners.")
        ]
        by_member: dict[HouseholdMember, list[str]] = {}
        for r in view.household_risks:
            by_member.setdefault(r.member, []).append(r.item.title)
        around = [
            tr(
                "{person}: {risks}",
                person=_member_words(member),
                risks=_first(_counted(titles), shown=1),
            )
            for member, titles in by_member.items()
        ]
        if around:
            lines.append("⚠ " + tr("In the household: {list}", list=_first(around)))
        self.flags.setText("\n".join(lines))
        latest: dict[tuple[str, str], tuple[object, str]] = {}
        for c in sorted(view.consents, key=lambda c: c.recorded_on):
            latest[(c.provider, c.purpose)] = (c.recorded_on, c.state)
        if not latest:
            self.consent.setText(tr("Consent: no decisions recorded."))
            return
        parts = [
            tr(
                "{state} for {partner} ({purpose})",
                state=labels.consent_state(state),
                partner=ORGANISATIONS.get(provider, provider),
                purpose=labels.purpose(purpose),
            )
            for (provider, purpose), (_, state) in sorted(latest.items())
        ]
        self.consent.setText(tr("Consent: {list}.", list="; ".join(parts)))

    def _fill_known_to(self, view: CitizenView) -> None:
        _clear(self.known_to)
        caption = self.known_to_caption = QLabel(
            plural(len(view.agencies), "Known to {count} agency:", "Known to {count} agencies:")
        )
        self.known_to.addWidget(caption)
        seen: set[str] = set()
        for source in view.records:
            if source.partner_id not in seen:
                seen.add(source.partner_id)
                self.known_to.addWidget(SourceChip(source))
        self.known_to.addStretch(1)

    def _fill_needs(self, view: CitizenView) -> None:
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
        for column in range(5):
            self.needs.resizeColumnToContents(column)
        self.needs.setColumnWidth(0, min(self.needs.columnWidth(0), NEED_COLUMN_MAX))
        total = sum(len(g.items) for g in view.needs_and_risks) + len(view.household_risks)
        self.tabs.setTabText(
            self.tabs.indexOf(self.overview), tr("&Overview ({count})", count=total)
        )

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
                    "{person}: {risk}", person=_member_words(risk.member), risk=risk.item.title
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

    def _fill_team(self, view: CitizenView) -> None:
        self.team.clear()
        team = sorted(view.team, key=lambda i: (not _is_lead(i), i.source.partner_name))
        for item in team:
            role = (
                ("★ " + tr("Lead professional: {role}", role=item.title))
                if _is_lead(item)
                else item.title
            )
            row = QTreeWidgetItem(
                [
                    role,
                    item.detail or tr("(not shared)"),
                    item.source.partner_name,
                    item.on.strftime("%d/%m/%Y") if item.on else "—",
                ]
            )
            row.setData(0, ITEM_ROLE, item)
            row.setToolTip(1, row.text(1))
            self.team.addTopLevelItem(row)
        for column in range(4):
            self.team.resizeColumnToContents(column)
        self.team.setColumnWidth(1, min(self.team.columnWidth(1), 380))
        self.team_line.setText(_team_words(team))
        self.family.clear()
        for member in view.household:
            who = labels.relation(member.relation) if member.relation else tr("Same address")
            if member.relation and member.same_address:
                who = tr("{relation}, same address", relation=who)
            born = labels.born(member.birth_date)
            theirs = [r.item for r in view.household_risks if r.member == member]
            row = QTreeWidgetItem(
                [
                    who,
                    member.name or tr("(name not shared)"),
                    born,
                    ", ".join(member.sources),
                    "⚠ " + _first(_counted(i.title for i in theirs)) if theirs else "",
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, member.citizen_id)
            row.setToolTip(3, row.text(3))
            row.setToolTip(4, row.text(4))
            if member.citizen_id is None:
                row.setToolTip(1, tr("Named by a partner; no record of this person is held"))
            self.family.addTopLevelItem(row)
        for column in range(5):
            self.family.resizeColumnToContents(column)
        self.family.setColumnWidth(3, min(self.family.columnWidth(3), 240))
        self.family_caption.setText(
            plural(
                len(view.household),
                "Household and famil&y ({count})",
                "Household and famil&y ({count})",
            )
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.people),
            tr("&People ({count})", count=len(view.household) + len(view.team)),
        )

    def _on_family_activated(self, item: QTreeWidgetItem) -> None:
        citizen = item.data(0, Qt.ItemDataRole.UserRole)
        if citizen is not None:
            self.sig_citizen_requested.emit(int(citizen))
