"""CitizenPage: the joined-up view of one person on one page.

Above everything, which partners' pictures may be incomplete or old; then the header:
identity (each value with the partner it came from, exceptions to full access marked), the
person's risks and the household's, the lead professional, consent, and who knows them.
Then tabs: the Overview (ui.person.overview_tab), the multi-agency chronology, People
(ui.person.people_tab), notes and tasks, access, the partner records the view is built from,
and activity.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
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
from caseworker.views.provenance import Source, Sourced
from caseworker.views.vocabulary import DOMAINS, ORGANISATIONS
from caseworker.words import language_name
from ui import labels, language
from ui.frontdoor.words import front_door_line
from ui.i18n import INTERFACE, plural, tr
from ui.person.access_tab import AccessTab
from ui.person.activity_tab import ActivityTab
from ui.person.chronology_bar import ChronologyBar
from ui.person.chronology_model import ChronologyModel
from ui.person.currency_banner import CurrencyBanner, updated_words
from ui.person.identity_rows import IdentityRow, IdentityRows
from ui.person.notes_tab import NotesTab
from ui.person.overview_tab import OverviewTab
from ui.person.people_tab import PeopleTab
from ui.person.records_tab import RecordsTab
from ui.person.words import counted, first, member_words, team_words
from ui.widgets.flow import FlowLayout
from ui.widgets.lists import set_empty_text
from ui.widgets.roles import SORT_KEY_ROLE
from ui.widgets.scrolling import vertical_scroll
from ui.widgets.source_chip import SourceChip
from ui.widgets.titles import make_title

T = TypeVar("T")
CHRONOLOGY_WIDEST = {1: 170, 2: 220, 4: 120}
"""Agency, event and access stop here: the details column has the rest of the width."""
SIZING_ROWS = 40
"""Rows of the chronology (besides those in sight) its columns are sized to fit."""
TAB_LINES = 14
"""Lines of text the tabs always have room for."""


def _birth_text(born: Sourced[Any], *, with_age: bool = True) -> str:
    """A birth date as this viewer may see it: the year alone when masked to the year."""
    value: date = born.value
    if born.access is not None and born.access.masking == "year_of_birth":
        return tr("{year} (year only)", year=value.year)
    text = value.strftime("%d/%m/%Y")
    return labels.born(value) if with_age else text


def _format_nhs(number: str) -> str:
    return f"{number[:3]} {number[3:6]} {number[6:]}"


@dataclass(frozen=True)
class PersonTabs:
    """The person page's tabs and its chronology's filter bar, which can be built apart from
    the page around them: the window builds the two in steps of their own after its first
    paint, each some 40 ms the first time (PySide6 makes the types of the Qt classes and
    enums they use as they are first used)."""

    people: PeopleTab
    access: AccessTab
    records: RecordsTab
    notes: NotesTab
    activity: ActivityTab
    overview: OverviewTab
    chronology_bar: ChronologyBar

    @classmethod
    def build(cls) -> PersonTabs:
        return cls(
            PeopleTab(),
            AccessTab(),
            RecordsTab(),
            NotesTab(),
            ActivityTab(),
            OverviewTab(),
            ChronologyBar(),
        )


class CitizenPage(QWidget):
    """Shows one CitizenView. Holds no store access: its controllers load views and pass them."""

    sig_follow_changed = Signal(int, bool)
    sig_citizen_requested = Signal(int)
    sig_chronology_order = Signal(bool)
    """The user turned the chronology round: True for newest first."""

    def __init__(self, parent: QWidget | None = None, *, tabs: PersonTabs | None = None) -> None:
        """`tabs`: the tabs, built beforehand (the window builds them as a step of its own);
        built here when not given."""
        super().__init__(parent)
        parts = tabs if tabs is not None else PersonTabs.build()
        self.view: CitizenView | None = None
        content = QWidget()
        outer = QVBoxLayout(content)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(vertical_scroll(content))  # at large text sizes the page scrolls
        self.currency_banner = CurrencyBanner()
        outer.addWidget(self.currency_banner)
        header = QFrame()
        header.setObjectName("citizenHeader")
        head = QVBoxLayout(header)
        self.name = QLabel()
        self.name.setObjectName("citizenName")
        make_title(self.name)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setAccessibleName(tr("Person's name"))
        self.identity = QGridLayout()
        self.identity.setHorizontalSpacing(12)
        self.identity_rows = IdentityRows(self.identity)
        self.known_to = FlowLayout(spacing=6)  # the agencies' chips fold onto a second line
        self.known_to_caption = QLabel()
        self.known_to.addWidget(self.known_to_caption)
        self.known_to_chips: list[SourceChip] = []
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
        set_empty_text(
            self.chronology,
            tr(
                "No events to show: none are shared about this person, or none fall in the "
                "dates and agencies chosen above."
            ),
        )
        self.chronology.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Columns fit the rows in sight and SIZING_ROWS more, not every row of a long history:
        # Qt asks each cell for several things to size it (0.1 s for 208 rows).
        self.chronology.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.newest_first = True
        """The chronology's order by date (a preference, remembered)."""
        self.chronology.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.chronology_bar = parts.chronology_bar
        self.chronology_bar.sig_changed.connect(self._apply_chronology_filter)
        self.chronology_pane = QWidget()
        pane = QVBoxLayout(self.chronology_pane)
        pane.addWidget(self.chronology_bar)
        pane.addWidget(self.chronology, 1)
        self.chronology_shown: tuple[Item, ...] = ()
        """The chronology entries the filter keeps: what an export writes."""
        self.people = parts.people
        self.people.sig_citizen_requested.connect(self.sig_citizen_requested)
        self.family, self.team = self.people.family, self.people.team
        self.access = parts.access
        self.records = parts.records
        self.notes = parts.notes
        self.activity = parts.activity
        self.overview = parts.overview
        self.needs, self.recent = self.overview.needs, self.overview.recent
        self.updated, self.recent_caption = self.overview.updated, self.overview.recent_caption
        self.tabs.addTab(self.overview, tr("Overview"))
        self.tabs.addTab(self.chronology_pane, tr("Chronology"))
        self.tabs.addTab(self.people, tr("People"))
        self.tabs.addTab(self.notes, tr("Notes and tasks"))
        self.tabs.addTab(self.access, tr("Access"))
        self.tabs.addTab(self.records, tr("Records"))
        self.tabs.addTab(self.activity, tr("Activity"))
        for index in range(self.tabs.count()):  # the keyboard map's Alt+1 … Alt+7
            self.tabs.setTabToolTip(index, tr("Alt+{number}", number=index + 1))
        outer.addWidget(self.tabs, 1)
        self._keep_room_for_tabs()

    def _keep_room_for_tabs(self) -> None:
        """The tabs keep room for about a dozen lines of a list at any text size; past that,
        the page scrolls rather than squeeze them."""
        self.tabs.setMinimumHeight(self.fontMetrics().lineSpacing() * TAB_LINES)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._keep_room_for_tabs()
        super().changeEvent(event)

    def set_following(self, following: bool) -> None:
        self.follow.blockSignals(True)
        self.follow.setChecked(following)
        self.follow.setText("★ " + tr("Following") if following else "☆ " + tr("F&ollow"))
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
            self.tabs.indexOf(self.records), tr("Records ({count})", count=len(records))
        )

    def clear(self) -> None:
        """Forget the person shown (the store is locked): nothing of them stays in the page."""
        self.view = None
        self.chronology_shown = ()
        self.name.clear()
        self.overview.clear()
        self.people.clear()
        self.currency_banner.show_currency(())
        self.identity_rows.clear()
        self.known_to_caption.clear()
        for chip in self.known_to_chips:
            chip.blank()
        for label in (self.variants, self.flags, self.consent, self.team_line):
            label.clear()
        self.chronology_model.set_items(())
        self.notes.show_entries([])
        self.activity.show_activity([])
        self.records.show_records([])

    def show_activity(self, entries: list[AuditRecord]) -> None:
        self.activity.show_activity(entries)
        self.tabs.setTabText(
            self.tabs.indexOf(self.activity), tr("Activity ({count})", count=len(entries))
        )

    def show_entries(self, entries: list[TeamEntryView]) -> None:
        self.notes.show_entries(entries)
        self.tabs.setTabText(
            self.tabs.indexOf(self.notes), tr("Notes and tasks ({count})", count=len(entries))
        )

    def show_view(self, view: CitizenView) -> None:
        self.view = view
        ident = view.identity
        self.name.setText(ident.name.preferred.value if ident.name.preferred else tr("(no name)"))
        self._fill_identity(view)
        self._fill_known_to(view)
        self._fill_flags(view)
        self.tabs.setTabText(
            self.tabs.indexOf(self.overview),
            tr("Overview ({count})", count=self.overview.show_view(view)),
        )
        agencies = {i.source.partner_id: i.source.partner_name for i in view.chronology}
        self.chronology_bar.set_agencies(sorted(agencies.items(), key=lambda a: a[1]))
        present = {i.domain for i in view.chronology}
        self.chronology_bar.set_types([d for d in DOMAINS if d in present])
        self._apply_chronology_filter()
        self.team_line.setText(team_words(self.people.show_view(view)))
        self.tabs.setTabText(
            self.tabs.indexOf(self.people),
            tr("People ({count})", count=len(view.household) + len(view.team)),
        )
        self.access.show_view(view)
        held = sum(h.count for h in view.hidden)
        self.tabs.setTabText(
            self.tabs.indexOf(self.access),
            tr("Access ({count} held back)", count=held) if held else tr("Access"),
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
            tr("Chronology ({count})", count=total)
            if shown == total
            else tr("Chronology ({shown} of {count})", shown=shown, count=total),
        )

    def _fill_identity(self, view: CitizenView) -> None:
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
        for caption, extra, worded in (
            (tr("Other names"), ident.other_names, str),
            (tr("Identifiers"), ident.identifiers, str),
            (
                tr("Preferred language"),
                ident.preferred_language,
                lambda code: language_name(code, INTERFACE),
            ),
        ):  # one row each where held, every source's on it: ordinary facts, not discrepancies
            sources = [*([extra.preferred] if extra.preferred else []), *extra.variants]
            if extra is ident.preferred_language and {h.value for h in sources} == {
                language.current()
            }:  # the interface's own language goes without saying: only a difference shows
                continue
            if sources:
                text = " · ".join(
                    tr("{value} ({partner})", value=worded(h.value), partner=h.source.partner_name)
                    for h in sources
                )
                rows.append((caption, IdentityField(None), text))
        self.identity_rows.show(
            [
                IdentityRow(caption, text)
                if field.preferred is None
                else IdentityRow(caption, text, field.preferred.source, field.preferred.access)
                for caption, field, text in rows
            ]
        )
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
        own = counted(
            tr("{risk} ({partner})", risk=r.title, partner=r.source.partner_name)
            for r in view.risks()
        )
        lines = [
            "⚠ " + tr("Risks: {list}", list=first(own))
            if own
            else tr("No risks recorded by partners.")
        ]
        by_member: dict[HouseholdMember, list[str]] = {}
        for r in view.household_risks:
            by_member.setdefault(r.member, []).append(r.item.title)
        around = [
            tr(
                "{person}: {risks}",
                person=member_words(member),
                risks=first(counted(titles), shown=1),
            )
            for member, titles in by_member.items()
        ]
        if around:
            lines.append("⚠ " + tr("In the household: {list}", list=first(around)))
        lines[:0] = [front_door_line(r) for r in view.front_door]  # the most pressing first
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
        """The caption and a chip per agency, reused from the person before (no widgets made
        for each person: docs/performance.md, "Opening a person")."""
        self.known_to_caption.setText(
            plural(len(view.agencies), "Known to {count} agency:", "Known to {count} agencies:")
        )
        self.known_to_caption.show()
        seen: dict[str, Source] = {}
        for source in view.records:
            seen.setdefault(source.partner_id, source)
        for index, source in enumerate(seen.values()):
            if index == len(self.known_to_chips):
                self.known_to_chips.append(SourceChip(source))
                self.known_to.addWidget(self.known_to_chips[-1])
            else:
                self.known_to_chips[index].show_source(source)
            self.known_to_chips[index].show()
        for chip in self.known_to_chips[len(seen) :]:
            chip.blank()
