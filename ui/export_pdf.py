"""PDF exports, printed with Qt's own writer from the HTML the core builds, with the page's
protective marking in every page's header and footer and in the document's metadata.

Used by File → Export in the window and by `main.py export … --format pdf` (headless, on the
offscreen platform). Written to a temporary file in the target folder with owner-only
permissions, then moved into place.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from html import escape, unescape
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPainter, QPdfWriter, QTextDocument

from caseworker.exports.page import marking_of
from caseworker.fileio import write_atomic

_XMP = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{marking}</rdf:li></rdf:Alt></dc:rights>
   <pdf:Keywords>Classification: {marking}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
BAND_MM = 12.0
"""The header and footer bands that carry the marking on every page."""


def _print_marked(html: str, writer: QPdfWriter) -> None:
    """Lay the page out between a header and a footer that both show its marking, on every
    page, with the page number in the footer."""
    marking = marking_of(html)
    found = _TITLE.search(html)
    title = unescape(found.group(1)) if found else "Caseworker export"
    writer.setTitle(f"{marking}: {title}")
    writer.setCreator("Caseworker")
    writer.setDocumentXmpMetadata(
        _XMP.format(title=escape(f"{marking}: {title}"), marking=marking).encode("utf-8")
    )
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    dpi = writer.resolution()
    page = writer.pageLayout().paintRectPixels(dpi)
    band = BAND_MM / 25.4 * dpi
    body = QSizeF(page.width(), page.height() - 2 * band)
    document.setPageSize(body)
    pages = document.pageCount()
    font = QFont(document.defaultFont())
    font.setBold(True)
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, band - index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            painter.setFont(font)
            top = QRectF(0, 0, page.width(), band)
            bottom = QRectF(0, page.height() - band, page.width(), band)
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, marking)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, marking)
            painter.drawText(
                bottom,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{index + 1} / {pages}",
            )
    finally:
        painter.end()


def html_to_pdf(html: str, path: Path) -> None:
    """Print `html` to a PDF at `path` (A4), atomically and readable by its owner only, its
    protective marking (from the page) in every page's header and footer and in its
    metadata."""
    folder = path.resolve().parent
    handle, temp = tempfile.mkstemp(prefix=".caseworker-export-", suffix=".pdf", dir=folder)
    os.close(handle)
    try:
        writer = QPdfWriter(temp)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        _print_marked(html, writer)
        del writer  # finishes the file
        write_atomic(path, Path(temp).read_bytes())
    finally:
        Path(temp).unlink(missing_ok=True)


def run_export(args: argparse.Namespace) -> int:
    """`main.py export chronology|sar ID --format pdf -o FILE`, headless."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseworker.cli.commands import guarded, open_profile_store
    from caseworker.cli.export import LEAVING, produce
    from caseworker.exports.target import checked_target

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    def export() -> int:
        path = checked_target(Path(args.output), force=args.force)  # before anything is made
        html_to_pdf(produce(args, open_profile_store).text, path)
        sys.stderr.write(LEAVING.format(file=args.output) + "\n")
        return 0

    try:
        return guarded(export)
    finally:
        del app


def run_outcomes_pdf(args: argparse.Namespace) -> int:
    """`main.py insight outcomes --pdf FILE`, headless."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseworker.cli.commands import guarded, open_profile_store
    from caseworker.services.outcomes import load_outcomes, outcomes_document, release_outcomes

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    def export() -> int:
        with open_profile_store(args) as store:
            scope = "caseload" if args.caseload else "held"
            html = outcomes_document(load_outcomes(store, scope), "html")
            release_outcomes(store, "pdf")
        html_to_pdf(html, Path(args.pdf))
        print(f"The outcome figures (marked OFFICIAL) are in {args.pdf}.")
        return 0

    try:
        return guarded(export)
    finally:
        del app
