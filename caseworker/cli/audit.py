"""`audit verify` (check the hash chain; exit 4 when it is broken) and `audit list`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import msgspec

from caseworker.audit.chain import verify
from caseworker.audit.log import KINDS, recent

BROKEN = 4


def add_arguments(commands: Any) -> None:
    audit = commands.add_parser("audit", help="check or list the audit log")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION")
    actions.add_parser("verify", help="check that no entry was changed, removed or reordered")
    listing = actions.add_parser("list", help="the newest entries")
    listing.add_argument("--kind", action="append", default=[], choices=KINDS)
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true")
    audit.set_defaults(audit_command="verify", json=False)


def run(args: argparse.Namespace, open_store: Any) -> int:
    with open_store(args) as store, store.session() as session:
        if args.audit_command == "verify":
            report = verify(session)
            if report.ok:
                print(f"The audit log is intact: {report.entries} entries, none changed.")
                return 0
            sys.stderr.write(
                f"The audit log has been tampered with: {report.problem}. "
                f"{report.entries} entries before that point are intact. Tell your "
                "information governance team, and keep this store as it is for them.\n"
            )
            return BROKEN
        entries = recent(session, kinds=tuple(args.kind), limit=args.limit)
    if args.json:
        sys.stdout.write(msgspec.json.encode(entries).decode() + "\n")
        return 0
    for e in entries:
        where = f"citizen {e.citizen_id}" if e.citizen_id is not None else ""
        print(f"{e.seq:>7}  {e.at:%d/%m/%Y %H:%M:%S}  {e.actor:<24} {e.kind:<15} {where}")
    return 0
