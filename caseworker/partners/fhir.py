"""The FHIR R4 connector: resources since a cursor, page by page, from any conformant server.

The cursor is a JSON object of the newest `meta.lastUpdated` seen per resource type; each
search starts CURSOR_OVERLAP before it. Paging follows `Bundle.link[next]` exactly as the
server gives it, absolute or relative. `parse_bundle` also reads transaction, batch and
collection bundles with `urn:uuid` references (Synthea's output), so the same code imports
files. Each resource is decoded on its own: a bad one is quarantined, the rest of the page is
kept; entries with `search.mode=outcome` and resource types Caseworker does not read are
skipped, not quarantined.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urljoin

import msgspec

from caseworker.agreements.registry import Published
from caseworker.errors import PartnerProtocolError
from caseworker.partners.agreements_client import fetch_agreements
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir_codes import SYNCED_TYPES
from caseworker.partners.fhir_mapping import (
    UNDATED,
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
    Bundle,
    Consent,
    Head,
    Known,
    Patient,
    RelatedPerson,
)
from caseworker.partners.http import PartnerHttp
from caseworker.partners.records import Page
from caseworker.partners.validation import InvalidRecord, rejected

log = logging.getLogger(__name__)

PAGE_SIZE = 200
CURSOR_OVERLAP = timedelta(seconds=2)
"""Each incremental search starts this far before the newest lastUpdated already seen, so
nothing stamped in the same second, or stamped slightly earlier by a server whose clock was
set back, is missed. What comes back again is recognised as unchanged."""
FHIR_JSON = "application/fhir+json"

_decode_bundle = msgspec.json.Decoder(Bundle).decode
_decode_head = msgspec.json.Decoder(Head).decode
_decode_known = msgspec.json.Decoder(Known).decode


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


def parse_bundle(bundle: Bundle, state: dict[str, str] | None = None) -> Page:
    """Every resource of a bundle (searchset, transaction, batch, collection) as records."""
    page = Page(cursor="", remaining=bundle.total)
    refs = _refs(bundle)
    for entry in bundle.entry:
        if not bytes(entry.resource) or (entry.search and entry.search.mode == "outcome"):
            page.ignored += 1
            continue
        raw = entry.resource
        try:
            kind = _decode_head(raw).resourceType or "?"
        except msgspec.DecodeError as exc:
            page.rejected.append(rejected(raw, "resourceType", "?", "invalid_resource", str(exc)))
            continue
        if kind not in KNOWN_TYPES:
            page.ignored += 1
            continue
        try:
            resource = _decode_known(raw)
            rid = resource_id(resource, entry.fullUrl)
            if isinstance(resource, Patient):
                page.persons.append(person(resource, rid))
            elif isinstance(resource, RelatedPerson):
                related = relationship(resource, rid, refs)
                if related is None:
                    page.ignored += 1
                else:
                    page.relationships.append(related)
            elif isinstance(resource, Consent):
                found = consent(resource, rid, refs)
                if found is None:
                    page.ignored += 1
                else:
                    page.consents.append(found)
            else:
                record = item(resource, rid, refs)
                if record is None:
                    page.ignored += 1
                else:
                    page.items.append(record)
            stamp = updated(resource)
            if state is not None and stamp != UNDATED and stamp.isoformat() > state.get(kind, ""):
                state[kind] = stamp.isoformat()
        except msgspec.ValidationError as exc:
            page.rejected.append(rejected(raw, "resourceType", kind, "invalid_resource", str(exc)))
        except InvalidRecord as exc:
            page.rejected.append(rejected(raw, "resourceType", kind, exc.code, exc.detail))
    return page


def read_bundle(raw: bytes) -> Page:
    """A bundle from a file or a message (Synthea's patients, the HL7 examples)."""
    return parse_bundle(_decode_bundle(raw))


class FhirConnector:
    """Pulls one FHIR R4 partner. Not thread-safe: one sync at a time per connector."""

    def __init__(self, config: PartnerConfig, http: PartnerHttp) -> None:
        self.config = config
        self.http = http

    def agreements(self) -> list[Published]:
        return fetch_agreements(self.config, self.http)

    def pages(self, cursor: str | None) -> Iterator[Page]:
        state: dict[str, str] = json.loads(cursor) if cursor else {}
        for rtype in SYNCED_TYPES:
            params = {"_count": str(PAGE_SIZE)}
            if rtype in state:
                since = datetime.fromisoformat(state[rtype]) - CURSOR_OVERLAP
                params["_lastUpdated"] = "gt" + since.isoformat()
            url: str | None = f"{self.config.base_url}/{rtype}"
            query: dict[str, str] | None = params
            while url is not None:
                bundle = self.http.get_decoded(
                    url,
                    _decode_bundle,
                    f"{self.config.name} sent a {rtype} page that is not a FHIR Bundle",
                    params=query,
                    accept=FHIR_JSON,
                )
                if bundle.resourceType == "OperationOutcome" or bundle.issue:
                    codes = ", ".join(f"{i.severity}/{i.code}" for i in bundle.issue) or "unknown"
                    raise PartnerProtocolError(
                        f"{self.config.name} answered a {rtype} search with an error ({codes}).",
                        hint="Report this to the partner's system administrator.",
                    )
                page = parse_bundle(bundle, state)
                page.cursor = json.dumps(state, sort_keys=True)
                yield page
                link = next((lk.url for lk in bundle.link if lk.relation == "next"), None)
                url, query = (urljoin(url, link) if link else None), None
