"""View → Audit log: every entry of the hash-chained log, newest first, filtered by kind and
by words, with the result of checking the chain at the top."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.reading import KINDS, AuditRecord, ChainReport
from caseworker.views.vocabulary import ORGANISATIONS
from ui.i18n import N_, plural, said, tr
from ui.person.activity_tab import what_words
from ui.widgets.lists import row_list, set_empty_text

KIND_NAMES = {
    "sign_in": N_("Starts of the app"),
    "lock": N_("Locks"),
    "unlock": N_("Unlocks"),
    "search": N_("Searches"),
    "view": N_("Records opened"),
    "seen_in_household": N_("Risks seen on a household member's page"),
    "reveal": N_("Fields revealed"),
    "access_request": N_("Access requests"),
    "break_glass": N_("Emergency access"),
    "export": N_("Exports"),
    "link_decision": N_("Linking decisions"),
    "purge": N_("Data removed under agreements"),
    "settings": N_("Settings changes"),
    "note": N_("Notes"),
    "task": N_("Tasks"),
    "referral": N_("Referrals"),
    "follow": N_("Following"),
    "consent": N_("Consent decisions"),
    "emerging_need": N_("Emerging needs decisions"),
    "contact": N_("Contacts at the front door"),
    "enquiry": N_("Multi-agency enquiries"),
    "decision": N_("Front door decisions"),
}


def entry_words(entry: AuditRecord) -> str:
    """What an entry says, for entries that are not about one person too."""
    d = entry.detail
    if entry.kind == "search":
        return tr("Searched ({count} found)", count=d.get("results", 0))
    if entry.kind == "sign_in":
        return tr("Started Caseworker")
    if entry.kind == "lock":
        return tr("Locked the store")
    if entry.kind == "unlock":
        return tr("Unlocked the store")
    if entry.kind == "purge":
        return tr(
            "Removed {count} records shared by {partner}",
            count=d.get("records_removed", 0),
            partner=ORGANISATIONS.get(str(d.get("provider", "")), str(d.get("provider", ""))),
        )
    if entry.kind == "settings":
        return tr("Changed a setting: {what}", what=str(d.get("setting", "")))
    return what_words(entry)


class AuditPage(QDialog):
    def __init__(
        self,
        report: ChainReport,
        entries: list[AuditRecord],
        parent: QWidget | None = None,
        *,
        names: dict[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = names or {}
        self.setWindowTitle(tr("Audit log"))
        self.resize(900, 520)
        self.entries = entries
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(tr("Audit log check"))
        if report.ok:
            self.state.setText(
                "✓ "
                + plural(
                    report.entries,
                    "The log is intact: {count} entry, none changed, removed or reordered.",
                    "The log is intact: {count} entries, none changed, removed or reordered.",
                )
            )
        else:
            self.state.setText(
                "⚠ "
                + tr("The log has been altered: {problem}.", problem=said(report.problem or ""))
            )
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of entry"))
        self.kind.addItem(tr("Everything"), "")
        for kind in KINDS:
            self.kind.addItem(tr(KIND_NAMES.get(kind, kind)), kind)
        kind_label = QLabel(tr("&Show:"))
        kind_label.setBuddy(self.kind)
        self.words = QLineEdit()
        self.words.setAccessibleName(tr("Filter the audit log"))
        self.words.setPlaceholderText(tr("Who, what or record number"))
        self.words.setClearButtonEnabled(True)
        words_label = QLabel(tr("&Filter:"))
        words_label.setBuddy(self.words)
        self.list = row_list(
            tr("Audit log entries"),
            [tr("Entry"), tr("When"), tr("Who"), tr("Organisation"), tr("What"), tr("About")],
        )
        set_empty_text(self.list, tr("No entries match the kind and words chosen."))
        bar = QHBoxLayout()
        for widget in (kind_label, self.kind, words_label, self.words):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill())
        self.words.textChanged.connect(lambda _t: self._fill())
        self._fill()

    def _about(self, citizen_id: int | None) -> str:
        """The person an entry is about, by name where it is held, with their number."""
        if citizen_id is None:
            return ""
        name = self.names.get(citizen_id)
        return f"{name} ({citizen_id})" if name else tr("Person {number}", number=citizen_id)

    def _fill(self) -> None:
        kind = self.kind.currentData()
        words = self.words.text().lower().split()
        self.list.clear()
        for entry in self.entries:
            if kind and entry.kind != kind:
                continue
            row = [
                str(entry.seq),
                entry.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"),
                entry.actor,
                ORGANISATIONS.get(entry.org, entry.org),
                entry_words(entry),
                self._about(entry.citizen_id),
            ]
            if all(any(w in cell.lower() for cell in row) for w in words):
                item = QTreeWidgetItem(row)
                if entry.citizen_id is not None:
                    item.setToolTip(5, tr("Person number {number}", number=entry.citizen_id))
                self.list.addTopLevelItem(item)
        for column in range(5):
            self.list.resizeColumnToContents(column)
