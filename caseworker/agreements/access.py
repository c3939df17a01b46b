"""The access engine: what a viewer may see of one field, and why. Pure: no I/O, no clock.

Given a field of a provider's record, the viewer (organisation, role, purposes), the known
agreements, the citizen's consent and the date, `decide` returns the level — full, masked,
on request or withheld — with the clauses that decided it. Deny wins over permit. An
agreement that is unverified, revoked, superseded, not yet valid or expired grants nothing.
A viewer's own organisation's records are always full.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from fnmatch import fnmatchcase

from caseworker.agreements.model import Agreement, LawfulBasis, Rule

LEVELS = ("withheld", "on_request", "masked", "full")
RANK = {level: i for i, level in enumerate(LEVELS)}

# Why a decision came out as it did (the UI shows a chip for each).
GRANTED, OWN, RELEASED, OVERRIDDEN = "granted", "own", "released", "overridden"
DENIED, CONSENT_NEEDED, OVERRIDE_AVAILABLE = "denied", "consent_needed", "override_available"
EXPIRED, NOT_SHARED = "expired", "not_shared"


@dataclass(frozen=True)
class Viewer:
    org: str
    role: str
    purposes: tuple[str, ...]


@dataclass(frozen=True)
class KnownAgreement:
    """An agreement as the store holds it: the document and what we know about it."""

    document: Agreement
    verified: bool
    superseded: bool = False
    held_for: str | None = None
    """The partner it was published by or imported for, where that is known."""

    @property
    def revoked(self) -> bool:
        return self.document.status == "revoked"

    def usable_on(self, today: date) -> bool:
        doc = self.document
        return (
            self.verified
            and not self.superseded
            and not self.revoked
            and doc.valid_from <= today <= doc.valid_until
        )


@dataclass(frozen=True)
class Reason:
    agreement_id: str
    version: int
    title: str
    provider: str
    clause: str
    effect: str
    level: str
    masking: str | None
    purpose: str | None
    lawful_basis: LawfulBasis | None
    consent: str
    valid_until: date
    recipients: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Everyone the clause covers, as (organisation, roles): who else may see this."""


@dataclass(frozen=True)
class Decision:
    level: str  # one of LEVELS
    state: str  # why, one of the constants above
    masking: str | None = None
    reasons: tuple[Reason, ...] = field(default=())

    @property
    def visible(self) -> bool:
        return self.level in ("full", "masked")


ConsentLookup = Callable[[str, str], str | None]
"""(provider, purpose) -> "given", "refused", "withdrawn" or None (not recorded)."""


def _no_consent(_provider: str, _purpose: str) -> str | None:
    return None


def applies_to(doc: Agreement, rule: Rule, field_id: str, category: str | None) -> bool:
    for name in rule.data_classes:
        data_class = doc.data_classes.get(name)
        if data_class is None or field_id not in data_class.fields:
            continue
        if not data_class.categories:
            return True
        if category is not None and any(fnmatchcase(category, p) for p in data_class.categories):
            return True
    return False


def addressed_to(rule: Rule, viewer: Viewer) -> bool:
    return any(
        r.org in ("*", viewer.org) and ("*" in r.roles or viewer.role in r.roles)
        for r in rule.recipients
    )


def _reason(doc: Agreement, rule: Rule, purpose: str | None) -> Reason:
    return Reason(
        doc.id,
        doc.version,
        doc.title,
        doc.provider,
        rule.clause,
        rule.effect,
        rule.level or "withheld",
        rule.masking,
        purpose,
        rule.lawful_basis,
        rule.consent,
        doc.valid_until,
        tuple((r.org, tuple(r.roles)) for r in rule.recipients),
    )


def decide(
    field_id: str,
    category: str | None,
    provider: str,
    viewer: Viewer,
    agreements: Iterable[KnownAgreement],
    *,
    today: date,
    consent: ConsentLookup = _no_consent,
    overridden: bool = False,
    released: bool = False,
) -> Decision:
    """The access `viewer` has to `field_id` of a `provider` record of `category`.

    `overridden`: the viewer broke the glass on this field (a reason is on record).
    `released`: the provider granted a request to release this field of this record.
    """
    if provider == viewer.org:
        return Decision("full", OWN)
    denies: list[Reason] = []
    grants: list[tuple[Reason, str]] = []  # (reason, state)
    consent_blocked: list[Reason] = []
    override_possible: list[Reason] = []
    lapsed: list[Reason] = []
    for known in agreements:
        doc = known.document
        if doc.provider != provider or not known.verified or known.revoked or known.superseded:
            continue
        in_force = doc.valid_from <= today <= doc.valid_until
        for rule in doc.rules:
            if not addressed_to(rule, viewer) or not applies_to(doc, rule, field_id, category):
                continue
            if rule.effect == "deny":
                if in_force and (not rule.purposes or set(rule.purposes) & set(viewer.purposes)):
                    denies.append(_reason(doc, rule, None))
                continue
            for purpose in (p for p in viewer.purposes if p in rule.purposes):
                reason = _reason(doc, rule, purpose)
                if not in_force:
                    if today > doc.valid_until:
                        lapsed.append(reason)
                    continue
                given = consent(provider, purpose) == "given"
                if rule.consent == "required" and not given:
                    consent_blocked.append(reason)
                elif rule.consent == "override_with_reason" and not given:
                    if overridden:
                        grants.append((reason, OVERRIDDEN))
                    else:
                        override_possible.append(reason)
                else:
                    grants.append((reason, GRANTED))
    if denies:
        return Decision("withheld", DENIED, None, tuple(denies))
    if grants:
        best = max(RANK[r.level] for r, _ in grants)
        top = [(r, s) for r, s in grants if RANK[r.level] == best]
        # Prefer a plain grant over a broken glass when both reach the same level.
        state = GRANTED if any(s == GRANTED for _, s in top) else OVERRIDDEN
        reasons = tuple(r for r, s in top if s == state)
        level = LEVELS[best]
        if level == "on_request" and released:
            return Decision("full", RELEASED, None, reasons)
        masking = reasons[0].masking if level == "masked" else None
        return Decision(level, state, masking, reasons)
    if consent_blocked:
        return Decision("withheld", CONSENT_NEEDED, None, tuple(consent_blocked))
    if override_possible:
        return Decision("withheld", OVERRIDE_AVAILABLE, None, tuple(override_possible))
    if lapsed:
        return Decision("withheld", EXPIRED, None, tuple(lapsed))
    return Decision("withheld", NOT_SHARED)


def storable(
    field_id: str,
    category: str | None,
    provider: str,
    viewer: Viewer,
    agreements: Sequence[KnownAgreement],
    *,
    today: date,
    released: bool = False,
) -> Decision:
    """What may be kept in the store: the view's best case (consent given, glass broken).

    Consent and break-glass are decided at each view, so data they may unlock is kept;
    anything no agreement lets this viewer see at all is never written.
    """
    return decide(
        field_id,
        category,
        provider,
        viewer,
        agreements,
        today=today,
        consent=lambda _p, _u: "given",
        overridden=True,
        released=released,
    )


DecisionKey = tuple[str, str, str | None, bool]
"""(provider, field, record category or None, released after a request)."""


class DecisionCache:
    """Decisions for one viewer at one moment, each worked out once: a sync or a person's
    page asks the same few questions thousands of times. `compute` answers one key."""

    def __init__(self, compute: Callable[[str, str, str | None, bool], Decision]) -> None:
        self._compute = compute
        self._held: dict[DecisionKey, Decision] = {}

    def get(self, provider: str, field: str, category: str | None, released: bool) -> Decision:
        key = (provider, field, category, released)
        found = self._held.get(key)
        if found is None:
            found = self._held[key] = self._compute(provider, field, category, released)
        return found
