"""PDF exports, printed with Qt's own writer from the HTML the core builds, with the page's
protective marking in every page's header and footer and in the document's metadata.

Used by File → Export in the window and by `main.py export … --format pdf` (headless, on the
offscreen platform). Printed in memory; the bytes are written like every other export
(caseworker.exports.audited).
"""

from __future__ import annotations

import re
from html import escape, unescape

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageSize, QPainter, QPdfWriter, QTextDocument

from caseworker.services.exporting import marking_of

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


def pdf_bytes(html: str) -> bytes:
    """Print `html` as an A4 PDF in memory, its protective marking (from the page) in every
    page's header and footer and in its metadata. Nothing touches the disk: the caller
    writes the bytes through caseworker.exports (atomic, owner-only, a full disk in words)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    _print_marked(html, writer)
    del writer  # finishes the document
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def first_page_image(html: str, width: int = 900, height: int = 1270) -> QImage:
    """The top of a document as it reads on screen (for the docs' screenshots): `width`
    pixels wide, white, the text laid out as in a PDF page."""
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width - 40)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.translate(20, 20)
        document.drawContents(painter, QRectF(0, 0, width - 40, height - 40))
    finally:
        painter.end()
    return image
