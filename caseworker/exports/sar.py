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
from caseworker.exports.page import esc, page, table
from caseworker.views.citizen import CitizenView, IdentityField, identity_text
from caseworker.views.contacts import CONCERNS
from caseworker.views.decisions import FrontDoorRecord
from caseworker.views.team import TeamEntryView
from caseworker.words import ENGLISH, N_, Words, worded

LEVEL_WORDS = {
    "full": N_("shared in full"),
    "masked": N_("shared in part"),
    "on_request": N_("shared on request"),
    "withheld": N_("not shared"),
}
ACTIVITY_WORDS = {
    "view": N_("opened the record"),
    "seen_in_household": N_(
        "saw risks held on this person, on the page of someone in their household"
    ),
    "reveal": N_("revealed a field"),
    "export": N_("exported the record"),
    "access_request": N_("asked a partner to release information"),
    "break_glass": N_("used emergency access"),
    "note": N_("wrote a note"),
    "task": N_("set or completed a task"),
    "referral": N_("made a referral"),
    "link_decision": N_("decided which records belong to this person"),
    "consent": N_("recorded a consent decision"),
    "follow": N_("followed or stopped following the record"),
    "emerging_need": N_("decided about the household's entry on the emerging-needs list"),
    "contact": N_("recorded, matched, rated or read a contact about them at the front door"),
    "enquiry": N_("asked partner agencies what they know about them, or read their answers"),
    "decision": N_("recorded the front door's decision about them and told the agencies"),
}
KIND_WORDS = {
    "need": N_("need"),
    "risk": N_("risk"),
    "event": N_("event"),
    "involvement": N_("involvement"),
    "note": N_("note"),
    "task": N_("task"),
    "referral": N_("referral"),
}
"""What an item or a team entry is; a kind not listed is shown as its code."""
HIDDEN_WORDS = {
    "on_request": N_("on request"),
    "withheld": N_("not shared"),
    "consent_needed": N_("consent needed"),
    "override_available": N_("held back; emergency access is possible"),
    "expired": N_("agreement expired"),
}
CONSENT_WORDS = {
    "given": N_("given"),
    "refused": N_("refused"),
    "withdrawn": N_("withdrawn"),
}
METHOD_WORDS = {
    "verbal": N_("verbal"),
    "written": N_("written"),
    "electronic": N_("electronic"),
}


EXPORT_STAGE_WORDS = {
    "written": N_("saved an export of the record"),
    "failed": N_("tried to save an export of the record, which failed (nothing was saved)"),
}


def activity_words(entry: AuditRecord, say: Words = ENGLISH) -> str:
    """One use of the record in plain words; an export says whether its file was saved."""
    if entry.kind == "export" and (stage := entry.detail.get("stage")) in EXPORT_STAGE_WORDS:
        return say(EXPORT_STAGE_WORDS[str(stage)])
    known = ACTIVITY_WORDS.get(entry.kind)
    return say(known) if known else entry.kind.replace("_", " ")


def basis(decision: Decision | None, say: Words = ENGLISH) -> str:
    """Agreement, clause, purposes and lawful basis, in one line per clause."""
    if decision is None:
        return ""
    if decision.state == OWN:
        return say("The organisation's own record")
    clauses: dict[tuple[str, int, str], list[Reason]] = {}
    for reason in decision.reasons:
        clauses.setdefault((reason.title, reason.version, reason.clause), []).append(reason)
    lines = []
    for (title, version, clause), reasons in clauses.items():
        purposes = sorted(
            {
                say(PURPOSES[r.purpose].label) if r.purpose in PURPOSES else r.purpose
                for r in reasons
                if r.purpose
            }
        )
        words = say(
            "{title} v{version}, clause {clause}", title=title, version=version, clause=clause
        )
        if purposes:
            words += say("; for {purposes}", purposes=", ".join(purposes).lower())
        lawful = next((r.lawful_basis for r in reasons if r.lawful_basis), None)
        if lawful is not None:
            named = LAWFUL_BASES.get(lawful.article6)
            words += say("; lawful basis: {basis}", basis=say(named) if named else lawful.article6)
        lines.append(words)
    return " / ".join(lines)


def _held_rows(
    field: str, label: str, held: IdentityField[Any], say: Words
) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    values = [held.preferred] if held.preferred else []
    for sourced in (*values, *held.variants):
        value = sourced.value
        shown = identity_text(field, value, say)
        level = sourced.access.level if sourced.access else "full"
        rows.append(
            (
                say(label),
                shown,
                sourced.source.partner_name,
                say(LEVEL_WORDS[level]),
                basis(sourced.access, say),
            )
        )
    for withheld in held.held_back:
        rows.append(
            (
                say(label),
                say("(held by the partner; released on request)"),
                withheld.source.partner_name,
                say(LEVEL_WORDS["on_request"]),
                basis(withheld.access, say),
            )
        )
    return rows


IDENTITY_LABELS = (
    ("name", N_("Name")),
    ("birth_date", N_("Date of birth")),
    ("nhs_number", N_("NHS number")),
    ("address", N_("Address")),
    ("other_names", N_("Other names")),
    ("unverified_numbers", N_("NHS number, unverified")),
    ("identifiers", N_("Other identifiers")),
    ("preferred_language", N_("Preferred language")),
)


def _identity_rows(view: CitizenView, say: Words) -> list[tuple[str, ...]]:
    ident = view.identity
    return [
        row
        for field, label in IDENTITY_LABELS
        for row in _held_rows(field, label, getattr(ident, field), say)
    ]


def to_html(
    view: CitizenView,
    team_entries: Sequence[TeamEntryView],
    activity: Sequence[AuditRecord],
    *,
    generated: date | None = None,
    say: Words = ENGLISH,
    front_door: Sequence[FrontDoorRecord] = (),
) -> str:
    """The report, in the language of `say` (English unless the interface asks for Welsh)."""
    name = view.identity.name.preferred.value if view.identity.name.preferred else say("(no name)")
    items = [i for group in view.needs_and_risks for i in group.items] + list(view.chronology)
    sections = [
        "<p><b>{draft}</b> {check}</p>".format(
            draft=esc(say("Draft for review.")),
            check=esc(
                say(
                    "Check this report with your information governance team before it is "
                    "released: partners' own records are theirs to disclose, and third "
                    "parties' details may need to be removed."
                )
            ),
        ),
        heading(say("Who shared records about this person")),
        table(
            (say("Agency"), say("Record"), say("Last updated")),
            ((r.partner_name, r.record_id, r.updated.strftime("%d/%m/%Y")) for r in view.records),
            empty=say("No partner records are held."),
        ),
        heading(say("Identity details held")),
        table(
            (say("Detail"), say("Value"), say("From"), say("Access"), say("Agreement and basis")),
            _identity_rows(view, say),
            empty=say("No identity details are held."),
        ),
        heading(say("Needs, risks, events and involvement")),
        table(
            (
                say("Date"),
                say("Kind"),
                say("What"),
                say("Details"),
                say("From"),
                say("Agreement and basis"),
            ),
            (
                (
                    i.on.strftime("%d/%m/%Y") if i.on else "",
                    worded(KIND_WORDS, i.kind, say),
                    i.title,
                    visible_detail(i, say),
                    i.source.partner_name,
                    basis(i.access_of("record.title"), say),
                )
                for i in items
            ),
            empty=say("No records of needs, risks or events are held."),
        ),
        table(
            (say("Agency"), say("Records held but not readable here"), say("Why")),
            ((h.partner_name, h.count, worded(HIDDEN_WORDS, h.state, say)) for h in view.hidden),
            empty="",
        )
        if view.hidden
        else "",
        heading(say("Family and household")),
        table(
            (say("Name"), say("Relation"), say("Same address"), say("From")),
            (
                (
                    m.name or say("(not shared)"),
                    m.relation or "",
                    say("yes") if m.same_address else "",
                    ", ".join(m.sources),
                )
                for m in view.household
            ),
            empty=say("No family or household members are recorded."),
        ),
        heading(say("Consent")),
        table(
            (
                say("Provider"),
                say("Purpose"),
                say("Decision"),
                say("Recorded"),
                say("By"),
                say("How"),
            ),
            (
                (
                    ORGANISATIONS.get(c.provider, c.provider),
                    say(PURPOSES[c.purpose].label) if c.purpose in PURPOSES else c.purpose,
                    worded(CONSENT_WORDS, c.state, say),
                    c.recorded_on.strftime("%d/%m/%Y"),
                    c.recorded_by,
                    worded(METHOD_WORDS, c.method, say),
                )
                for c in view.consents
            ),
            empty=say("No consent decisions are recorded."),
        ),
        heading(say("The team's notes, tasks and referrals")),
        table(
            (say("Written"), say("Kind"), say("Text"), say("By"), say("Shared with")),
            (
                (
                    e.written_at.strftime("%d/%m/%Y"),
                    worded(KIND_WORDS, e.kind, say),
                    e.text,
                    e.author,
                    ", ".join(e.partners),
                )
                for e in team_entries
            ),
            empty=say("The team has written nothing about this person."),
        ),
        *_front_door_sections(front_door, say),
        heading(say("Who has opened or used this record")),
        table(
            (say("When"), say("Who"), say("Organisation"), say("What")),
            (
                (
                    a.at.strftime("%d/%m/%Y %H:%M"),
                    a.actor,
                    ORGANISATIONS.get(a.org, a.org),
                    activity_words(a, say),
                )
                for a in activity
            ),
            empty=say("No use of this record is logged."),
        ),
    ]
    return page(
        say("Subject access report: {person}", person=who(view, say)),
        say(
            "Everything this Caseworker store holds about {name} (record {record}), where "
            "each item came from, and who has used it.",
            name=name,
            record=view.citizen_id,
        ),
        "\n".join(s for s in sections if s),
        generated=generated,
        say=say,
    )


ANSWER_WORDS = {
    "share": N_("shared what it holds"),
    "withhold": N_("withheld what it holds"),
    "nothing_known": N_("knows nothing of the child or household"),
}


def _front_door_sections(records: Sequence[FrontDoorRecord], say: Words) -> list[str]:
    """Contacts about the person at the front door, what each agency told it (or withheld,
    and why), and the decision with its rationale."""
    if not records:
        return []
    contacts = table(
        (say("Received"), say("About"), say("Raised by"), say("Concern"), say("Decision")),
        (
            (
                r.contact.received_at.strftime("%d/%m/%Y %H:%M"),
                say(CONCERNS[r.contact.about]),
                f"{r.contact.raised_by} ({r.contact.referrer_agency})",
                r.contact.concern,
                say(
                    "{outcome}, {date}, by {who}: {why}",
                    outcome=say(r.decision.words),
                    date=r.decision.decided_at.strftime("%d/%m/%Y"),
                    who=r.decision.decided_by,
                    why=r.decision.rationale,
                )
                if r.decision
                else say("not decided yet"),
            )
            for r in records
        ),
        empty="",
    )
    answers = [(r, a) for r in records if r.enquiry for a in r.enquiry.answers if a.decision]
    told = table(
        (say("Agency"), say("Answered"), say("Decision and reason"), say("What it shared")),
        (
            (
                a.partner,
                a.answered_at.strftime("%d/%m/%Y %H:%M") if a.answered_at else "",
                " — ".join(
                    p for p in (say(ANSWER_WORDS[a.decision or "share"]), a.reason or "") if p
                ),
                "; ".join(
                    f"{i.on:%d/%m/%Y} {i.summary}" if i.on else i.summary for i in a.research
                ),
            )
            for _, a in answers
        ),
        empty=say("No agency has answered an enquiry about this person yet."),
    )
    return [
        heading(say("Contacts at the front door")),
        contacts,
        heading(say("What agencies told the front door")),
        told,
    ]


def heading(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"
