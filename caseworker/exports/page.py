"""The frame every HTML export shares: protective marking at top and bottom, a title, and
a table helper that escapes every cell."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date

MARKING = "OFFICIAL-SENSITIVE"

STYLE = (
    "body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;width:100%}"
    " td,th{border:1px solid #999;padding:3px;vertical-align:top;text-align:left}"
    " .marking{font-weight:bold} h2{margin-top:18pt}"
)


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def table(header: Sequence[str], rows: Iterable[Sequence[object]], *, empty: str) -> str:
    body = "\n".join(
        "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    if not body:
        return f"<p><i>{esc(empty)}</i></p>"
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>"


def page(title: str, intro: str, body: str, *, generated: date | None = None) -> str:
    """A self-contained, marked HTML document."""
    when = (generated or date.today()).strftime("%d/%m/%Y")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="classification" content="{MARKING}">
<style>{STYLE}</style>
</head><body>
<p class="marking">{MARKING}</p>
<h1>{esc(title)}</h1>
<p>Produced {when} from Caseworker. {esc(intro)}</p>
{body}
<p class="marking">{MARKING}</p>
</body></html>
"""
