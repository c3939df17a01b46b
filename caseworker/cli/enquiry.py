"""The `enquiry` commands, for the scripts a MASH manager runs: `open CONTACT --rating R
[--partner P ...]` (ask the partners what they know; by default every partner holding the
child or household, but this organisation), `status ID` (who has answered, who has not,
and the clock); and `decide CONTACT --outcome O --rationale WORDS`. `--json` on each.
Requests and decisions go at the next sync, and answers come with it."""

from __future__ import annotations

import argparse
from typing import Any

from caseworker.cli.contacts import LOCAL, span, who, write_json
from caseworker.profile import load_profile
from caseworker.services.decisions import OUTCOMES, decide, show_decision
from caseworker.services.enquiries import (
    EnquiryView,
    open_enquiry,
    partners_to_ask,
    show_enquiry,
)
from caseworker.views.enquiries import AnswerView
from caseworker.working_time import RATINGS


def add_decide_arguments(commands: Any) -> None:
    deciding = commands.add_parser("decide", help="record the front door's decision on a contact")
    deciding.add_argument("contact", type=int, help="the contact's id")
    deciding.add_argument("--outcome", required=True, choices=list(OUTCOMES))
    deciding.add_argument("--rationale", required=True, help="why, in words (kept and sent)")
    deciding.add_argument("--json", action="store_true")


def run_decide(args: argparse.Namespace, open_store: Any) -> int:
    with open_store(args) as store:
        changes = decide(
            store, args.contact, outcome=args.outcome, rationale=args.rationale, by=who(store)
        )
        shown = show_decision(store, args.contact)
        assert shown is not None
        if args.json:
            write_json(
                {
                    "contact": args.contact,
                    "outcome": shown.outcome,
                    "words": shown.words,
                    "decided_at": shown.decided_at.isoformat(),
                    "sent_to": sorted(changes.partners),
                }
            )
            return 0
        sent = ", ".join(sorted(changes.partners)) or "no partner agency"
        print(f"Contact {args.contact}: {shown.words}. Sent to {sent} at the next sync.")
        return 0


def add_arguments(commands: Any) -> None:
    enquiry = commands.add_parser("enquiry", help="multi-agency enquiries about a contact")
    actions = enquiry.add_subparsers(dest="enquiry_command", metavar="ACTION", required=True)
    opening = actions.add_parser("open", help="ask partners what they know about the child")
    opening.add_argument("contact", type=int, help="the contact's id")
    opening.add_argument("--rating", required=True, choices=RATINGS)
    opening.add_argument(
        "--partner",
        action="append",
        help="a partner to ask (repeat; default: every partner holding the child or household)",
    )
    opening.add_argument("--json", action="store_true")
    status = actions.add_parser("status", help="who has answered, who has not, and the clock")
    status.add_argument("id", type=int, help="the enquiry's id")
    status.add_argument("--json", action="store_true")


def _answer_json(a: AnswerView) -> dict[str, Any]:
    return {
        "partner": a.partner_id,
        "name": a.partner,
        "state": a.state,
        "decision": a.decision,
        "reason": a.reason,
        "answered_by": a.answered_by,
        "answered_at": a.answered_at.isoformat() if a.answered_at else None,
        "late": a.late,
        "research": [
            {"on": r.on.isoformat() if r.on else None, "summary": r.summary} for r in a.research
        ],
    }


def _as_json(v: EnquiryView) -> dict[str, Any]:
    return {
        "id": v.id,
        "contact": v.contact_id,
        "rating": v.rating,
        "opened_at": v.opened_at.isoformat(),
        "opened_by": v.opened_by,
        "due": v.due.isoformat(),
        "working_minutes_left": int(v.left.total_seconds() // 60),
        "overdue": v.overdue,
        "status": v.status,
        "waiting_for": [a.partner_id for a in v.waiting_for],
        "answers": [_answer_json(a) for a in v.answers],
    }


STATE_WORDS = {
    "not_sent": "not sent yet (goes at the next sync)",
    "asked": "asked, no answer yet",
    "refused": "refused the request",
    "lapsed": "lost the request; open the enquiry again",
}
DECISION_WORDS = {
    "share": "shared what it holds",
    "withhold": "WITHHELD",
    "nothing_known": "knows nothing of the child or household",
}


def _answer_line(a: AnswerView) -> str:
    late = " LATE" if a.late else ""
    if a.state != "answered":
        why = f" ({a.why_waiting})" if a.why_waiting else ""
        return f"  {a.partner}:{late} {STATE_WORDS[a.state]}{why}"
    at = f"{a.answered_at.astimezone(LOCAL):%a %d/%m %H:%M}" if a.answered_at else "?"
    words = DECISION_WORDS.get(a.decision or "", a.decision or "")
    lines = [
        f"  {a.partner}:{late} {words} at {at}" + (f", by {a.answered_by}" if a.answered_by else "")
    ]
    if a.reason:
        lines.append(f"      reason: {a.reason}")
    lines += [
        f"      {r.on:%d/%m/%Y}  {r.summary}" if r.on else f"      {r.summary}" for r in a.research
    ]
    return "\n".join(lines)


def _print(v: EnquiryView) -> None:
    due = v.due.astimezone(LOCAL).strftime("%a %d/%m %H:%M")
    clock = (
        f"OVERDUE by {span(v.left)} (was due {due})"
        if v.overdue
        else f"due {due}, {span(v.left)} of working time left"
    )
    print(f"Enquiry {v.id} (contact {v.contact_id}), {v.rating.upper()}: {clock}")
    print(f"  {len(v.answered)} of {len(v.answers)} partners have answered")
    for answer in v.answers:
        print(_answer_line(answer))


def run(args: argparse.Namespace, open_store: Any) -> int:
    with open_store(args) as store:
        if args.enquiry_command == "open":
            with store.session() as session:
                profile = load_profile(session)
            partners = args.partner or partners_to_ask(
                store, args.contact, profile.org if profile else None
            )
            enquiry_id = open_enquiry(
                store, args.contact, rating=args.rating, partners=partners, by=who(store)
            )
            if args.json:
                write_json({"id": enquiry_id, "partners": sorted(set(partners))})
                return 0
            print(
                f"Enquiry {enquiry_id} opened: {', '.join(sorted(set(partners)))} will be asked "
                "at the next sync."
            )
            return 0
        view = show_enquiry(store, args.id)
        if args.json:
            write_json(_as_json(view))
        else:
            _print(view)
        return 0
