"""AccessTab: for one citizen, what this user may see from each provider, and why not.

One line per provider (its agreement and lawful basis, in words), the matrix of fields by
provider in which only the exceptions are marked, a legend behind a link, the records held
back (counted, never described), and the citizen's consents with a button to record a new
decision.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.views.citizen import CitizenView
from caseworker.views.vocabulary import ORGANISATIONS, Decision
from ui import labels
from ui.access_words import QUIET_KINDS, chip_text, reasons_text, sharing_summary
from ui.i18n import N_, plural, tr

LEGEND = (
    ("● ", N_("Full"), N_("you may see the value as the provider holds it (no label shown)")),
    ("■ ", N_("Own record"), N_("your organisation's own record (no label shown)")),
    (
        "◐ ",
        N_("Masked"),
        N_("only a stated part: year of birth, postcode district, category or initials"),
    ),
    ("◌ ", N_("On request"), N_("it exists; the provider releases it if you ask, with a reason")),
    (
        "⊘ ",
        N_("Consent needed"),
        N_("shared only while the citizen's consent is recorded as given"),
    ),
    ("⚠ ", N_("Break glass available"), N_("may be seen in an emergency, with a recorded reason")),
    ("◷ ", N_("Expired"), N_("the agreement that shared it is no longer in force")),
    ("✕ ", N_("Not shared"), N_("no agreement shares it with your organisation and role")),
)


def level_word(level: str) -> str:
    return {
        "full": "● " + tr("Full"),
        "masked": "◐ " + tr("Masked"),
        "on_request": "◌ " + tr("On request"),
        "withheld": "✕ " + tr("Not shared"),
    }.get(level, level)


def legend_text() -> str:
    return "   ".join(f"{glyph}{tr(word)}: {tr(meaning)}" for glyph, word, meaning in LEGEND)


class AccessTab(QWidget):
    sig_record_consent = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.legend = QLabel(legend_text())
        self.legend.setWordWrap(True)
        self.legend.setObjectName("accessLegend")
        self.legend.setAccessibleName(tr("What the access labels mean"))
        self.legend.setVisible(False)  # behind the link: the exceptions come first
        self.legend_link = QPushButton(tr("What do these labels &mean?"))
        self.legend_link.setFlat(True)
        self.legend_link.setCheckable(True)
        self.legend_link.setObjectName("legendLink")
        self.legend_link.toggled.connect(self.legend.setVisible)
        self.sharing = QLabel()
        self.sharing.setWordWrap(True)
        self.sharing.setObjectName("sharingSummary")
        self.sharing.setAccessibleName(tr("What each provider shares with you, and why"))
        self.sharing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quiet_note = QLabel(
            tr("A blank cell is shared with you in full; only the exceptions are marked.")
        )
        self.quiet_note.setWordWrap(True)
        self.matrix = QTableWidget()
        self.matrix.setAccessibleName(tr("Access to each field, by provider"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setDefaultSectionSize(22)
        self.hidden = QLabel()
        self.hidden.setWordWrap(True)
        self.hidden.setAccessibleName(tr("Records held back"))
        self.consents = QTreeWidget()
        self.consents.setAccessibleName(tr("Consent decisions"))
        self.consents.setHeaderLabels(
            [
                tr("Provider"),
                tr("Purpose"),
                tr("Decision"),
                tr("When"),
                tr("Recorded by"),
                tr("How"),
            ]
        )
        self.consents.setRootIsDecorated(False)
        self.consents.setMaximumHeight(110)
        self.record_consent = QPushButton(tr("Record &consent…"))
        self.record_consent.setToolTip(tr("Record the citizen's consent decision for a provider"))
        self.record_consent.clicked.connect(self.sig_record_consent.emit)
        consent_row = QHBoxLayout()
        self.consent_summary = QLabel()
        self.consent_summary.setWordWrap(True)
        consent_row.addWidget(self.consent_summary, 1)
        consent_row.addWidget(self.record_consent)
        layout.addWidget(self.sharing)
        notes = QHBoxLayout()
        notes.addWidget(self.quiet_note, 1)
        notes.addWidget(self.legend_link, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(notes)
        layout.addWidget(self.legend)
        layout.addWidget(self.matrix, 1)
        layout.addWidget(self.hidden)
        layout.addLayout(consent_row)
        layout.addWidget(self.consents)

    def show_view(self, view: CitizenView) -> None:
        providers = sorted({c.provider for c in view.access_matrix})
        fields = list(dict.fromkeys(c.field for c in view.access_matrix))
        names = {c.provider: c.partner_name for c in view.access_matrix}
        self.matrix.clear()
        self.matrix.setRowCount(len(fields))
        self.matrix.setColumnCount(len(providers))
        agencies = {r.partner_id: r.agency for r in view.records}
        self.matrix.setHorizontalHeaderLabels(
            [labels.agency(agencies.get(p, p)) for p in providers]
        )
        for column, provider in enumerate(providers):
            header = self.matrix.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(names[provider])
        self.matrix.setVerticalHeaderLabels([labels.field(f) for f in fields])
        for cell in view.access_matrix:
            text, kind = chip_text(cell.decision)
            if kind in QUIET_KINDS:
                text = ""  # shared in full, or the user's own: the usual case, left unsaid
            if cell.field.startswith("record.") and cell.decision.state != "own":
                # Over this person's records from the provider: each exception, with how many.
                text = "; ".join(
                    f"{level_word(level)} ({n})" for level, n in cell.levels if level != "full"
                )
            item = QTableWidgetItem(text)
            item.setToolTip(reasons_text(cell.decision, cell.partner_name))
            self.matrix.setItem(fields.index(cell.field), providers.index(cell.provider), item)
        decisions: dict[str, list[Decision]] = {}
        for cell in view.access_matrix:
            decisions.setdefault(cell.provider, []).append(cell.decision)
        summaries = [sharing_summary(names[p], decisions[p]) for p in providers]
        self.sharing.setText(
            tr(
                "Lawful basis — {providers}.",
                providers="  ·  ".join(short for short, _ in summaries),
            )
            if summaries
            else tr("No partner shares records of this person.")
        )
        self.sharing.setToolTip("\n".join(full for _, full in summaries))
        self.sharing.setAccessibleDescription(self.sharing.toolTip())
        lines = []
        for hidden in view.hidden:
            why = chip_text(hidden.decision)[0]
            clause = hidden.decision.reasons[0].clause if hidden.decision.reasons else "—"
            lines.append(
                plural(
                    hidden.count,
                    "{count} record from {partner} is held back — {why} (clause {clause}).",
                    "{count} records from {partner} are held back — {why} (clause {clause}).",
                    partner=hidden.partner_name,
                    why=why,
                    clause=clause,
                )
            )
        self.hidden.setText(
            "\n".join(lines) or tr("Nothing held for this person is held back from you.")
        )
        self.consents.setVisible(bool(view.consents))
        self.consents.clear()
        self.consent_summary.setText(
            plural(
                len(view.consents),
                "{count} consent decision on record:",
                "{count} consent decisions on record:",
            )
            if view.consents
            else tr("No consent decisions are on record for this person.")
        )
        for consent in reversed(view.consents):
            self.consents.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        ORGANISATIONS.get(consent.provider, consent.provider),
                        labels.purpose(consent.purpose),
                        labels.consent_state(consent.state),
                        consent.recorded_on.strftime("%d/%m/%Y"),
                        consent.recorded_by,
                        consent.method,
                    ]
                )
            )
