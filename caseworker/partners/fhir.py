"""The FHIR R4 connector: resources since a cursor, page by page, from any conformant server.

By the specification, and by what real servers do:
- Each resource type is searched by `_lastUpdated`, starting CURSOR_OVERLAP before the newest
  `meta.lastUpdated` already seen (what comes back again is recognised as unchanged).
- Paging follows `Bundle.link[next]`, absolute or relative, but only within the partner's
  origin; a link that repeats a page already fetched is a loop and stops the partner. Where
  a searchset's `total` is larger than what was received and there is no `next` link, the
  next page is asked for with `_offset`; a server that then repeats itself or sends nothing
  leaves the partner's sync *incomplete* (`PartnerIncomplete`), never reported as ok.
- A type's cursor moves only when all of its pages have arrived, so what was not received is
  asked for again next time.
- Deletions: type-level `_history?_since=` where the CapabilityStatement offers it (DELETE
  entries become tombstones); otherwise, once every RECONCILE_EVERY, a listing of every id
  (`_elements=id`) whose completeness is checked like any search: what is held here and no
  longer listed was deleted. An incomplete listing deletes nothing.

A FHIR server publishes no agreements of ours: they are imported, or fetched from a registry
when the partner has an agreements URL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import msgspec

from caseworker.agreements.registry import Published
from caseworker.errors import PartnerIncomplete, PartnerProtocolError
from caseworker.partners.agreements_client import fetch_agreements
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir_bundle import decode_bundle, parse_bundle, tombstone_for
from caseworker.partners.fhir_capabilities import Capabilities, read_capabilities
from caseworker.partners.fhir_codes import SYNCED_TYPES
from caseworker.partners.fhir_model import Bundle
from caseworker.partners.http import PartnerHttp
from caseworker.partners.records import Page, Roster
from caseworker.words import Phrase

PAGE_SIZE = 200
ROSTER_PAGE_SIZE = 1000
CURSOR_OVERLAP = timedelta(seconds=2)
"""Each incremental search starts this far before the newest lastUpdated already seen, so
nothing stamped in the same second, or stamped slightly earlier by a server whose clock was
set back, is missed. What comes back again is recognised as unchanged."""
RECONCILE_EVERY = timedelta(hours=24)
"""How often a server without type-level history is asked for every id it holds."""
FHIR_JSON = "application/fhir+json"
RECONCILED = "_reconciled"
"""The cursor's key for when ids were last reconciled (type names never start with _)."""


def _entry_key(bundle: Bundle, index: int) -> str:
    entry = bundle.entry[index]
    if entry.fullUrl:
        return entry.fullUrl
    try:
        head = msgspec.json.decode(entry.resource, type=dict) if bytes(entry.resource) else {}
    except (msgspec.DecodeError, RecursionError):
        head = {}
    return f"{head.get('resourceType')}/{head.get('id')}#{index}"


def _matches(bundle: Bundle) -> list[int]:
    """Indexes of the entries that are results (not included resources or outcomes)."""
    return [
        i
        for i, e in enumerate(bundle.entry)
        if e.search is None or e.search.mode in (None, "match")
    ]


INCLUDES = {"CareTeam": {"_include": "CareTeam:participant"}}
"""Resources asked for with a type: a care team's practitioners and their roles, to name each
member and say how to reach them (a server that does not support it sends the team alone)."""


class FhirConnector:
    """Pulls one FHIR R4 partner. Not thread-safe: one sync at a time per connector."""

    def __init__(
        self,
        config: PartnerConfig,
        http: PartnerHttp,
        *,
        reconcile_every: timedelta = RECONCILE_EVERY,
    ) -> None:
        self.config = config
        self.http = http
        self.reconcile_every = reconcile_every
        self._capabilities: Capabilities | None = None

    def agreements(self) -> list[Published]:
        """Agreements from the registry named on the partner; a FHIR server has none."""
        if not self.config.agreements_url:
            return []
        return fetch_agreements(self.config, self.http)

    def capabilities(self) -> Capabilities:
        """What the server says it can do (its CapabilityStatement), read once."""
        if self._capabilities is None:
            self._capabilities = read_capabilities(self.http, self.config, FHIR_JSON)
        return self._capabilities

    def search(self, path: str, params: dict[str, str]) -> Iterator[Bundle]:
        """Every page of one search, complete or PartnerIncomplete/PartnerProtocolError."""
        base = f"{self.config.base_url}/{path}"
        url = base
        query: dict[str, str] | None = dict(params)
        visited: set[str] = set()
        seen: set[str] = set()
        received = pages = 0
        while True:
            bundle = self.http.get_decoded(
                url,
                decode_bundle,
                Phrase(
                    "{partner} sent a {path} page that is not a FHIR Bundle",
                    partner=self.config.name,
                    path=path,
                ),
                params=query,
                accept=FHIR_JSON,
            )
            if bundle.resourceType == "OperationOutcome" or bundle.issue:
                codes = ", ".join(f"{i.severity}/{i.code}" for i in bundle.issue) or "unknown"
                raise PartnerProtocolError(
                    "{config_name} answered a {path} search with an error ({codes}).",
                    hint="Report this to the partner's system administrator.",
                    config_name=self.config.name,
                    path=path,
                    codes=codes,
                )
            pages += 1
            matches = _matches(bundle)
            keys = {_entry_key(bundle, i) for i in matches}
            if pages > 1 and matches and not keys - seen:
                raise self._incomplete(
                    path, received, bundle.total, Phrase("sent the same page again")
                )
            if pages > self.http.limits.max_pages:
                raise self._incomplete(path, received, bundle.total, Phrase("did not stop paging"))
            seen |= keys
            received += len(matches)
            yield bundle
            link = next((lk.url for lk in bundle.link if lk.relation == "next"), None)
            if link:
                url, query = self.http.follow(link, url), None
                if url in visited:
                    raise self._incomplete(
                        path, received, bundle.total, Phrase("sent a looping link")
                    )
                visited.add(url)
            elif bundle.total is not None and received < bundle.total:
                if not matches:
                    raise self._incomplete(
                        path, received, bundle.total, Phrase("sent an empty page")
                    )
                url, query = base, {**params, "_offset": str(received)}
            else:
                return

    def _incomplete(self, path: str, received: int, total: int | None, what: Phrase) -> Exception:
        said = (
            Phrase("says it holds {total}", total=total)
            if total is not None
            else Phrase("holds more")
        )
        return PartnerIncomplete(
            "{config_name} {said} {path} records but {what} after {received}, so this sync of it "
            "is incomplete; what was not received will be asked for again.",
            hint="Ask the partner whether its server supports paging (next links or _offset).",
            config_name=self.config.name,
            said=said,
            path=path,
            what=what,
            received=received,
        )

    def pages(self, cursor: str | None, now: datetime | None = None) -> Iterator[Page]:
        state: dict[str, str] = json.loads(cursor) if cursor else {}
        moment = now or datetime.now(UTC)
        held = state.get(RECONCILED)
        due = bool(state) and (
            held is None or moment - datetime.fromisoformat(held) >= self.reconcile_every
        )
        caps = self.capabilities()
        for rtype in SYNCED_TYPES:
            if not caps.offers(rtype):
                continue
            before = state.get(rtype)
            params = {"_count": str(PAGE_SIZE), **INCLUDES.get(rtype, {})}
            if before is not None:
                since = datetime.fromisoformat(before) - CURSOR_OVERLAP
                params["_lastUpdated"] = "gt" + since.isoformat()
            seen = dict(state)
            for bundle in self.search(rtype, params):
                page = parse_bundle(bundle, seen)
                page.cursor = json.dumps(state, sort_keys=True)  # moves when the type is done
                yield page
            if rtype in seen:
                state[rtype] = seen[rtype]
            if before is not None and caps.history_type(rtype):
                yield from self._deletions(rtype, before, state)
            elif due:
                yield self._roster(rtype, state)
        if due or not held:
            state[RECONCILED] = moment.isoformat()
        yield Page(cursor=json.dumps(state, sort_keys=True))

    def preview(self) -> Iterator[tuple[str, Page]]:
        """The first page of each type Caseworker reads (for `partners test`): nothing is
        kept and no cursor moves."""
        caps = self.capabilities()
        for rtype in SYNCED_TYPES:
            if caps.offers(rtype):
                first = next(iter(self.search(rtype, {"_count": str(PAGE_SIZE)})), None)
                if first is not None:
                    yield rtype, parse_bundle(first)

    def _deletions(self, rtype: str, before: str, state: dict[str, str]) -> Iterator[Page]:
        since = datetime.fromisoformat(before) - CURSOR_OVERLAP
        params = {"_since": since.isoformat(), "_count": str(PAGE_SIZE)}
        for bundle in self.search(f"{rtype}/_history", params):
            found = parse_bundle(bundle)
            yield Page(cursor=json.dumps(state, sort_keys=True), tombstones=found.tombstones)

    def _roster(self, rtype: str, state: dict[str, str]) -> Page:
        ids: set[str] = set()
        params = {"_elements": "id", "_count": str(ROSTER_PAGE_SIZE)}
        for bundle in self.search(rtype, params):
            for i in _matches(bundle):
                entry = bundle.entry[i]
                try:
                    rid = msgspec.json.decode(entry.resource, type=dict).get("id")
                except (msgspec.DecodeError, RecursionError):
                    rid = None
                if isinstance(rid, str) and rid:
                    ids.add(tombstone_for(rtype, rid).source_id)
        probe = tombstone_for(rtype, "")
        roster = Roster(probe.record_type, probe.source_id, frozenset(ids))
        return Page(cursor=json.dumps(state, sort_keys=True), rosters=[roster])
