"""Normalised source records: what every connector turns partner payloads into."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class PersonRecord:
    source_id: str
    given_name: str | None
    family_name: str | None
    birth_date: date | None
    sex: str | None
    nhs_number: str | None
    address: str | None
    postcode: str | None
    updated: datetime
    nhs_number_unverified: str | None = None
    identifiers: tuple[tuple[str, str], ...] = ()
    """Other identifiers as (system, value): a unique pupil number, a police person id."""
    nhs_number_status: str | None = None
    """The partner's verification status of the NHS number (UK Core's codes: 01 verified)."""
    other_names: tuple[tuple[str, str], ...] = ()
    """Names besides the one shown, as (use, name): maiden, old, nickname, usual…"""
    preferred_language: str | None = None
    """The language the person prefers, as a BCP 47 language subtag ('cy', 'en', 'pl')."""


@dataclass(frozen=True, slots=True)
class ItemRecord:
    source_id: str
    person_source_id: str
    kind: str  # need | risk | event | involvement
    domain: str  # safety | health | education | housing | family
    category: str
    title: str
    detail: str | None
    severity: str | None
    status: str | None
    occurred_on: date | None
    significant: bool
    updated: datetime
    released: tuple[str, ...] = ()
    """Fields the provider released for this record after a request (field ids)."""


@dataclass(frozen=True, slots=True)
class ConsentRecordIn:
    """A partner's record of a citizen's consent to it sharing for a purpose."""

    source_id: str
    person_source_id: str
    purpose: str
    state: str  # given | refused | withdrawn
    recorded_on: date
    method: str
    updated: datetime


@dataclass(frozen=True, slots=True)
class RelationshipRecord:
    """What someone is to one of the partner's persons: a parent, a sibling, a carer.

    The other person is the partner's own record when it holds one (`related_source_id`),
    else only named, as a FHIR RelatedPerson is."""

    source_id: str
    person_source_id: str
    relation: str  # a RELATIONS code
    updated: datetime
    related_source_id: str | None = None
    related_name: str | None = None
    related_birth_date: date | None = None


@dataclass(frozen=True, slots=True)
class ContactIn:
    """A contact about a child received at the partner's front door (the council's contact
    centre), for the MASH: who raised it, when, about what, and the child as they named
    them. Only ever kept from the user's own organisation."""

    source_id: str
    received_at: datetime
    raised_by: str
    referrer_agency: str
    about: str
    concern: str
    updated: datetime
    child_given: str | None = None
    child_family: str | None = None
    child_birth_date: date | None = None
    child_postcode: str | None = None
    rating: str | None = None


@dataclass(frozen=True, slots=True)
class Tombstone:
    record_type: str  # person | item | consent | relationship | contact
    source_id: str


@dataclass(frozen=True, slots=True)
class Roster:
    """Every source id a partner holds of one kind of record, listed in full. What is held
    here under that kind and is not listed was deleted at the partner."""

    record_type: str  # person | item | consent | relationship
    prefix: str
    """Source ids of this kind start with it (`Condition/`); empty for all of the type."""
    source_ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class Rejected:
    """A payload that failed validation. `reason_detail` names the field, never its value."""

    resource_ref: str
    reason_code: str
    reason_detail: str
    payload: str


@dataclass
class Page:
    """One page from a partner, and the cursor to resume after it."""

    cursor: str
    persons: list[PersonRecord] = field(default_factory=list)
    items: list[ItemRecord] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    consents: list[ConsentRecordIn] = field(default_factory=list)
    relationships: list[RelationshipRecord] = field(default_factory=list)
    contacts: list[ContactIn] = field(default_factory=list)
    rosters: list[Roster] = field(default_factory=list)
    ignored: int = 0
    """Entries Caseworker does not read (other resource types, search outcomes): skipped."""
    remaining: int | None = None  # the partner's estimate of records still to come

    @property
    def size(self) -> int:
        return (
            len(self.persons)
            + len(self.items)
            + len(self.tombstones)
            + len(self.rejected)
            + len(self.consents)
            + len(self.relationships)
            + len(self.contacts)
        )
