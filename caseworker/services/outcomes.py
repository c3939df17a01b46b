"""Outcome figures for the current profile, and their exports (audited)."""

from __future__ import annotations

from pathlib import Path

from caseworker.audit.log import record
from caseworker.fileio import write_atomic
from caseworker.insight.outcomes import OutcomeFigures, outcome_figures, outcomes_csv, outcomes_html
from caseworker.profile import require_profile
from caseworker.store.store import Store

FORMATS = ("csv", "html", "pdf")


def load_outcomes(store: Store, scope: str = "held") -> OutcomeFigures:
    """The figures for everyone held here ("held") or the team's caseload ("caseload")."""
    with store.session() as session:
        return outcome_figures(session, require_profile(session).viewer, scope=scope)


def outcomes_document(figures: OutcomeFigures, fmt: str) -> str:
    """The figures as CSV, or as the marked HTML a PDF is printed from."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    return outcomes_csv(figures) if fmt == "csv" else outcomes_html(figures)


def release_outcomes(store: Store, fmt: str) -> None:
    """Record that the figures are leaving as a `fmt` file (before the file exists)."""
    record(store, "export", what="outcomes", format=fmt)


def export_outcomes(store: Store, path: Path, fmt: str, scope: str = "held") -> OutcomeFigures:
    """Write the figures as CSV or HTML to `path`, owner-only; audited first."""
    figures = load_outcomes(store, scope)
    text = outcomes_document(figures, fmt)
    release_outcomes(store, fmt)
    write_atomic(path, text.encode("utf-8"))
    return figures
