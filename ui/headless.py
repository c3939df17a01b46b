"""Command-line commands that need Qt (an entry point, like ui.app): exports written as PDF by
Qt's PDF writer, run on the offscreen platform without a window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from ui.export_pdf import pdf_bytes
from ui.words import words_in


def run_export(args: argparse.Namespace) -> int:
    """`main.py export chronology|sar ID --format pdf -o FILE [--language cy]`, headless
    (Qt prints the PDF; the app's translations word a report in Welsh)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseworker.cli.commands import guarded, open_profile_store
    from caseworker.cli.export import export_with

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        render = pdf_bytes if args.format == "pdf" else (lambda text: text.encode("utf-8"))
        return guarded(lambda: export_with(args, open_profile_store, render, words_in))
    finally:
        del app


def run_outcomes_pdf(args: argparse.Namespace) -> int:
    """`main.py insight outcomes --pdf FILE`, headless."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseworker.cli.commands import guarded, open_profile_store
    from caseworker.services.exporting import checked_target, deliver
    from caseworker.services.outcomes import load_outcomes, outcomes_document, release_outcomes

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    def export() -> int:
        path = checked_target(Path(args.pdf), force=args.force)
        with open_profile_store(args) as store:
            scope = "caseload" if args.caseload else "held"
            html = outcomes_document(load_outcomes(store, scope), "html")
            leaving = release_outcomes(store, "pdf")
            deliver(store, leaving, path, pdf_bytes(html), force=args.force)
        print(f"The outcome figures (marked OFFICIAL) are in {args.pdf}.")
        return 0

    try:
        return guarded(export)
    finally:
        del app
