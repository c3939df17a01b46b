"""The `insight` commands: `emerging [--json] [--all]` (households several agencies hold
low-level concerns about, not yet joined up), `dismiss KEY --reason R`, `follow KEY`, and
`register [--csv FILE] [--json]` (the data-flow register) and `outcomes [--json]
[--csv|--html|--pdf FILE]` (suppressed figures for the joint board; PDF via ui/export_pdf)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import msgspec

from caseworker.insight.emerging import EmergingHousehold
from caseworker.profile import load_profile
from caseworker.services.emerging import (
    dismiss,
    emerging_needs,
    find_household,
    follow_household,
)
from caseworker.services.outcomes import export_outcomes, load_outcomes
from caseworker.services.register import export_register, load_register
from caseworker.store.store import Store


def add_arguments(commands: Any) -> None:
    insight = commands.add_parser("insight", help="emerging needs across the caseload")
    actions = insight.add_subparsers(dest="insight_command", metavar="ACTION", required=True)
    emerging = actions.add_parser(
        "emerging", help="households with concerns at several agencies that nobody has joined up"
    )
    emerging.add_argument("--json", action="store_true")
    emerging.add_argument("--all", action="store_true", help="include dismissed households")
    dismissing = actions.add_parser("dismiss", help="take a household off the list, with a reason")
    dismissing.add_argument("key", help="the household's key, e.g. household-148")
    dismissing.add_argument("--reason", required=True, help="why: kept in the audit log")
    registering = actions.add_parser(
        "register",
        help="the data-flow register: every flow the agreements set up, and what is held",
    )
    registering.add_argument("--csv", metavar="FILE", help="write it as CSV to FILE")
    registering.add_argument("--json", action="store_true")
    registering.add_argument("--force", action="store_true", help="replace FILE if it exists")
    outcomes = actions.add_parser(
        "outcomes", help="outcome figures for the joint board, small numbers suppressed"
    )
    outcomes.add_argument("--json", action="store_true")
    outcomes.add_argument(
        "--caseload", action="store_true", help="only the team's caseload, not everyone held"
    )
    written = outcomes.add_mutually_exclusive_group()
    written.add_argument("--csv", metavar="FILE", help="write them as CSV to FILE")
    written.add_argument("--html", metavar="FILE", help="write them as HTML to FILE")
    written.add_argument("--pdf", metavar="FILE", help="write them as PDF to FILE")
    outcomes.add_argument("--force", action="store_true", help="replace FILE if it exists")
    following = actions.add_parser("follow", help="follow everyone in a household")
    following.add_argument("key", help="the household's key, e.g. household-148")


def _print(found: list[EmergingHousehold]) -> None:
    if not found:
        print("No emerging needs: no household meets the rules in the records you may see.")
        return
    for household in found:
        names = ", ".join(m.name or "(name not shared)" for m in household.members)
        latest = household.latest.strftime("%d/%m/%Y") if household.latest else "date not shared"
        print(f"{household.key}: {len(household.problems)} problems, latest {latest} — {names}")
        for problem in household.problems:
            print(f"    {problem.label}")
            for e in problem.evidence:
                on = e.on.strftime("%d/%m/%Y") if e.on else "date not shared"
                print(f"        {on}  {e.partner_name}: {e.title} [{e.access.level}]")


def _register(args: argparse.Namespace, store: Store) -> int:
    if args.csv:
        count = export_register(store, Path(args.csv), force=args.force)
        print(f"The data-flow register ({count} flows) is in {args.csv}.")
        return 0
    rows = load_register(store)
    if args.json:
        sys.stdout.write(msgspec.json.encode(rows).decode() + "\n")
        return 0
    for r in rows:
        held = "—" if r.held is None else f"{r.held} held"
        due = f", purge due {r.purge_due:%d/%m/%Y}" if r.purge_due else ""
        print(
            f"{r.provider_name} → {r.recipient_org}/{r.recipient_role}: {r.data_class_label} "
            f"({r.agreement_id} v{r.agreement_version} {r.clause}, {r.status}) {held}{due}"
        )
    return 0


def _scope(args: argparse.Namespace) -> str:
    return "caseload" if getattr(args, "caseload", False) else "held"


def _outcomes(args: argparse.Namespace, store: Store) -> int:
    for fmt in ("csv", "html"):
        if getattr(args, fmt):
            export_outcomes(store, Path(getattr(args, fmt)), fmt, _scope(args), force=args.force)
            print(f"The outcome figures (marked OFFICIAL) are in {getattr(args, fmt)}.")
            return 0
    figures = load_outcomes(store, _scope(args))
    if args.json:
        sys.stdout.write(msgspec.json.encode(figures).decode() + "\n")
        return 0
    print(
        f"{figures.marking}\nOutcome figures, {figures.produced_on:%d/%m/%Y}: {figures.population}"
    )
    for t in figures.tables:
        print(f"\n{t.title}")
        for row in [*t.rows, *([t.total] if t.total else [])]:
            print("  " + " | ".join(row))
        if t.note:
            print(f"  {t.note}")
    print(f"\n{figures.marking}")
    return 0


def run(args: argparse.Namespace, open_store: Any) -> int:
    with open_store(args) as store:
        if args.insight_command == "register":
            return _register(args, store)
        if args.insight_command == "outcomes":
            return _outcomes(args, store)
        if args.insight_command == "dismiss":
            household = find_household(store, args.key)
            with store.session() as session:
                profile = load_profile(session)
            who = profile.display_name if profile and profile.display_name else "command line"
            dismiss(store, household, args.reason, by=who)
            print(f"{household.key} is off the list until its evidence changes.")
            return 0
        if args.insight_command == "follow":
            household = find_household(store, args.key)
            follow_household(store, household)
            print(f"Following the {len(household.members)} people in {household.key}.")
            return 0
        found = emerging_needs(store, include_dismissed=args.all)
    if args.json:
        sys.stdout.write(msgspec.json.encode(found).decode() + "\n")
    else:
        _print(found)
    return 0
