"""`audit verify` (check the hash chain; exit 4 when it is broken), `audit acknowledge`
(seal a broken log with a reason, so the store can be used again) and `audit list`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import msgspec

from caseworker.audit.anchor import read_anchor
from caseworker.audit.chain import verify
from caseworker.audit.log import KINDS, recent
from caseworker.audit.seal import acknowledge

BROKEN = 4


def add_arguments(commands: Any) -> None:
    audit = commands.add_parser("audit", help="check or list the audit log")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION")
    actions.add_parser("verify", help="check that no entry was changed, removed or reordered")
    sealing = actions.add_parser(
        "acknowledge", help="seal a log found altered, after taking a copy, so work can go on"
    )
    sealing.add_argument("--reason", required=True, help="why, kept with the seal")
    listing = actions.add_parser("list", help="the newest entries")
    listing.add_argument("--kind", action="append", default=[], choices=KINDS)
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true")
    audit.set_defaults(audit_command="verify", json=False)


def run(args: argparse.Namespace, open_store: Any) -> int:
    if args.audit_command == "acknowledge":
        with open_store(args) as store:
            seal = acknowledge(store, args.reason)
        print(
            f"The audit log is sealed at entry {seal.seq}. Every verification will name the "
            f"seal ({seal.problem}); entries after it are checked as before."
        )
        return 0
    with open_store(args) as store, store.session() as session:
        if args.audit_command == "verify":
            report = verify(session)
            sealed = (
                f" It was sealed on {report.seal.at[:10]} after {report.seal.problem} "
                f"(reason: {report.seal.reason})."
                if report.seal
                else ""
            )
            if report.ok:
                anchor = read_anchor(session)
                anchored = (
                    f" Your organisation holds entries up to {anchor.seq} and this log still "
                    "holds them as it does."
                    if anchor
                    else " Your organisation has not yet acknowledged any of it."
                )
                print(
                    f"The audit log is intact: {report.entries} entries, none changed."
                    f"{anchored}{sealed}"
                )
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
