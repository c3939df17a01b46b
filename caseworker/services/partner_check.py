"""`partners test`: what the next sync of a partner would do, before it does it.

It reaches the partner, reads what the server says it offers (a FHIR CapabilityStatement:
resource types, `_history`), takes the agreements in force (those held, imported or
published, and any the partner publishes now), fetches one page of each kind of record and
runs it through those agreements exactly as a sync would (quarantine checks, the length
limit, the minimiser), keeping nothing. It says, per kind, how many records would be kept
(and how many of those with fields masked or on request), withheld or quarantined, and
lists each problem with its fix: no agreement in force, an agreement for another provider,
a signature that does not verify, a server without what Caseworker needs.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from caseworker.agreements.access import KnownAgreement
from caseworker.agreements.minimise import Minimiser
from caseworker.agreements.registry import (
    Published,
    known_agreements,
    newest_versions,
    why_nothing_in_force,
)
from caseworker.agreements.signing import verify
from caseworker.errors import CaseworkerError
from caseworker.partners.config import PartnerConfig
from caseworker.partners.connectors import Connector, connector_for
from caseworker.partners.fhir import FhirConnector
from caseworker.partners.fhir_codes import SYNCED_TYPES
from caseworker.partners.records import Page
from caseworker.partners.screening import screen_lengths
from caseworker.profile import Profile, load_profile
from caseworker.store.store import Store
from caseworker.sync.ingest import item_row, person_row


@dataclass(frozen=True)
class KindPreview:
    """One kind of record (a FHIR resource type, or Case Sharing changes), one page of it."""

    kind: str
    read: int
    kept: int
    limited: int
    """Of those kept, how many with some fields masked or held back until asked for."""
    withheld: int
    quarantined: dict[str, int] = field(default_factory=dict)
    """Reason code -> how many."""


@dataclass(frozen=True)
class PartnerCheck:
    seconds: float
    reached: bool
    published: int = 0
    verified: int = 0
    in_force: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    """Each says what is wrong and what to change; any of them means the test failed."""
    previews: tuple[KindPreview, ...] = ()

    @property
    def ok(self) -> bool:
        return self.reached and not self.problems


def check_partner(store: Store, config: PartnerConfig, today: date | None = None) -> PartnerCheck:
    started = time.perf_counter()
    today = today or date.today()
    with store.session() as session:
        profile = load_profile(session)
        held = known_agreements(session, config.partner_id)
    problems: list[str] = []
    notes: list[str] = []
    try:
        connector = connector_for(config)
        published = connector.agreements()
    except CaseworkerError as exc:
        return PartnerCheck(time.perf_counter() - started, False, problems=(str(exc),))
    known, verified = _with_published(config, held, published, problems)
    if profile is None:
        problems.append(
            "No profile is chosen, so what may be kept cannot be worked out: choose one first "
            "(caseworker profile set …)."
        )
        return _done(started, len(published), verified, known, today, notes, problems, ())
    if config.partner_id != profile.org:
        why = why_nothing_in_force(known, profile.org, today)
        if why is not None:
            problems.append(
                f"Nothing from {config.name} could be stored: {why}. Import the agreement its "
                f"data protection officer signed: caseworker agreements import FILE --partner "
                f"{config.partner_id}."
            )
    try:
        if isinstance(connector, FhirConnector):
            _capabilities(connector, notes, problems)
        previews = tuple(_previews(connector, config, profile, known, today))
    except CaseworkerError as exc:
        problems.append(str(exc))
        previews = ()
    return _done(started, len(published), verified, known, today, notes, problems, previews)


def _done(
    started: float,
    published: int,
    verified: int,
    known: list[KnownAgreement],
    today: date,
    notes: list[str],
    problems: list[str],
    previews: tuple[KindPreview, ...],
) -> PartnerCheck:
    in_force = tuple(f"{k.document.id} v{k.document.version}" for k in known if k.usable_on(today))
    return PartnerCheck(
        time.perf_counter() - started,
        True,
        published,
        verified,
        in_force,
        tuple(notes),
        tuple(problems),
        previews,
    )


def _with_published(
    config: PartnerConfig,
    held: list[KnownAgreement],
    published: list[Published],
    problems: list[str],
) -> tuple[list[KnownAgreement], int]:
    """The agreements a sync would use: those held, and those published now that verify."""
    known = list(held)
    have = {(k.document.id, k.document.version) for k in held if k.verified}
    verified = 0
    for item in published:
        if item.signed is None:
            problems.append(
                f"{config.name} publishes an agreement that cannot be read: {item.problem}."
            )
            continue
        doc = item.signed.document
        if doc.provider != config.partner_id:
            problems.append(
                f"{config.name} publishes agreement {doc.id} v{doc.version} for provider "
                f"{doc.provider!r}, but this partner's id is {config.partner_id!r}, so it would "
                f"grant nothing. Add the partner again with --id {doc.provider}."
            )
            continue
        if not (config.public_key and verify(item.signed, config.public_key)):
            problems.append(
                f"Agreement {doc.id} v{doc.version} does not verify against the key configured "
                f"for {config.name}: check --public-key is the provider's signing key."
            )
            continue
        verified += 1
        if (doc.id, doc.version) not in have:
            known.append(KnownAgreement(doc, True, False))
    newest = newest_versions((k.document.id, k.document.version) for k in known if k.verified)
    superseded = [  # as the registry would mark them once held
        replace(k, superseded=k.document.version < newest.get(k.document.id, 0)) for k in known
    ]
    return superseded, verified


def _capabilities(connector: FhirConnector, notes: list[str], problems: list[str]) -> None:
    caps = connector.capabilities()
    if not caps.known:
        notes.append(
            "The server publishes no CapabilityStatement"
            + (f" ({caps.problem})" if caps.problem else "")
            + ": Caseworker asks for every type it reads and pages by next links or _offset."
        )
        notes.append("Deletions: found by comparing the server's ids once a day.")
        return
    software = f", {caps.software}" if caps.software else ""
    notes.append(f"FHIR {caps.fhir_version or 'version not stated'}{software}.")
    if not caps.offers("Patient"):
        problems.append(
            "The server offers no Patient search, which Caseworker needs to know whom records "
            "are about. Ask the partner to enable it."
        )
    missing = [t for t in SYNCED_TYPES if not caps.offers(t)]
    if missing:
        notes.append(f"Not offered, so not read: {', '.join(missing)}.")
    history = [t for t in SYNCED_TYPES if caps.history_type(t)]
    notes.append(
        f"Deletions: read from _history for {', '.join(history)}."
        if history
        else "Deletions: found by comparing the server's ids once a day (no type history)."
    )


def _previews(
    connector: Connector,
    config: PartnerConfig,
    profile: Profile,
    known: list[KnownAgreement],
    today: date,
) -> list[KindPreview]:
    minimiser = Minimiser(profile.viewer, known, today)
    out = []
    for kind, page in connector.preview():
        out.append(_preview(kind, page, config, minimiser))
    return out


def _preview(kind: str, page: Page, config: PartnerConfig, minimiser: Minimiser) -> KindPreview:
    screen_lengths(page, config.limits.max_string_chars)
    pid = config.partner_id
    outcomes: Counter[str] = Counter()
    for person in page.persons:
        given = person_row(pid, person)
        outcomes[_outcome(minimiser.person(pid, given), given)] += 1
    for item in page.items:
        given = item_row(pid, item)
        outcomes[_outcome(minimiser.item(pid, given), given)] += 1
    others = len(page.consents) + len(page.relationships)
    limited = outcomes["limited"]
    return KindPreview(
        kind,
        page.size - len(page.tombstones),
        outcomes["kept"] + limited + others,
        limited,
        outcomes["withheld"],
        dict(Counter(r.reason_code for r in page.rejected)),
    )


def _outcome(row: dict[str, Any] | None, given: dict[str, Any]) -> str:
    """withheld (nothing kept), limited (kept with a field masked or held back) or kept."""
    if row is None:
        return "withheld"
    changed = row.get("held_back") or any(row.get(k) != v for k, v in given.items())
    return "limited" if changed else "kept"
