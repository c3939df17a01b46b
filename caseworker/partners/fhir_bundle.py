"""Reading FHIR Bundles into source records: searchsets, history, transactions, collections.

Each resource is decoded on its own: a bad one is quarantined with its reason, the rest of
the bundle is kept; entries with `search.mode=outcome` and resource types Caseworker does not
read are skipped, not quarantined. Transaction, batch and collection bundles with `urn:uuid`
references (Synthea's output) read like search results, so the same code imports files.
No value in any field can stop the reading: whatever a mapping cannot make sense of is
quarantined (`InvalidRecord`, a decode error, or anything unforeseen, named by its type).
"""

from __future__ import annotations

import msgspec

from caseworker.partners.fhir_codes import NOT_A_CONDITION
from caseworker.partners.fhir_mapping import (
    UNDATED,
    People,
    Refs,
    consent,
    item,
    person,
    relationship,
    resource_id,
    updated,
)
from caseworker.partners.fhir_model import (
    KNOWN_TYPES,
    PROFESSIONAL_TYPES,
    Bundle,
    Condition,
    Consent,
    Entry,
    Head,
    Known,
    Patient,
    Professional,
    RelatedPerson,
)
from caseworker.partners.records import Page, Tombstone
from caseworker.partners.validation import InvalidRecord, rejected

decode_bundle = msgspec.json.Decoder(Bundle).decode
_decode_head = msgspec.json.Decoder(Head).decode
_decode_known = msgspec.json.Decoder(Known).decode
_decode_professional = msgspec.json.Decoder(Professional).decode


def _refs(bundle: Bundle) -> Refs:
    refs: Refs = {}
    for entry in bundle.entry:
        if entry.fullUrl and bytes(entry.resource):
            try:
                head = _decode_head(entry.resource)
            except msgspec.DecodeError:
                continue
            if head.resourceType:
                rid = head.id or entry.fullUrl.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
                refs[entry.fullUrl] = f"{head.resourceType}/{rid}"
    return refs


def _people(bundle: Bundle, refs: Refs) -> People:
    """The practitioners and their roles in the bundle (included with a care team), by the
    'Type/id' a member refers to them with."""
    found: People = {}
    for entry in bundle.entry:
        raw = entry.resource
        if not bytes(raw):
            continue
        try:
            if _decode_head(raw).resourceType not in PROFESSIONAL_TYPES:
                continue
            who = _decode_professional(raw)
        except (msgspec.DecodeError, RecursionError):
            continue  # not needed to read the bundle: the member's display stands
        key = refs.get(entry.fullUrl or "") or f"{type(who).__name__}/{who.id}"
        found[key] = who
    return found


def _add(page: Page, resource: Known, rid: str, refs: Refs, people: People) -> None:
    """The record a resource stands for, on its list in `page`; counted as ignored when it
    says nothing Caseworker keeps (a RelatedPerson without a name, a consent for another
    purpose, a resource type read only for context)."""
    if isinstance(resource, Patient):
        page.persons.append(person(resource, rid))
    elif isinstance(resource, RelatedPerson):
        related = relationship(resource, rid, refs)
        page.relationships.extend([related] if related else [])
        page.ignored += related is None
    elif isinstance(resource, Consent):
        given = consent(resource, rid, refs)
        page.consents.extend([given] if given else [])
        page.ignored += given is None
    elif isinstance(resource, Condition) and _not_a_condition(resource):
        page.tombstones.append(tombstone_for("Condition", rid))
    else:
        record = item(resource, rid, refs, people)
        page.items.extend([record] if record else [])
        page.ignored += record is None


def _not_a_condition(condition: Condition) -> bool:
    status = condition.verificationStatus
    return status is not None and status.first_code() in NOT_A_CONDITION


def tombstone_for(rtype: str, rid: str) -> Tombstone:
    """The tombstone of a deleted resource, with the source id its record was stored under."""
    if rtype == "Patient":
        return Tombstone("person", rid)
    if rtype == "RelatedPerson":
        return Tombstone("relationship", rid)
    if rtype == "Consent":
        return Tombstone("consent", f"Consent/{rid}")
    return Tombstone("item", f"{rtype}/{rid}")


def _deleted(entry: Entry) -> tuple[str, str] | None:
    """(type, id) of a history entry that records a deletion."""
    if entry.request is None or (entry.request.method or "").upper() != "DELETE":
        return None
    target = (entry.request.url or entry.fullUrl or "").split("?", 1)[0]
    parts = [p for p in target.split("/") if p]
    if "_history" in parts:
        parts = parts[: parts.index("_history")]
    if len(parts) >= 2 and parts[-2] in KNOWN_TYPES:
        return parts[-2], parts[-1]
    return None


def parse_bundle(bundle: Bundle, state: dict[str, str] | None = None) -> Page:
    """Every resource of a bundle (searchset, history, transaction, batch, collection) as
    records; deletions in a history bundle as tombstones."""
    page = Page(cursor="", remaining=bundle.total)
    refs = _refs(bundle)
    people = _people(bundle, refs)
    for entry in bundle.entry:
        gone = _deleted(entry)
        if gone is not None:
            page.tombstones.append(tombstone_for(*gone))
            continue
        if not bytes(entry.resource) or (entry.search and entry.search.mode == "outcome"):
            page.ignored += 1
            continue
        raw = entry.resource
        try:
            kind = _decode_head(raw).resourceType or "?"
        except (msgspec.DecodeError, RecursionError) as exc:
            page.rejected.append(rejected(raw, "resourceType", "?", "invalid_resource", str(exc)))
            continue
        if kind not in KNOWN_TYPES:
            page.ignored += 1
            continue
        try:
            resource = _decode_known(raw)
            rid = resource_id(resource, entry.fullUrl)
            _add(page, resource, rid, refs, people)
            stamp = updated(resource)
            if state is not None and stamp != UNDATED and stamp.isoformat() > state.get(kind, ""):
                state[kind] = stamp.isoformat()
        except msgspec.ValidationError as exc:
            page.rejected.append(rejected(raw, "resourceType", kind, "invalid_resource", str(exc)))
        except InvalidRecord as exc:
            page.rejected.append(rejected(raw, "resourceType", kind, exc.code, exc.detail))
        except RecursionError:
            page.rejected.append(
                rejected(raw, "resourceType", kind, "too_deep", "nested too deeply to read")
            )
        except Exception as exc:  # no value may stop a sync: quarantine it
            page.rejected.append(
                rejected(raw, "resourceType", kind, "unreadable_value", type(exc).__name__)
            )
    return page


def read_bundle(raw: bytes) -> Page:
    """A bundle from a file or a message (Synthea's patients, the HL7 examples)."""
    return parse_bundle(decode_bundle(raw))
