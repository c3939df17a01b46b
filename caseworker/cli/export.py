"""`export chronology|sar CITIZEN --format csv|html|pdf -o FILE`: for case-conference and
information-governance scripts.

CSV and HTML are made here; PDF needs Qt's writer, so main.py hands `--format pdf` to
ui/export_pdf.py with the HTML this module builds. Every export is recorded in the audit
log before the file is written; files are written atomically with owner-only permissions,
and a warning says that the data has left the encrypted store.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from caseworker.errors import CaseworkerError
from caseworker.exports.audited import Release, deliver
from caseworker.exports.chronology import ChronologyFilter
from caseworker.exports.produce import Document, chronology, release, subject_access
from caseworker.exports.target import checked_target
from caseworker.partners.vocabulary import DOMAINS
from caseworker.store.store import Store
from caseworker.words import ENGLISH, LANGUAGES, Words

LEAVING = (
    "Note: {file} holds personal data outside Caseworker's encrypted store. Keep it only as "
    "long as you need it, and share it only under your data-sharing agreements."
)


class ExportRefused(CaseworkerError):
    code = "export_refused"


def citizen_number(text: str) -> int:
    """A citizen number as the store can hold it: 1 to 2**63 - 1 (SQLite's integer)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a citizen number") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"no citizen has the number {text}")
    return value


def add_arguments(commands: Any) -> None:
    export = commands.add_parser(
        "export", help="write a citizen's chronology or subject access report to a file"
    )
    export.add_argument("what", choices=("chronology", "sar"))
    export.add_argument("citizen_id", type=citizen_number)
    export.add_argument("--format", choices=("csv", "html", "pdf"), default="csv")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.add_argument("--agency", action="append", default=[], metavar="PARTNER_ID")
    export.add_argument("--from", dest="start", type=date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="end", type=date.fromisoformat, metavar="YYYY-MM-DD")
    export.add_argument("--significant-only", action="store_true")
    export.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="the document's language: en (English) or cy (Cymraeg); a subject access report "
        "is in the language the person prefers by default, a chronology in English",
    )
    export.add_argument("--text", default="", help="words every entry must contain")
    export.add_argument(
        "--type",
        dest="domains",
        action="append",
        default=[],
        choices=DOMAINS,
        help="keep entries of this type (repeatable)",
    )


def _english(_code: str) -> Words:
    return ENGLISH


def produce(
    args: argparse.Namespace, store: Store, words: Callable[[str], Words] = _english
) -> tuple[Document, Release]:
    """Build the export the arguments ask for (CSV or HTML text; HTML for a PDF), in the
    language asked for (`words` gives its words), and record its release in the audit log."""
    say = words(args.language) if args.language else None
    if args.what == "sar" and args.format == "csv":
        raise ExportRefused(
            "A subject access report is a document, not a table.",
            hint="Use --format pdf or --format html.",
        )
    if args.what == "sar":
        document = subject_access(store, args.citizen_id, say, words_in=words)
    else:
        rule = ChronologyFilter(
            frozenset(args.agency),
            args.start,
            args.end,
            args.significant_only,
            args.text,
            frozenset(args.domains),
        )
        text_format = "csv" if args.format == "csv" else "html"
        document = chronology(store, args.citizen_id, rule, text_format, say or ENGLISH)
    return document, release(store, document, args.format)


def export_with(
    args: argparse.Namespace,
    open_store: Any,
    render: Callable[[str], bytes],
    words: Callable[[str], Words] = _english,
) -> int:
    """Check the target, produce and release the document (in a language `words` gives),
    render it (UTF-8 text, or a PDF printed by the UI layer) and write it, recorded as
    written or failed."""
    path = checked_target(Path(args.output), force=args.force)  # before anything is produced
    with open_store(args) as store:
        document, leaving = produce(args, store, words)
        deliver(store, leaving, path, render(document.text), force=args.force)
    sys.stderr.write(LEAVING.format(file=path) + "\n")
    return 0


def run(args: argparse.Namespace, open_store: Any) -> int:
    return export_with(args, open_store, lambda text: text.encode("utf-8"))
