"""The frame every export shares: its protective marking (Government Security
Classifications) at top and bottom and in its metadata, a title, and a table helper that
escapes every cell. Anything about a person is OFFICIAL-SENSITIVE; suppressed aggregates
and the register of flows are OFFICIAL. A CSV carries its marking as its first and last row;
a PDF printed from a page repeats it in every page's header and footer (ui/export_pdf.py).

Partners' text reaches exports as they sent it, so every cell is made safe here, the one
place all exports pass through: NULs, other control characters and the bidirectional
controls that can make a line read differently from what it holds (Trojan Source) are
removed, and a CSV cell that a spreadsheet would run as a formula (starting with =, +, -, @,
a tab or a carriage return) is prefixed with an apostrophe, the OWASP rule."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date

from caseworker.words import ENGLISH, Words

MARKING = "OFFICIAL-SENSITIVE"
"""Anything about a person."""
OFFICIAL = "OFFICIAL"
"""Suppressed aggregates, and the register of flows (no one's data)."""
MARKINGS = (MARKING, OFFICIAL)
_META = re.compile(r'<meta name="classification" content="([A-Z-]+)">')

STYLE = (
    "body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;width:100%}"
    " td,th{border:1px solid #999;padding:3px;vertical-align:top;text-align:left}"
    " .marking{font-weight:bold} h2{margin-top:18pt}"
)


_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def clean_text(value: object) -> str:
    """`value` as text without control or bidirectional-override characters."""
    return _UNSAFE.sub("", "" if value is None else str(value))


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows and never runs. Numbers are written as numbers."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = clean_text(value)
    return "'" + text if text.startswith(_FORMULA) else text


def esc(value: object) -> str:
    return html.escape(clean_text(value))


def table(header: Sequence[str], rows: Iterable[Sequence[object]], *, empty: str) -> str:
    body = "\n".join(
        "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    if not body:
        return f"<p><i>{esc(empty)}</i></p>"
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>"


def marking_of(document: str) -> str:
    """The marking an HTML export declares; the stricter one if it declares none."""
    found = _META.search(document)
    return found.group(1) if found and found.group(1) in MARKINGS else MARKING


def marked_csv(rows: Iterable[Sequence[object]], marking: str) -> str:
    """CSV text with the marking as its first and last row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([marking])
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    writer.writerow([marking])
    return out.getvalue()


def page(
    title: str,
    intro: str,
    body: str,
    *,
    generated: date | None = None,
    marking: str = MARKING,
    say: Words = ENGLISH,
) -> str:
    """A self-contained, marked HTML document, in the language of `say`."""
    if marking not in MARKINGS:
        raise ValueError(f"unknown protective marking {marking!r}")
    when = (generated or date.today()).strftime("%d/%m/%Y")
    return f"""<!DOCTYPE html>
<html lang="{say.language}"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="classification" content="{marking}">
<style>{STYLE}</style>
</head><body>
<p class="marking">{marking}</p>
<h1>{esc(title)}</h1>
<p>{esc(say("Produced {when} from Caseworker.", when=when))} {esc(intro)}</p>
{body}
<p class="marking">{marking}</p>
</body></html>
"""
