"""Words for the core's codes: agencies, domains, kinds of record, sync states."""

from __future__ import annotations

from datetime import date

from ui.i18n import tr


def agency(code: str) -> str:
    return {
        "health": tr("Health"),
        "social_care": tr("Social care"),
        "police": tr("Police"),
        "education": tr("Education"),
        "housing": tr("Housing"),
    }.get(code, code)


def domain(code: str) -> str:
    return {
        "safety": tr("Safety and safeguarding"),
        "health": tr("Physical and mental health"),
        "education": tr("Education"),
        "housing": tr("Housing"),
        "finances": tr("Finances"),
        "family": tr("Family and relationships"),
    }.get(code, code)


def kind(code: str) -> str:
    return {
        "need": tr("Need"),
        "risk": tr("Risk"),
        "event": tr("Event"),
        "involvement": tr("Involvement"),
    }.get(code, code)


def sync_state(code: str) -> str:
    return {
        "waiting": tr("Waiting"),
        "running": tr("Syncing"),
        "done": tr("Up to date"),
        "paused": tr("Paused"),
        "failed": tr("Failed"),
        "cancelled": tr("Cancelled"),
    }.get(code, code)


def relation(code: str) -> str:
    """What someone is to the person whose page this is."""
    return {
        "mother": tr("Mother"),
        "father": tr("Father"),
        "parent": tr("Parent"),
        "child": tr("Child"),
        "sibling": tr("Brother or sister"),
        "partner": tr("Partner"),
        "carer": tr("Carer"),
        "cared_for": tr("Cared for"),
        "grandparent": tr("Grandparent"),
        "grandchild": tr("Grandchild"),
        "other": tr("Other relation"),
    }.get(code, code)


def field(code: str) -> str:
    return {
        "person.name": tr("Name"),
        "person.birth_date": tr("Date of birth"),
        "person.sex": tr("Sex"),
        "person.nhs_number": tr("NHS number"),
        "person.address": tr("Address"),
        "person.postcode": tr("Postcode"),
        "person.identifiers": tr("Other identifiers (pupil number, police id)"),
        "record.title": tr("Record: what it is"),
        "record.date": tr("Record: date"),
        "record.severity": tr("Record: risk grade"),
        "record.status": tr("Record: status"),
        "record.detail": tr("Record: narrative"),
    }.get(code, code)


def purpose(code: str) -> str:
    return {
        "safeguarding_children": tr("Safeguarding children"),
        "adult_safeguarding": tr("Adult safeguarding"),
        "early_help": tr("Early help"),
        "integrated_care": tr("Integrated care"),
    }.get(code, code)


def rating(code: str) -> str:
    """A contact's RAG rating in words."""
    return {"red": tr("red"), "amber": tr("amber"), "green": tr("green")}.get(code, code)


def consent_state(code: str) -> str:
    return {"given": tr("Given"), "refused": tr("Refused"), "withdrawn": tr("Withdrawn")}.get(
        code, code
    )


def agreement_status(code: str) -> str:
    return {
        "active": "● " + tr("Active"),
        "expiring_soon": "◷ " + tr("Expiring soon"),
        "not_yet_valid": "◌ " + tr("Not yet in force"),
        "expired": "◷ " + tr("Expired"),
        "revoked": "✕ " + tr("Revoked"),
        "superseded": "↻ " + tr("Superseded"),
        "signature_invalid": "⚠ " + tr("Signature invalid"),
        "provider_mismatch": "⚠ " + tr("From another provider than its partner"),
    }.get(code, code)


def match_field(field: str) -> str:
    """A field as the record matcher compares it."""
    return {
        "given": tr("First name"),
        "family": tr("Surname"),
        "birth_date": tr("Date of birth"),
        "sex": tr("Sex"),
        "postcode": tr("Postcode"),
        "address": tr("Address"),
        "email": tr("Email"),
    }.get(field, field)


def match_level(level: str | None) -> str:
    """How two records' values compare, in words."""
    return {
        None: tr("missing on one side: counts neither way"),
        "exact": tr("the same"),
        "similar": tr("nearly the same (a typo or a nickname)"),
        "swapped": tr("day and month swapped"),
        "partial": tr("one part differs"),
        "district": tr("same district, other street"),
        "different": tr("different"),
        "unlike": tr("clearly different"),
    }.get(level, level or "")


def age(born: date, today: date | None = None) -> int:
    """Whole years since `born` (a birthday today counts)."""
    today = today or date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def born(birth_date: date | None, today: date | None = None) -> str:
    """'22/10/2019 (age 7)', or a dash when the date is not known."""
    if birth_date is None:
        return "—"
    return tr(
        "{date} (age {age})", date=birth_date.strftime("%d/%m/%Y"), age=age(birth_date, today)
    )


def failure_words(code: str | None) -> str:
    """Why a partner's last sync failed and what to do, by the error's code."""
    return {
        "partner_unavailable": tr(
            "It could not be reached. Caseworker tries again at each sync; if this goes on, "
            "tell your administrator."
        ),
        "auth_expired": tr(
            "It refused Caseworker's credentials. Ask your administrator to renew the "
            "connection (Settings → Partners)."
        ),
        "partner_certificate": tr(
            "Its certificate could not be trusted, so nothing was fetched. Tell your administrator."
        ),
        "no_agreement": tr(
            "No data-sharing agreement with it is in force for your organisation. Ask your "
            "data protection officer (View → Agreements)."
        ),
        "partner_incomplete": tr(
            "It sent only part of what it holds. Caseworker asks for the rest at the next sync."
        ),
    }.get(
        code or "",
        tr(
            "It answered in a way Caseworker could not use. Tell your administrator; the "
            "records already held are unaffected."
        ),
    )
