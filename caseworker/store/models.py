"""ORM models of the store. Every row a partner sent is kept with its partner and source id.

Source records stay as each partner sent them (after minimisation); citizens are the links
between them. Items (needs, risks, events, involvements) point at their person by the
partner's own person id, so they can arrive before or after the person they belong to.
The front door's tables (contacts, enquiries, decisions) are in front_door_models and the
declarative base in base; both are re-exported here, so every table is imported from one
place.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.store.base import Base, UtcDateTime, utcnow
from caseworker.store.front_door_models import Contact, Decision, Enquiry, EnquiryAnswer


class Partner(Base):
    """A partner agency's system that shares records with this user's organisation."""

    __tablename__ = "partners"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(32))
    protocol: Mapped[str] = mapped_column(String(16))
    base_url: Mapped[str] = mapped_column(String(500))
    cursor: Mapped[str | None] = mapped_column(Text, default=None)
    last_synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    public_key: Mapped[str | None] = mapped_column(String(100), default=None)
    agreements_url: Mapped[str | None] = mapped_column(String(500), default=None)
    auth: Mapped[str] = mapped_column(String(16), default="none", server_default="none")
    token_url: Mapped[str | None] = mapped_column(String(500))
    client_id: Mapped[str | None] = mapped_column(String(200))
    ca_bundle: Mapped[str | None] = mapped_column(String(500))
    client_cert: Mapped[str | None] = mapped_column(String(500))
    limits: Mapped[str | None] = mapped_column(Text, default=None)
    """The partner's own limits where they differ from the defaults, as JSON."""
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Syncs in a row that failed; the partner is paused for longer after each."""
    paused_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_failure_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_error_code: Mapped[str | None] = mapped_column(String(40))
    """The code of the error that stopped the last failed sync (caseworker.errors)."""
    last_error: Mapped[str | None] = mapped_column(String(300))
    """Its message and what to do, in plain words (no personal data: errors carry none)."""
    """The provider's Ed25519 public key (base64): its agreements must verify against it."""


class Citizen(Base):
    """One real person, as far as linkage can tell: the records linked to this id."""

    __tablename__ = "citizens"
    __table_args__ = (Index("ix_citizens_merged_into", "merged_into"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("citizens.id"))
    """Set while this citizen's records are linked into another; cleared when unlinked."""


class SourcePerson(Base):
    """A partner's record of a person, as shared."""

    __tablename__ = "source_persons"
    __table_args__ = (
        UniqueConstraint("partner_id", "source_id", name="uq_source_persons_partner_source"),
        # Linkage reads these three without the record itself: each index covers its query.
        Index("ix_source_persons_nhs_citizen", "nhs_number", "citizen_id"),
        Index("ix_source_persons_link_key", "link_key", "partner_id", "citizen_id", "nhs_number"),
        Index("ix_source_persons_citizen_partner", "citizen_id", "partner_id", "nhs_number"),
        # Search: a name word checks the other name in the index, and finds the citizen there;
        # linkage's second look reads namesakes' birth dates there (linkage/pool.py).
        Index(
            "ix_source_persons_search_family",
            "search_family",
            "search_given",
            "birth_date",
            "citizen_id",
        ),
        Index("ix_source_persons_search_given", "search_given", "search_family", "citizen_id"),
        # Linkage blocks: a birth date or a postcode, with an initial (linkage/pool.py).
        Index("ix_source_persons_birth_family", "birth_date", "family_initial"),
        Index("ix_source_persons_birth_given", "birth_date", "given_initial"),
        Index("ix_source_persons_postcode_family", "postcode", "family_initial"),
        Index("ix_source_persons_postcode_given", "postcode", "given_initial"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    source_id: Mapped[str] = mapped_column(String(128))
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizens.id"))
    given_name: Mapped[str | None] = mapped_column(String(200))
    family_name: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(16))
    nhs_number: Mapped[str | None] = mapped_column(String(10))
    nhs_number_unverified: Mapped[str | None] = mapped_column(String(32))
    nhs_number_status: Mapped[str | None] = mapped_column(String(2))
    """The partner's NHS number verification status (UK Core code), where it sends one."""
    other_names: Mapped[str | None] = mapped_column(Text)
    """Names besides the shown one, '; '-separated."""
    other_name_uses: Mapped[str | None] = mapped_column(String(200))
    """Each other name's use (maiden, old, nickname…), ';'-separated in the same order."""
    search_other: Mapped[str | None] = mapped_column(Text)
    """The other names' words as name keys, for the FTS5 index (caseworker.linkage.derived)."""
    """An NHS number that fails the check digit: kept as the partner sent it, never linked on."""
    address: Mapped[str | None] = mapped_column(String(500))
    postcode: Mapped[str | None] = mapped_column(String(10))
    search_given: Mapped[str] = mapped_column(String(200), default="")
    search_family: Mapped[str] = mapped_column(String(200), default="")
    link_key: Mapped[str | None] = mapped_column(String(500))
    family_initial: Mapped[str] = mapped_column(String(1), default="", server_default="")
    given_initial: Mapped[str] = mapped_column(String(1), default="", server_default="")
    """Initials of the surname and of the first name (nicknames made full), which linkage
    blocks on (caseworker/linkage/derived.py)."""
    identifiers: Mapped[str | None] = mapped_column(String(300))
    """Other identifiers the partner gave, as 'system:value' separated by spaces (e.g. a
    unique pupil number); indexed for linkage in person_identifiers."""
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    """The language the person prefers (BCP 47 language subtag), where the partner records it
    and the agreement shares `person.language`: what is printed for them is in it by default."""
    held_back: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """Fields shared 'on request': they exist at the partner but are not stored (comma list)."""
    source_updated: Mapped[datetime] = mapped_column(UtcDateTime())


class PersonIdentifier(Base):
    """One identifier of a source person (other than the NHS number), for deterministic links."""

    __tablename__ = "person_identifiers"
    __table_args__ = (
        Index("ix_person_identifiers_value", "system", "value"),
        Index("ix_person_identifiers_person", "person_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("source_persons.id", ondelete="CASCADE"))
    system: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(64))


class LinkPair(Base):
    """Two source persons linkage has considered: a review candidate, or a decision on them.

    `person_a` < `person_b`. Status: open (awaiting review), accepted (the same person),
    rejected (different people). A decided pair is never asked about again, and a rejected
    pair keeps the two citizens apart whatever later evidence says.
    """

    __tablename__ = "link_pairs"
    __table_args__ = (
        UniqueConstraint("person_a", "person_b", name="uq_link_pairs_pair"),
        Index("ix_link_pairs_status", "status"),
        Index("ix_link_pairs_person_b", "person_b"),
        Index("ix_link_pairs_event", "event_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_a: Mapped[int] = mapped_column(ForeignKey("source_persons.id", ondelete="CASCADE"))
    person_b: Mapped[int] = mapped_column(ForeignKey("source_persons.id", ondelete="CASCADE"))
    probability: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(16), default="open")
    origin: Mapped[str] = mapped_column(String(16), default="matcher")
    """matcher (found by linkage) | manual (a user linked or unlinked by hand)"""
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    event_id: Mapped[int | None] = mapped_column(ForeignKey("link_events.id"))
    """The merge an acceptance made, so that undo splits exactly those records back."""


class LinkEvent(Base):
    """A change to which records make up which citizen: the log that makes unlink exact.

    kind: auto_link | accepted | manual_link (records of `absorbed` moved into `citizen`),
    split (records moved out of `citizen` into `absorbed`). `person_ids` names exactly the
    source persons moved; undoing an event moves exactly those back.
    """

    __tablename__ = "link_events"
    __table_args__ = (
        Index("ix_link_events_citizen", "citizen_id"),
        Index("ix_link_events_absorbed", "absorbed_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    absorbed_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    person_ids: Mapped[str] = mapped_column(Text)
    """JSON list of source person ids moved."""
    probability: Mapped[float | None] = mapped_column(Float)
    decided_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class Relationship(Base):
    """A relationship a partner recorded between one of its persons and someone else.

    The other person is the partner's own record (`related_source_id`) when the partner holds
    one, else only named (`related_name`, `related_birth_date`), as FHIR RelatedPerson does.
    `relation` is what the other person is to this one: mother, father, parent, child,
    sibling, partner, carer, grandparent, other.
    """

    __tablename__ = "relationships"
    __table_args__ = (
        UniqueConstraint("partner_id", "source_id", name="uq_relationships_partner_source"),
        Index("ix_relationships_person", "partner_id", "person_source_id"),
        Index("ix_relationships_related", "partner_id", "related_source_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    source_id: Mapped[str] = mapped_column(String(128))
    person_source_id: Mapped[str] = mapped_column(String(128))
    related_source_id: Mapped[str | None] = mapped_column(String(128))
    related_name: Mapped[str | None] = mapped_column(String(200))
    related_birth_date: Mapped[date | None] = mapped_column(Date)
    relation: Mapped[str] = mapped_column(String(32))
    source_updated: Mapped[datetime] = mapped_column(UtcDateTime())


ADDRESS_WORDS = "source_person_address_words"
"""The FTS5 index of address words (migration 0010): SQL only, not a model."""
OTHER_NAME_WORDS = "source_person_other_names"
"""The FTS5 index of other names (maiden, old, nicknames; migration 0016): SQL only."""


def managed_by_models(name: str | None, type_: str, _parent: object) -> bool:
    """For schema comparison: every table but the FTS5 word indexes and their parts."""
    return not (
        type_ == "table" and name is not None and name.startswith((ADDRESS_WORDS, OTHER_NAME_WORDS))
    )


class SourceItem(Base):
    """A need, risk, event or involvement a partner recorded about one of its persons."""

    __tablename__ = "source_items"
    __table_args__ = (
        UniqueConstraint("partner_id", "source_id", name="uq_source_items_partner_source"),
        Index("ix_source_items_person", "partner_id", "person_source_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    source_id: Mapped[str] = mapped_column(String(128))
    person_source_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    domain: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(16))
    occurred_on: Mapped[date | None] = mapped_column(Date)
    significant: Mapped[bool] = mapped_column(Boolean, default=False)
    held_back: Mapped[str] = mapped_column(String(200), default="", server_default="")
    released: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """Fields the provider released on request for this record (comma list)."""
    source_updated: Mapped[datetime] = mapped_column(UtcDateTime())


class QuarantinedRecord(Base):
    """A partner payload that failed validation, kept (encrypted) with the reason."""

    __tablename__ = "quarantine"
    __table_args__ = (Index("ix_quarantine_partner", "partner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    resource_ref: Mapped[str] = mapped_column(String(200))
    reason_code: Mapped[str] = mapped_column(String(64))
    reason_detail: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)


class StoredAgreement(Base):
    """One version of a provider's agreement, as published and signed, and what we made of it."""

    __tablename__ = "agreements"
    __table_args__ = (
        UniqueConstraint(
            "provider", "agreement_id", "version", name="uq_agreements_provider_id_version"
        ),
        Index("ix_agreements_provider", "provider"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agreement_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer)
    provider: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    signed_json: Mapped[str] = mapped_column(Text)
    verified: Mapped[bool] = mapped_column(Boolean)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)


class ConsentRecord(Base):
    """A citizen's consent to a provider sharing for a purpose: from a partner or recorded here."""

    __tablename__ = "consents"
    __table_args__ = (
        Index("ix_consents_person", "person_partner", "person_source_id"),
        Index("ix_consents_citizen", "citizen_id"),
        UniqueConstraint("origin", "source_id", name="uq_consents_origin_source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    provider: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))  # given | refused | withdrawn
    recorded_on: Mapped[datetime] = mapped_column(UtcDateTime())
    recorded_by: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(String(64))  # verbal | written | partner system
    origin: Mapped[str] = mapped_column(String(64))  # a partner id, or "local"
    source_id: Mapped[str] = mapped_column(String(128))
    person_partner: Mapped[str | None] = mapped_column(String(64))
    person_source_id: Mapped[str | None] = mapped_column(String(128))
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizens.id"))


class Setting(Base):
    """Profile and preferences: small JSON values by key, inside the encrypted store."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PurgeRecord(Base):
    """What was removed from the store when an agreement stopped allowing it, and why."""

    __tablename__ = "purges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    provider: Mapped[str] = mapped_column(String(64))
    cause: Mapped[str] = mapped_column(String(200))  # e.g. "revoked police-csc v3"
    fields_cleared: Mapped[int] = mapped_column(Integer)
    records_removed: Mapped[int] = mapped_column(Integer)


class OutboxMessage(Base):
    """Something typed here for a partner: kept until the partner acknowledges it.

    Requests to release an 'on request' field, and alerts that the glass was broken. The key
    makes delivery idempotent: sending twice after a lost answer creates nothing twice.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("key", name="uq_outbox_key"),
        Index("ix_outbox_partner_status", "partner_id", "status"),
        Index("ix_outbox_record", "partner_id", "record_source_id"),
        Index("ix_outbox_kind", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64))
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    kind: Mapped[str] = mapped_column(String(32))
    """access_request | break_glass_alert | note | task | referral | audit | enquiry | decision"""
    body: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    """Further fields of the message, as JSON (a note's text, a task's due date)."""
    record_source_id: Mapped[str] = mapped_column(String(128))
    field: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(String(64))
    requested_by: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    """queued | delivered | granted | refused | answered (an enquiry) | rejected | lapsed"""
    remote_id: Mapped[str | None] = mapped_column(String(128))
    last_error: Mapped[str | None] = mapped_column(String(300))
    queued_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    """When the partner acknowledged it (a decision, for an access request): turnaround."""


class BreakGlass(Base):
    """A worker's emergency access to fields that need consent, with the reason, for a while."""

    __tablename__ = "break_glass"
    __table_args__ = (Index("ix_break_glass_citizen", "citizen_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"))
    field: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())


class TeamEntry(Base):
    """A note, task or referral the virtual team wrote about a citizen.

    Kept here (the team's own record) and sent to partners through the outbox: a note to
    each agency it is shared with, a task to the agency that owns it, a referral to the
    agency referred to. `outbox_keys` names those messages, so the entry shows their
    delivery state.
    """

    __tablename__ = "team_entries"
    __table_args__ = (Index("ix_team_entries_citizen", "citizen_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"))
    kind: Mapped[str] = mapped_column(String(16))  # note | task | referral
    text: Mapped[str] = mapped_column(Text)
    partners: Mapped[str] = mapped_column(String(500), default="")
    """Comma list: the agencies a note is shared with, or the one a task or referral goes to."""
    owner: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(String(200))
    outbox_keys: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str | None] = mapped_column(String(16))
    """A referral's: routine, urgent or immediate."""
    basis: Mapped[str | None] = mapped_column(String(40))
    """A referral's lawful basis (caseworker.services.team.REFERRAL_BASES)."""


class AuditEntry(Base):
    """One line of the append-only audit log: who did what, to whose record, and when.

    Each entry's hash covers its own fields and the hash before it, so a changed, missing or
    reordered entry breaks the chain (caseworker.audit.chain). Triggers refuse UPDATE and
    DELETE; `at` is kept as the exact text that was hashed.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_citizen", "citizen_id"),
        Index("ix_audit_kind", "kind"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    org: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    citizen_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


__all__ = [  # what is defined elsewhere and imported from here
    "Base",
    "Contact",
    "Decision",
    "Enquiry",
    "EnquiryAnswer",
    "UtcDateTime",
    "utcnow",
]
