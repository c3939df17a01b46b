"""Outcome figures for the current profile, and their exports (audited)."""

from __future__ import annotations

from pathlib import Path

from caseworker.exports.audited import Release, attempt, deliver
from caseworker.exports.target import checked_target
from caseworker.insight.outcomes import OutcomeFigures, outcome_figures, outcomes_csv, outcomes_html
from caseworker.insight.outcomes import Table as Table
from caseworker.insight.suppression import HIDDEN as HIDDEN
from caseworker.insight.suppression import SMALL as SMALL
from caseworker.insight.suppression import THRESHOLD as THRESHOLD
from caseworker.profile import require_profile
from caseworker.store.store import Store
from caseworker.words import ENGLISH, Words

FORMATS = ("csv", "html", "pdf")


def load_outcomes(store: Store, scope: str = "held", say: Words = ENGLISH) -> OutcomeFigures:
    """The figures for everyone held here ("held") or the team's caseload ("caseload"),
    worded in the language of `say`."""
    with store.session() as session:
        return outcome_figures(session, require_profile(session).viewer, scope=scope, say=say)


def outcomes_document(figures: OutcomeFigures, fmt: str, say: Words = ENGLISH) -> str:
    """The figures as CSV, or as the marked HTML a PDF is printed from (`say` in the
    figures' own language)."""
    if fmt not in FORMATS:
        raise ValueError(fmt)
    return outcomes_csv(figures, say) if fmt == "csv" else outcomes_html(figures, say)


def release_outcomes(store: Store, fmt: str) -> Release:
    """Record that the figures are about to leave as a `fmt` file (before the file exists)."""
    leaving = Release("outcomes", fmt)
    attempt(store, leaving)
    return leaving


def export_outcomes(
    store: Store, path: Path, fmt: str, scope: str = "held", *, force: bool = False
) -> OutcomeFigures:
    """Write the figures as CSV or HTML to `path`, owner-only; audited as attempted, then as
    written or failed."""
    checked_target(path, force=force)
    figures = load_outcomes(store, scope)
    text = outcomes_document(figures, fmt)
    deliver(store, release_outcomes(store, fmt), path, text.encode("utf-8"), force=force)
    return figures
