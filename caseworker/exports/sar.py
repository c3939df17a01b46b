"""The subject access report: everything held locally about one citizen, for the citizen.

UK GDPR article 15 gives a person the right to a copy of their data, where it came from
and who it was disclosed to. This report covers what this Caseworker store holds: every
identity value and record with the partner that shared it and the agreement and clause
that allow it, what is held but not readable by this user, the team's own notes, tasks
and referrals, the consents on record, and who opened or exported the record (from the
audit log). It is a draft for the organisation's information governance team to review
before release, and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from caseworker.agreements.access import OWN, Decision, Reason
from caseworker.agreements.vocabulary import LAWFUL_BASES, ORGANISATIONS, PURPOSES
from caseworker.audit.log import AuditRecord
from caseworker.exports.chronology import visible_detail, who
from caseworker.exports.page import page, table
from caseworker.views.citizen import CitizenView, IdentityField
from caseworker.views.team import TeamEntryView

LEVEL_WORDS = {
    "full": "shared in full",
    "masked": "shared in part",
    "on_request": "shared on request",
    "withheld": "not shared",
}
ACTIVITY_WORDS = {
    "view": "opened the record",
    "seen_in_household": "saw risks held on this person, on the page of someone in their household",
    "reveal": "revealed a field",
    "export": "exported the record",
    "access_request": "asked a partner to release information",
    "break_glass": "used emergency access",
    "note": "wrote a note",
    "task": "set or completed a task",
    "referral": "made a referral",
    "link_decision": "decided which records belong to this person",
    "consent": "recorded a consent decision",
    "follow": "followed or stopped following the record",
    "emerging_need": "decided about the household's entry on the emerging-needs list",
}


EXPORT_STAGE_WORDS = {
    "written": "saved an export of the record",
    "failed": "tried to save an export of the record, which failed (nothing was saved)",
}


def activity_words(entry: AuditRecord) -> str:
    """One use of the record in plain words; an export says whether its file was saved."""
    if entry.kind == "export" and (stage := entry.detail.get("stage")) in EXPORT_STAGE_WORDS:
        return EXPORT_STAGE_WORDS[str(stage)]
    return ACTIVITY_WORDS.get(entry.kind, entry.kind.replace("_", " "))


def basis(decision: Decision | None) -> str:
    """Agreement, clause, purposes and lawful basis, in one line per clause."""
    if decision is None:
        return ""
    if decision.state == OWN:
        return "The organisation's own record"
    clauses: dict[tuple[str, int, str], list[Reason]] = {}
    for reason in decision.reasons:
        clauses.setdefault((reason.title, reason.version, reason.clause), []).append(reason)
    lines = []
    for (title, version, clause), reasons in clauses.items():
        purposes = sorted(
            {
                PURPOSES[r.purpose].label if r.purpose in PURPOSES else r.purpose
                for r in reasons
                if r.purpose
            }
        )
        words = f"{title} v{version}, clause {clause}"
        if purposes:
            words += f"; for {', '.join(purposes).lower()}"
        lawful = next((r.lawful_basis for r in reasons if r.lawful_basis), None)
        if lawful is not None:
            words += f"; lawful basis: {LAWFUL_BASES.get(lawful.article6, lawful.article6)}"
        lines.append(words)
    return " / ".join(lines)


def _held_rows(label: str, held: IdentityField[Any]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    values = [held.preferred] if held.preferred else []
    for sourced in (*values, *held.variants):
        value = sourced.value
        shown = value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value)
        level = sourced.access.level if sourced.access else "full"
        rows.append(
            (label, shown, sourced.source.partner_name, LEVEL_WORDS[level], basis(sourced.access))
        )
    for withheld in held.held_back:
        rows.append(
            (
                label,
                "(held by the partner; released on request)",
                withheld.source.partner_name,
                LEVEL_WORDS["on_request"],
                basis(withheld.access),
            )
        )
    return rows


def _identity_rows(view: CitizenView) -> list[tuple[str, ...]]:
    ident = view.identity
    return [
        *_held_rows("Name", ident.name),
        *_held_rows("Date of birth", ident.birth_date),
        *_held_rows("NHS number", ident.nhs_number),
        *_held_rows("Address", ident.address),
        *_held_rows("Other names", ident.other_names),
        *_held_rows("NHS number, unverified", ident.unverified_numbers),
        *_held_rows("Other identifiers", ident.identifiers),
    ]


def to_html(
    view: CitizenView,
    team_entries: Sequence[TeamEntryView],
    activity: Sequence[AuditRecord],
    *,
    generated: date | None = None,
) -> str:
    name = view.identity.name.preferred.value if view.identity.name.preferred else "(no name)"
    items = [i for group in view.needs_and_risks for i in group.items] + list(view.chronology)
    sections = [
        "<p><b>Draft for review.</b> Check this report with your information governance "
        "team before it is released: partners' own records are theirs to disclose, and "
        "third parties' details may need to be removed.</p>",
        "<h2>Who shared records about this person</h2>",
        table(
            ("Agency", "Record", "Last updated"),
            ((r.partner_name, r.record_id, r.updated.strftime("%d/%m/%Y")) for r in view.records),
            empty="No partner records are held.",
        ),
        "<h2>Identity details held</h2>",
        table(
            ("Detail", "Value", "From", "Access", "Agreement and basis"),
            _identity_rows(view),
            empty="No identity details are held.",
        ),
        "<h2>Needs, risks, events and involvement</h2>",
        table(
            ("Date", "Kind", "What", "Details", "From", "Agreement and basis"),
            (
                (
                    i.on.strftime("%d/%m/%Y") if i.on else "",
                    i.kind,
                    i.title,
                    visible_detail(i),
                    i.source.partner_name,
                    basis(i.access_of("record.title")),
                )
                for i in items
            ),
            empty="No records of needs, risks or events are held.",
        ),
        table(
            ("Agency", "Records held but not readable here", "Why"),
            ((h.partner_name, h.count, h.state.replace("_", " ")) for h in view.hidden),
            empty="",
        )
        if view.hidden
        else "",
        "<h2>Family and household</h2>",
        table(
            ("Name", "Relation", "Same address", "From"),
            (
                (
                    m.name or "(not shared)",
                    m.relation or "",
                    "yes" if m.same_address else "",
                    ", ".join(m.sources),
                )
                for m in view.household
            ),
            empty="No family or household members are recorded.",
        ),
        "<h2>Consent</h2>",
        table(
            ("Provider", "Purpose", "Decision", "Recorded", "By", "How"),
            (
                (
                    ORGANISATIONS.get(c.provider, c.provider),
                    PURPOSES[c.purpose].label if c.purpose in PURPOSES else c.purpose,
                    c.state,
                    c.recorded_on.strftime("%d/%m/%Y"),
                    c.recorded_by,
                    c.method,
                )
                for c in view.consents
            ),
            empty="No consent decisions are recorded.",
        ),
        "<h2>The team's notes, tasks and referrals</h2>",
        table(
            ("Written", "Kind", "Text", "By", "Shared with"),
            (
                (e.written_at.strftime("%d/%m/%Y"), e.kind, e.text, e.author, ", ".join(e.partners))
                for e in team_entries
            ),
            empty="The team has written nothing about this person.",
        ),
        "<h2>Who has opened or used this record</h2>",
        table(
            ("When", "Who", "Organisation", "What"),
            (
                (
                    a.at.strftime("%d/%m/%Y %H:%M"),
                    a.actor,
                    ORGANISATIONS.get(a.org, a.org),
                    activity_words(a),
                )
                for a in activity
            ),
            empty="No use of this record is logged.",
        ),
    ]
    return page(
        f"Subject access report: {who(view)}",
        f"Everything this Caseworker store holds about {name} (record {view.citizen_id}), "
        "where each item came from, and who has used it.",
        "\n".join(s for s in sections if s),
        generated=generated,
    )
