"""AgreementsPage: every agreement held, its status, and its matrix of data classes by role."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker.services.authoring import Agreement
from caseworker.views.agreements import AgreementSummary
from caseworker.views.vocabulary import LAWFUL_BASES, ORGANISATIONS, ROLES
from ui import labels
from ui.access_words import masking_words
from ui.i18n import tr

_LEVEL_WORDS = {
    "full": "● Full",
    "on_request": "◌ On request",
    "denied": "✕ Never shared",
    "withheld": "✕ Not shared",
}


def level_words(level: str) -> str:
    """'required:masked:category_only, full' -> readable words for the matrix cell."""
    words = []
    for part in level.split(", "):
        condition = ""
        for prefix in ("required:", "override_with_reason:"):
            if part.startswith(prefix):
                condition, part = prefix[:-1], part.removeprefix(prefix)
        if part.startswith("masked:"):
            text = "◐ " + tr("Masked") + f" ({masking_words(part.removeprefix('masked:'))})"
        else:
            text = tr(_LEVEL_WORDS.get(part, part))
        if condition == "required":
            text += " " + tr("with consent")
        elif condition == "override_with_reason":
            text += " " + tr("by breaking the glass")
        words.append(text)
    return "; ".join(words)


HEADING_CHARS = 18
"""How wide a line of a column heading in the matrix may be, in characters."""


def recipient_words(recipient: str) -> str:
    org, _, role = recipient.partition(" / ")
    org_name = tr("Any organisation") if org == "*" else ORGANISATIONS.get(org, org)
    role_name = tr("any role") if role == "*" else ROLES.get(role, (org, role))[1]
    return f"{org_name}: {role_name}"


def _provider_name(doc: Agreement) -> str:
    """The provider as the agreement names it among its parties (a partner that is not one
    of the known organisations, such as a GP practice, is named there)."""
    named = next((p.name for p in doc.parties if p.org == doc.provider), None)
    return ORGANISATIONS.get(doc.provider) or named or doc.provider


class AgreementsPage(QDialog):
    """Non-modal: a worker keeps it open beside a citizen while in a meeting."""

    sig_import_requested = Signal()
    """Import a signed agreement from a file (for a partner that publishes none)."""
    sig_authoring = Signal(str)
    """For the provider's DPO: "draft" (from the template), "key" (a signing key), "sign"."""

    def __init__(self, summaries: list[AgreementSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Data-sharing agreements"))
        self.resize(1100, 650)
        self.summaries = summaries
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Agreements held"))
        self.list.setWordWrap(True)  # long titles wrap: nothing cut off at the side
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for summary in summaries:
            doc = summary.document
            item = QListWidgetItem(
                f"{labels.agreement_status(summary.status)}  {doc.title} (v{doc.version})"
            )
            item.setToolTip(_provider_name(doc))
            self.list.addItem(item)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(tr("Agreement details"))
        self.matrix = QTableWidget()
        self.matrix.setAccessibleName(tr("What each recipient role may see, by data class"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.matrix, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([380, 720])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        importing = close.addButton(
            tr("&Import a signed agreement…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        importing.setToolTip(
            tr("For a partner that publishes no agreements: a file its DPO signed")
        )
        importing.clicked.connect(self.sig_import_requested.emit)
        dpo = close.addButton(
            tr("For data protection &officers"), QDialogButtonBox.ButtonRole.ActionRole
        )
        menu = QMenu(dpo)
        for step, words in (
            ("draft", tr("New agreement from the template…")),
            ("key", tr("New signing key…")),
            ("sign", tr("Sign an agreement…")),
        ):
            menu.addAction(words).triggered.connect(
                lambda _checked=False, s=step: self.sig_authoring.emit(s)
            )
        dpo.setMenu(menu)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self.show_agreement)
        if summaries:
            self.list.setCurrentRow(0)
        else:
            self.details.setText(tr("No agreements are held yet. They arrive with the first sync."))

    def show_agreement(self, row: int) -> None:
        if not 0 <= row < len(self.summaries):
            return
        summary = self.summaries[row]
        doc = summary.document
        bases = sorted(
            {
                LAWFUL_BASES.get(r.lawful_basis.article6, r.lawful_basis.article6)
                for r in doc.rules
                if r.lawful_basis
            }
        )
        statutes = sorted({r.lawful_basis.statute for r in doc.rules if r.lawful_basis})
        purposes = sorted({labels.purpose(p) for r in doc.rules for p in r.purposes})
        signed = "; ".join(
            f"{s.name} ({ORGANISATIONS.get(s.org, s.org)}, {s.signed_on.strftime('%d/%m/%Y')})"
            for s in doc.signatories
        )
        self.details.setText(
            "\n".join(
                [
                    tr(
                        "{title} — version {version} — {status}",
                        title=doc.title,
                        version=doc.version,
                        status=labels.agreement_status(summary.status),
                    ),
                    tr(
                        "Provided by {provider}; between {parties}.",
                        provider=_provider_name(doc),
                        parties=", ".join(p.name for p in doc.parties),
                    ),
                    tr(
                        "In force {start} to {end}; review by {review}; keep for {days} days.",
                        start=doc.valid_from.strftime("%d/%m/%Y"),
                        end=doc.valid_until.strftime("%d/%m/%Y"),
                        review=doc.review_date.strftime("%d/%m/%Y"),
                        days=doc.retention_days,
                    ),
                    tr("Purposes: {purposes}.", purposes=", ".join(purposes) or "—"),
                    tr(
                        "Lawful basis: {bases}. {statutes}.",
                        bases="; ".join(bases) or "—",
                        statutes="; ".join(statutes),
                    ),
                    tr("Signed by: {signed}.", signed=signed),
                ]
            )
        )
        classes = list(doc.data_classes)
        self.matrix.clear()
        self.matrix.setRowCount(len(classes))
        self.matrix.setColumnCount(len(summary.recipients))
        self.matrix.setVerticalHeaderLabels([doc.data_classes[c].label for c in classes])
        # The organisation over the role, wrapped, so a column's heading is not cut short.
        self.matrix.setHorizontalHeaderLabels(
            [
                "\n".join([*textwrap.wrap(org + ":", HEADING_CHARS), role])
                for org, _, role in (recipient_words(r).partition(": ") for r in summary.recipients)
            ]
        )
        for row_index, data_class in enumerate(classes):
            for column, recipient in enumerate(summary.recipients):
                cell = summary.cell(data_class, recipient)
                text = level_words(cell.level) if cell else tr("✕ Not shared")
                item = QTableWidgetItem(text)
                if cell:
                    item.setToolTip(tr("Clause {clauses}", clauses=", ".join(cell.clauses)))
                self.matrix.setItem(row_index, column, item)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
