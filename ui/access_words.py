"""How access decisions read: the chip's glyph and word, and the tooltip's reasons.

Every chip pairs a glyph with a word, so nothing depends on colour. The tooltip answers
"why can I see this?": provider, agreement and clause, purpose, lawful basis, expiry.
"""

from __future__ import annotations

from caseworker.views.vocabulary import (
    LAWFUL_BASES,
    ORGANISATIONS,
    PURPOSES,
    ROLES,
    Decision,
    Reason,
)
from ui.i18n import tr


def chip_text(decision: Decision | None) -> tuple[str, str]:
    """(text, kind): kind names the style (full, masked, on_request, blocked, expired, own)."""
    if decision is None:
        return "", "none"
    state, level = decision.state, decision.level
    if state == "own":
        return "■ " + tr("Own record"), "own"
    if state == "released":
        return "● " + tr("Released"), "full"
    if state == "overridden":
        return "⚠ " + tr("Break glass"), "override"
    if level == "full":
        return "● " + tr("Full"), "full"
    if level == "masked":
        return "◐ " + tr("Masked"), "masked"
    if level == "on_request":
        return "◌ " + tr("On request"), "on_request"
    if state == "consent_needed":
        return "⊘ " + tr("Consent needed"), "blocked"
    if state == "override_available":
        return "⚠ " + tr("Break glass available"), "blocked"
    if state == "expired":
        return "◷ " + tr("Expired"), "expired"
    return "✕ " + tr("Not shared"), "blocked"


QUIET_KINDS = frozenset({"full", "own", "none"})
"""Access that is the usual case: lists leave it unsaid, so the exceptions stand out."""


def row_access_text(title: Decision | None, detail: Decision | None) -> str:
    """A record's access in a list, saying only what is out of the ordinary: the title's
    exception, else the narrative's ("◌ On request (narrative)"), else nothing."""
    text, kind = chip_text(title)
    if kind not in QUIET_KINDS:
        return text
    text, kind = chip_text(detail)
    if kind not in QUIET_KINDS:
        return tr("{access} (narrative)", access=text)
    return ""


PREVIEW_CHARS = 60
"""How much of a narrative a list shows; the rest is read in full, and that is recorded."""


def preview(text: str) -> str:
    """The start of a narrative: its first line, cut at a word before PREVIEW_CHARS."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    if len(first) <= PREVIEW_CHARS and first == text.strip():
        return first
    cut = first[:PREVIEW_CHARS]
    if len(first) > PREVIEW_CHARS and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


def detail_text(detail: str | None, decision: Decision | None, request: str | None = None) -> str:
    """The start of a record's narrative (ui.access_words.preview), or what stands in for it
    when this viewer may not read it."""
    if decision is not None and decision.level == "on_request":
        return "◌ " + {
            "queued": tr("On request: your request goes at the next sync"),
            "delivered": tr("On request: requested, awaiting the partner's decision"),
            "refused": tr("On request: the partner refused your request"),
            "granted": tr("On request: released, arriving with the next sync"),
            "rejected": tr("On request: the partner could not take your request (see the Outbox)"),
            "lapsed": tr("On request: the partner lost your request; right-click to ask again"),
        }.get(request or "", tr("On request: right-click to ask the provider to release it"))
    if decision is not None and decision.state == "override_available":
        return "⚠ " + tr("Needs consent: right-click to break the glass in an emergency")
    if detail is None and decision is not None and not decision.visible:
        return chip_text(decision)[0]
    return preview(detail) if detail else ""


def masking_words(masking: str | None) -> str:
    return {
        "year_of_birth": tr("year of birth only"),
        "postcode_district": tr("postcode district only"),
        "category_only": tr("category only"),
        "initials": tr("initials only"),
    }.get(masking or "", "")


def _recipients(reason: Reason) -> str:
    parts = []
    for org, roles in reason.recipients:
        org_name = tr("any organisation") if org == "*" else ORGANISATIONS.get(org, org)
        role_names = [
            tr("any role") if r == "*" else ROLES.get(r, (org, r))[1].lower() for r in roles
        ]
        parts.append(f"{org_name} ({', '.join(role_names)})")
    return "; ".join(parts)


def basis_words(reason: Reason) -> str:
    """A clause's lawful basis in words ("Public task (Article 6(1)(e)); Health and social
    care (Article 9(2)(h))"), or "" when the agreement names none."""
    basis = reason.lawful_basis
    if basis is None:
        return ""
    words = [LAWFUL_BASES.get(basis.article6, basis.article6)]
    if basis.article9:
        words.append(LAWFUL_BASES.get(basis.article9, basis.article9))
    return "; ".join(words)


def _short_basis(reason: Reason) -> str:
    """ "public task, health and social care": the bases without their article numbers."""
    basis = reason.lawful_basis
    if basis is None:
        return ""
    terms = [basis.article6, *([basis.article9] if basis.article9 else [])]
    words = [LAWFUL_BASES.get(t, t).split(" (", 1)[0] for t in terms]
    return ", ".join(w[:1].lower() + w[1:] for w in words)


def sharing_summary(partner_name: str, decisions: list[Decision]) -> tuple[str, str]:
    """(short, full) for a provider on the Access tab: the lawful basis it shares on, in words
    (in safeguarding it is usually not consent), and in full the agreement and the articles,
    and whether any of it waits on the person's consent."""
    if any(d.state == "own" for d in decisions):
        own = tr("{partner}: your own organisation's records", partner=partner_name)
        return own, own + "."
    permits = {
        (r.title, r.version, basis_words(r)): r
        for d in decisions
        for r in d.reasons
        if r.effect == "permit"
    }
    if not permits:
        none = tr("{partner}: nothing shared with your role", partner=partner_name)
        return none, none + "."
    consent = any(r.consent == "required" for r in permits.values())
    short = tr(
        "{partner}: {bases}",
        partner=partner_name,
        bases=", ".join(dict.fromkeys(_short_basis(r) for r in permits.values() if r.lawful_basis))
        or tr("no basis stated"),
    )
    if consent:
        short += " " + tr("(some only with consent)")
    full = tr(
        "{partner} shares under {agreements}, on the lawful basis of {bases}.",
        partner=partner_name,
        agreements=" · ".join(dict.fromkeys(r.title for r in permits.values())),
        bases=" · ".join(dict.fromkeys(b for _, _, b in permits if b)) or tr("(none stated)"),
    )
    if consent:
        full += " " + tr("Some of it only while the person's consent is recorded.")
    return short, full


def reasons_text(decision: Decision | None, partner_name: str = "") -> str:
    """The tooltip: why this viewer sees (or does not see) the value."""
    if decision is None:
        return ""
    if decision.state == "own":
        return tr("A record of your own organisation.")
    lines = []
    if partner_name:
        lines.append(tr("Shared by {partner}", partner=partner_name))
    text, _ = chip_text(decision)
    summary = text[2:]
    if decision.masking:
        summary += f" ({masking_words(decision.masking)})"
    lines.append(tr("Access: {summary}", summary=summary))
    seen: set[tuple[str, int, str]] = set()
    for reason in decision.reasons:
        key = (reason.agreement_id, reason.version, reason.clause)
        purposes = [
            PURPOSES[r.purpose].label
            for r in decision.reasons
            if (r.agreement_id, r.version, r.clause) == key and r.purpose in PURPOSES
        ]
        if key in seen:
            continue
        seen.add(key)
        lines.append(
            tr(
                "Agreement: {title} (version {version}), clause {clause}",
                title=reason.title,
                version=reason.version,
                clause=reason.clause,
            )
        )
        if purposes:
            lines.append(tr("Purpose: {purposes}", purposes=", ".join(purposes)))
        if reason.lawful_basis is not None:
            lines.append(tr("Lawful basis: {basis}", basis=basis_words(reason)))
            lines.append(tr("Statute: {statute}", statute=reason.lawful_basis.statute))
        if reason.consent != "not_required":
            lines.append(
                tr(
                    "Consent: {mode}",
                    mode={
                        "required": tr("needed from the citizen"),
                        "override_with_reason": tr(
                            "sought; may be overridden with a recorded reason"
                        ),
                    }.get(reason.consent, reason.consent),
                )
            )
        if reason.recipients:
            lines.append(tr("Shared under this clause with: {who}", who=_recipients(reason)))
        lines.append(tr("Valid until {date}", date=reason.valid_until.strftime("%d/%m/%Y")))
    if decision.state == "not_shared":
        lines.append(tr("No agreement shares this with your organisation and role."))
    return "\n".join(lines)
