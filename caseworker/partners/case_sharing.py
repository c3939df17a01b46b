"""The Case Sharing connector: the project's JSON protocol for councils, police, schools, housing.

GET {base}/changes?cursor=C&limit=N returns {"changes": [...], "cursor": "C2", "more": bool}.
Each change is a person, a record, a consent, a relationship or a contact at the front door,
or a tombstone (`deleted: true`). The protocol is documented in docs/partner-api.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Literal

import msgspec

from caseworker.agreements.registry import Published
from caseworker.errors import PartnerProtocolError
from caseworker.partners.agreements_client import fetch_agreements
from caseworker.partners.config import PartnerConfig
from caseworker.partners.http import PartnerHttp
from caseworker.partners.records import (
    ConsentRecordIn,
    ContactIn,
    ItemRecord,
    Page,
    PersonRecord,
    RelationshipRecord,
    Tombstone,
)
from caseworker.partners.relations import RELATIONS
from caseworker.partners.validation import (
    InvalidRecord,
    checked_birth_date,
    checked_identifiers,
    checked_language,
    checked_nhs_number,
    rejected,
)
from caseworker.partners.vocabulary import CONCERNS, domain_for
from caseworker.words import Phrase

PAGE_SIZE = 500
MAX_REPLAYS = 3


class AddressData(msgspec.Struct):
    line: str | None = None
    town: str | None = None
    postcode: str | None = None


class PersonData(msgspec.Struct):
    given_name: str | None = None
    family_name: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    nhs_number: str | None = None
    address: AddressData | None = None
    identifiers: dict[str, str] = {}
    preferred_language: str | None = None


class RecordData(msgspec.Struct):
    person_id: str
    kind: Literal["need", "risk", "event", "involvement"]
    category: str
    title: str
    detail: str | None = None
    date: date | None = None
    status: str | None = None
    severity: str | None = None
    significant: bool = False
    released: tuple[str, ...] = ()


class ConsentData(msgspec.Struct):
    person_id: str
    purpose: str
    state: Literal["given", "refused", "withdrawn"]
    date: date
    method: str = "not stated"


class RelatedData(msgspec.Struct):
    name: str | None = None
    birth_date: date | None = None


class RelationshipData(msgspec.Struct):
    person_id: str
    relation: str
    related_person_id: str | None = None
    related: RelatedData | None = None


class ChildNamed(msgspec.Struct):
    given: str | None = None
    family: str | None = None
    birth_date: date | None = None
    postcode: str | None = None


class ContactData(msgspec.Struct):
    received_at: datetime
    raised_by: str
    referrer_agency: str
    about: str
    concern: str
    child: ChildNamed
    rating: Literal["red", "amber", "green"] | None = None


class ContactChange(msgspec.Struct, tag_field="type", tag="contact"):
    id: str
    updated: datetime
    deleted: bool = False
    data: ContactData | None = None


class RelationshipChange(msgspec.Struct, tag_field="type", tag="relationship"):
    id: str
    updated: datetime
    deleted: bool = False
    data: RelationshipData | None = None


class ConsentChange(msgspec.Struct, tag_field="type", tag="consent"):
    id: str
    updated: datetime
    deleted: bool = False
    data: ConsentData | None = None


class PersonChange(msgspec.Struct, tag_field="type", tag="person"):
    id: str
    updated: datetime
    deleted: bool = False
    data: PersonData | None = None


class RecordChange(msgspec.Struct, tag_field="type", tag="record"):
    id: str
    updated: datetime
    deleted: bool = False
    data: RecordData | None = None


Change = PersonChange | RecordChange | ConsentChange | RelationshipChange | ContactChange


class ChangesPage(msgspec.Struct):
    changes: list[msgspec.Raw]
    cursor: str
    more: bool
    remaining: int | None = None


_TOMBSTONE_KINDS = {
    "PersonChange": "person",
    "RecordChange": "item",
    "ConsentChange": "consent",
    "RelationshipChange": "relationship",
    "ContactChange": "contact",
}
_decode_page = msgspec.json.Decoder(ChangesPage).decode
_decode_change = msgspec.json.Decoder(Change).decode


class CaseSharingConnector:
    """Pulls one Case Sharing partner. Not thread-safe: one sync at a time per connector."""

    def __init__(self, config: PartnerConfig, http: PartnerHttp) -> None:
        self.config = config
        self.http = http

    def agreements(self) -> list[Published]:
        return fetch_agreements(self.config, self.http)

    def pages(self, cursor: str | None) -> Iterator[Page]:
        more = True
        replays = 0
        while more:
            params = {"limit": str(PAGE_SIZE)}
            if cursor:
                params["cursor"] = cursor
            decoded = self.http.get_decoded(
                f"{self.config.base_url}/changes",
                _decode_page,
                Phrase(
                    "{partner} sent a page that is not a Case Sharing change list",
                    partner=self.config.name,
                ),
                params=params,
            )
            page = Page(cursor=decoded.cursor, remaining=decoded.remaining)
            for raw in decoded.changes:
                self.read_change(page, raw)
            yield page
            if decoded.more and decoded.cursor == cursor:
                # A replayed page: harmless (upserts are idempotent), but not for ever.
                replays += 1
                if replays > MAX_REPLAYS:
                    raise PartnerProtocolError(
                        "{config_name} keeps returning the same page.",
                        hint="Report this to the partner's system administrator.",
                        config_name=self.config.name,
                    )
            else:
                replays = 0
            cursor, more = decoded.cursor, decoded.more

    def preview(self) -> Iterator[tuple[str, Page]]:
        """The first page of changes (for `partners test`): nothing is kept."""
        yield "changes", next(iter(self.pages(None)))

    def read_change(self, page: Page, raw: msgspec.Raw) -> None:
        """Add one change to `page`, or its rejection with the reason."""
        try:
            change = _decode_change(raw)
            if change.deleted:
                kind = _TOMBSTONE_KINDS[type(change).__name__]
                page.tombstones.append(Tombstone(kind, change.id))
            elif change.data is None:
                raise InvalidRecord(
                    "missing_data", "data is missing from a change that is not deleted"
                )
            elif isinstance(change, PersonChange):
                page.persons.append(_person(change.id, change.updated, change.data))
            elif isinstance(change, RelationshipChange):
                page.relationships.append(_relationship(change.id, change.updated, change.data))
            elif isinstance(change, ContactChange):
                page.contacts.append(_contact(change.id, change.updated, change.data))
            elif isinstance(change, ConsentChange):
                d = change.data
                page.consents.append(
                    ConsentRecordIn(
                        change.id, d.person_id, d.purpose, d.state, d.date, d.method, change.updated
                    )
                )
            else:
                page.items.append(self._item(change.id, change.updated, change.data))
        except msgspec.DecodeError as exc:  # not JSON, or JSON of the wrong shape
            page.rejected.append(rejected(raw, "type", "?", "invalid_record", str(exc)))
        except InvalidRecord as exc:
            page.rejected.append(rejected(raw, "type", "?", exc.code, exc.detail))

    def _item(self, rid: str, updated: datetime, d: RecordData) -> ItemRecord:
        return ItemRecord(
            source_id=rid,
            person_source_id=d.person_id,
            kind=d.kind,
            domain=domain_for(d.category, self.config.agency),
            category=d.category,
            title=d.title,
            detail=d.detail,
            severity=d.severity,
            status=d.status,
            occurred_on=d.date,
            significant=d.significant,
            updated=updated,
            released=d.released,
        )


def _contact(rid: str, updated: datetime, d: ContactData) -> ContactIn:
    if d.about not in CONCERNS:
        raise InvalidRecord("invalid_code", "about is not a concern the protocol defines")
    if d.received_at.tzinfo is None:
        raise InvalidRecord("invalid_date", "received_at has no time zone")
    if not d.concern.strip() or not d.raised_by.strip():
        raise InvalidRecord("missing_field", "concern and raised_by are required")
    child = d.child
    if not (child.given or child.family or child.birth_date):
        raise InvalidRecord("missing_field", "the child has neither a name nor a birth date")
    return ContactIn(
        rid,
        d.received_at,
        d.raised_by.strip(),
        d.referrer_agency.strip(),
        d.about,
        d.concern.strip(),
        updated,
        child.given,
        child.family,
        child.birth_date,
        child.postcode,
        d.rating,
    )


def _relationship(rid: str, updated: datetime, d: RelationshipData) -> RelationshipRecord:
    if d.relation not in RELATIONS:
        raise InvalidRecord("unknown_relation", "relation is not one the protocol defines")
    related = d.related or RelatedData()
    if d.related_person_id is None and not related.name:
        raise InvalidRecord("no_related_person", "neither related_person_id nor related.name")
    return RelationshipRecord(
        source_id=rid,
        person_source_id=d.person_id,
        relation=d.relation,
        updated=updated,
        related_source_id=d.related_person_id,
        related_name=related.name,
        related_birth_date=checked_birth_date(related.birth_date),
    )


def _person(rid: str, updated: datetime, d: PersonData) -> PersonRecord:
    address = d.address or AddressData()
    line = ", ".join(part for part in (address.line, address.town) if part) or None
    nhs, unverified = checked_nhs_number(d.nhs_number)
    return PersonRecord(
        source_id=rid,
        given_name=d.given_name,
        family_name=d.family_name,
        birth_date=checked_birth_date(d.birth_date),
        sex=d.sex,
        nhs_number=nhs,
        address=line,
        postcode=address.postcode,
        updated=updated,
        nhs_number_unverified=unverified,
        identifiers=checked_identifiers(d.identifiers),
        preferred_language=checked_language(d.preferred_language),
    )
