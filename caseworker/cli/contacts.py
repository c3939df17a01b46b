"""The `contacts` commands, for the scripts a MASH manager runs: `add` (record a contact and
see who the child may be), `list [--all]` (open contacts, overdue first, with the working
time left), `show ID`, `match ID CITIZEN|none`, `rate ID red|amber|green`; `--json` on
each that reads. Times are shown in the MASH's local time (Europe/London)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import msgspec

from caseworker.profile import load_profile
from caseworker.services.contacts import (
    CONCERNS,
    RATINGS,
    ContactDraft,
    ContactView,
    choose_match,
    open_contacts,
    possible_matches,
    rate,
    record_contact,
    show_contact,
)
from caseworker.store.store import Store
from caseworker.views.search import CitizenSummary

LOCAL = ZoneInfo("Europe/London")


def add_arguments(commands: Any) -> None:
    contacts = commands.add_parser("contacts", help="contacts about children at the front door")
    actions = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    adding = actions.add_parser("add", help="record a contact and list who the child may be")
    adding.add_argument("--raised-by", required=True, help="who raised it: 'PC 4471 Evans'")
    adding.add_argument("--agency", required=True, help="their agency, in words")
    adding.add_argument("--partner", help="the partner agency's id, where it is one of yours")
    adding.add_argument("--about", required=True, choices=sorted(CONCERNS))
    adding.add_argument("--concern", required=True, help="the concern, in the referrer's words")
    adding.add_argument("--given", help="the child's first name, as the referrer gave it")
    adding.add_argument("--family", help="the child's surname")
    adding.add_argument("--born", type=_date, help="date of birth, DD/MM/YYYY or YYYY-MM-DD")
    adding.add_argument("--postcode")
    adding.add_argument(
        "--received", type=_moment, help="when it arrived, YYYY-MM-DDTHH:MM local time (now)"
    )
    adding.add_argument("--rating", choices=RATINGS)
    adding.add_argument("--json", action="store_true")
    listing = actions.add_parser("list", help="open contacts, overdue first")
    listing.add_argument("--json", action="store_true")
    showing = actions.add_parser("show", help="one contact, with who the child may be")
    showing.add_argument("id", type=int)
    showing.add_argument("--json", action="store_true")
    matching = actions.add_parser("match", help="say who the child is, or 'none' held here")
    matching.add_argument("id", type=int)
    matching.add_argument("citizen", help="the citizen's id, or 'none'")
    rating = actions.add_parser("rate", help="rate a contact red, amber or green")
    rating.add_argument("id", type=int)
    rating.add_argument("rating", choices=RATINGS)


def _date(text: str) -> date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (DD/MM/YYYY)")


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a time: {text!r} (YYYY-MM-DDTHH:MM)") from exc
    return moment.replace(tzinfo=LOCAL) if moment.tzinfo is None else moment


def span(left: timedelta) -> str:
    minutes = int(abs(left).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} m" if hours else f"{minutes} m"


def _clock(v: ContactView) -> str:
    due = v.due.astimezone(LOCAL).strftime("%a %d/%m %H:%M")
    if v.overdue:
        return f"OVERDUE by {span(v.left)} (was due {due})"
    return f"due {due}, {span(v.left)} of working time left"


def _line(v: ContactView) -> str:
    rating = (v.rating or "not rated").upper()
    born = f", born {v.child_birth_date:%d/%m/%Y}" if v.child_birth_date else ""
    child = (
        f"citizen {v.citizen_id}"
        if v.citizen_id is not None
        else "not known here"
        if v.no_match
        else "child not matched yet"
    )
    return (
        f"{v.id:>5}  {rating:<9} {_clock(v)}\n"
        f"       {v.child_name or '(no name given)'}{born}: {CONCERNS[v.about]}; "
        f"from {v.raised_by} ({v.referrer_agency}); {child}"
    )


def _as_json(v: ContactView) -> dict[str, Any]:
    return {
        "id": v.id,
        "received_at": v.received_at.isoformat(),
        "raised_by": v.raised_by,
        "referrer_agency": v.referrer_agency,
        "referrer_partner": v.referrer_partner,
        "about": v.about,
        "concern": v.concern,
        "child": {
            "name": v.child_name,
            "birth_date": v.child_birth_date.isoformat() if v.child_birth_date else None,
            "postcode": v.child_postcode,
        },
        "citizen_id": v.citizen_id,
        "not_known_here": v.no_match,
        "rating": v.rating,
        "status": v.status,
        "due": v.due.isoformat(),
        "working_minutes_left": int(v.left.total_seconds() // 60),
        "overdue": v.overdue,
    }


def _match_json(s: CitizenSummary) -> dict[str, Any]:
    return {
        "citizen_id": s.citizen_id,
        "name": s.name,
        "birth_date": s.birth_date.isoformat() if s.birth_date else None,
        "postcode": s.postcode,
        "known_to": list(s.agencies),
        "match": s.match,
    }


def _print_matches(matches: list[CitizenSummary]) -> None:
    if not matches:
        print("No one held here may be this child: say so with 'contacts match ID none'.")
        return
    print("Who the child may be (choose with 'contacts match ID CITIZEN'; nothing is assumed):")
    for s in matches:
        born = f"{s.birth_date:%d/%m/%Y}" if s.birth_date else "birth date not shared"
        close = " (close match)" if s.match != "exact" else ""
        print(f"  {s.citizen_id:>7}  {s.name}, {born}, known to {', '.join(s.agencies)}{close}")


def write_json(value: Any) -> None:
    sys.stdout.write(msgspec.json.format(msgspec.json.encode(value), indent=2).decode() + "\n")


def who(store: Store) -> str:
    with store.session() as session:
        profile = load_profile(session)
    return profile.display_name if profile and profile.display_name else "command line"


def run(args: argparse.Namespace, open_store: Any) -> int:
    with open_store(args) as store:
        command = args.contacts_command
        if command == "add":
            draft = ContactDraft(
                raised_by=args.raised_by,
                referrer_agency=args.agency,
                referrer_partner=args.partner,
                about=args.about,
                concern=args.concern,
                child_given=args.given,
                child_family=args.family,
                child_birth_date=args.born,
                child_postcode=args.postcode,
                received_at=args.received.astimezone(UTC) if args.received else None,
                rating=args.rating,
            )
            contact_id = record_contact(store, draft, entered_by=who(store))
            matches = possible_matches(store, contact_id)
            if args.json:
                write_json({"id": contact_id, "possible_matches": list(map(_match_json, matches))})
                return 0
            print(f"Contact {contact_id} recorded.")
            _print_matches(matches)
            return 0
        if command == "list":
            found = open_contacts(store)
            if args.json:
                write_json([_as_json(v) for v in found])
            elif not found:
                print("No open contacts.")
            else:
                print("\n".join(_line(v) for v in found))
            return 0
        if command == "show":
            view = show_contact(store, args.id)
            matches = [] if view.matched else possible_matches(store, args.id)
            if args.json:
                write_json({**_as_json(view), "possible_matches": list(map(_match_json, matches))})
                return 0
            print(_line(view))
            print(f"       received {view.received_at.astimezone(LOCAL):%a %d/%m/%Y %H:%M}")
            print(f"       {view.concern}")
            if not view.matched:
                _print_matches(matches)
            return 0
        if command == "match":
            citizen = None if args.citizen.lower() == "none" else int(args.citizen)
            choose_match(store, args.id, citizen, by=who(store))
            said = f"citizen {citizen}" if citizen is not None else "not known to anyone here"
            print(f"Contact {args.id}: the child is {said}.")
            return 0
        rate(store, args.id, args.rating, by=who(store))
        print(f"Contact {args.id} is rated {args.rating}.")
        return 0
