"""PDF exports, printed with Qt's own writer from the HTML the core builds.

Used by File → Export in the window and by `main.py export … --format pdf` (headless, on the
offscreen platform). Written to a temporary file in the target folder with owner-only
permissions, then moved into place.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

from caseworker.fileio import write_atomic


def html_to_pdf(html: str, path: Path) -> None:
    """Print `html` to a PDF at `path` (A4), atomically and readable by its owner only."""
    folder = path.resolve().parent
    handle, temp = tempfile.mkstemp(prefix=".caseworker-export-", suffix=".pdf", dir=folder)
    os.close(handle)
    try:
        writer = QPdfWriter(temp)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle("Caseworker export")
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        del writer  # finishes the file
        write_atomic(path, Path(temp).read_bytes())
    finally:
        Path(temp).unlink(missing_ok=True)


def run_export(args: argparse.Namespace) -> int:
    """`main.py export chronology|sar ID --format pdf -o FILE`, headless."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseworker.cli.commands import guarded, open_profile_store
    from caseworker.cli.export import LEAVING, produce

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    def export() -> int:
        html_to_pdf(produce(args, open_profile_store).text, Path(args.output))
        sys.stderr.write(LEAVING.format(file=args.output) + "\n")
        return 0

    try:
        return guarded(export)
    finally:
        del app
