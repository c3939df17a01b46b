"""The People tab: the household and family (each with their current risks), and the
professionals around the person, the lead professional first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from caseworker.views.citizen import CitizenView, Item
from ui import labels
from ui.i18n import plural, tr
from ui.person.words import counted, first, is_lead
from ui.widgets.lists import fit_columns, set_empty_text
from ui.widgets.roles import ITEM_ROLE


class PeopleTab(QWidget):
    sig_citizen_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        fit_columns(self.team, 1)
        set_empty_text(
            self.team,
            tr(
                "No professionals are recorded as working with this person. Partners share "
                "the team around the person as involvement records."
            ),
        )
        set_empty_text(
            self.family,
            tr("No family is named by a partner, and no one else is held at this address."),
        )
        fit_columns(self.family, 3, 4)
        layout = QVBoxLayout(self)
        self.family_caption = QLabel(tr("Household and famil&y"))
        self.family_caption.setBuddy(self.family)
        self.team_caption = QLabel(tr("Professionals: the &team around the person"))
        self.team_caption.setBuddy(self.team)
        for widget in (self.family_caption, self.family, self.team_caption, self.team):
            layout.addWidget(widget)

    def clear(self) -> None:
        self.family.clear()
        self.team.clear()

    def show_view(self, view: CitizenView) -> list[Item]:
        """Fill the tab; returns the team, lead first (for the page's header)."""
        self.team.clear()
        team = sorted(view.team, key=lambda i: (not is_lead(i), i.source.partner_name))
        for item in team:
            role = (
                ("★ " + tr("Lead professional: {role}", role=item.title))
                if is_lead(item)
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
                    "⚠ " + first(counted(i.title for i in theirs)) if theirs else "",
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, member.citizen_id)
            row.setToolTip(3, row.text(3))
            row.setToolTip(4, row.text(4))
            if member.citizen_id is None:
                row.setToolTip(1, tr("Named by a partner; no record of this person is held"))
            self.family.addTopLevelItem(row)
        self.family_caption.setText(
            plural(
                len(view.household),
                "Household and famil&y ({count})",
                "Household and famil&y ({count})",
            )
        )
        return team

    def _on_family_activated(self, item: QTreeWidgetItem) -> None:
        citizen = item.data(0, Qt.ItemDataRole.UserRole)
        if citizen is not None:
            self.sig_citizen_requested.emit(int(citizen))
