"""The Agreements page: every agreement held, its status, and who may see what under it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from caseworker.agreements.access import KnownAgreement
from caseworker.agreements.model import Agreement
from caseworker.agreements.registry import known_agreements, status


@dataclass(frozen=True)
class MatrixCell:
    data_class: str
    recipient: str  # "org / role"
    level: str  # full | masked:<masking> | on_request | denied | consent:<level> | ...
    clauses: tuple[str, ...]


@dataclass(frozen=True)
class AgreementSummary:
    document: Agreement
    status: str
    recipients: tuple[str, ...]
    cells: tuple[MatrixCell, ...]

    def cell(self, data_class: str, recipient: str) -> MatrixCell | None:
        return next(
            (c for c in self.cells if c.data_class == data_class and c.recipient == recipient), None
        )


def _label(level: str | None, masking: str | None, consent: str) -> str:
    base = f"masked:{masking}" if level == "masked" else (level or "withheld")
    return base if consent == "not_required" else f"{consent}:{base}"


def summarise(known: KnownAgreement, today: date) -> AgreementSummary:
    doc = known.document
    recipients: list[str] = []
    for rule in doc.rules:
        for r in rule.recipients:
            for role in r.roles:
                name = f"{r.org} / {role}"
                if name not in recipients:
                    recipients.append(name)
    cells: dict[tuple[str, str], MatrixCell] = {}
    for rule in doc.rules:
        for r in rule.recipients:
            for role in r.roles:
                recipient = f"{r.org} / {role}"
                for data_class in rule.data_classes:
                    key = (data_class, recipient)
                    if rule.effect == "deny":
                        cells[key] = MatrixCell(data_class, recipient, "denied", (rule.clause,))
                        continue
                    if key in cells and cells[key].level == "denied":
                        continue
                    label = _label(rule.level, rule.masking, rule.consent)
                    previous = cells.get(key)
                    clauses = (previous.clauses if previous else ()) + (rule.clause,)
                    cells[key] = MatrixCell(
                        data_class,
                        recipient,
                        label if previous is None else f"{previous.level}, {label}",
                        clauses,
                    )
    return AgreementSummary(doc, status(known, today), tuple(recipients), tuple(cells.values()))


def agreement_summaries(session: Session, today: date | None = None) -> list[AgreementSummary]:
    """Every agreement version held, newest first within each agreement."""
    today = today or date.today()
    known = known_agreements(session)
    known.sort(key=lambda k: (k.document.provider, k.document.id, -k.document.version))
    return [summarise(k, today) for k in known]
