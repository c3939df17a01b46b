"""`export chronology CITIZEN --format csv|html|pdf -o FILE`: for case-conference scripts.

CSV and HTML are made here; PDF needs Qt's writer, so main.py hands `--format pdf` to
ui/export_pdf.py with the HTML this module builds. Files are written atomically with
owner-only permissions, and a warning says that the data has left the encrypted store.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from caseworker.exports.chronology import ChronologyFilter, filtered, to_csv, to_html
from caseworker.fileio import write_atomic
from caseworker.views.citizen import citizen_view

LEAVING = (
    "Note: {file} holds personal data outside Caseworker's encrypted store. Keep it only as "
    "long as you need it, and share it only under your data-sharing agreements."
)


def add_arguments(commands: Any) -> None:
    export = commands.add_parser("export", help="write a citizen's chronology to a file")
    export.add_argument("what", choices=("chronology",))
    export.add_argument("citizen_id", type=int)
    export.add_argument("--format", choices=("csv", "html", "pdf"), default="csv")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--agency", action="append", default=[], metavar="PARTNER_ID")
    export.add_argument("--from", dest="start", type=date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", type=date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--significant-only", action="store_true")
    export.add_argument("--text", default="", help="words every entry must contain")


def document(args: argparse.Namespace, open_store: Any) -> str:
    """The chosen export as text (CSV or HTML), for the arguments given."""
    rule = ChronologyFilter(
        frozenset(args.agency), args.start, args.end, args.significant_only, args.text
    )
    with open_store(args) as store, store.session() as session:
        view = citizen_view(session, args.citizen_id)
    items = filtered(view.chronology, rule)
    return to_csv(items) if args.format == "csv" else to_html(view, items)


def run(args: argparse.Namespace, open_store: Any) -> int:
    text = document(args, open_store)
    path = Path(args.output)
    write_atomic(path, text.encode("utf-8"))
    sys.stderr.write(LEAVING.format(file=path) + "\n")
    return 0
