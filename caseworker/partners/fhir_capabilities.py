"""What a FHIR server says it can do: its CapabilityStatement (`GET {base}/metadata`).

Caseworker reads the resource types the server offers, their interactions (`search-type`,
`history-type`) and search parameters. A server that publishes no readable statement is
taken to offer everything, and to have no type-level history (so deletions are found by
reconciling ids); `partners test` says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import msgspec

from caseworker.errors import PartnerProtocolError
from caseworker.partners.config import PartnerConfig
from caseworker.partners.http import PartnerHttp
from caseworker.words import Phrase


class _Named(msgspec.Struct):
    code: str | None = None
    name: str | None = None


class _Resource(msgspec.Struct):
    type: str | None = None
    interaction: list[_Named] = []
    searchParam: list[_Named] = []


class _Rest(msgspec.Struct):
    mode: str | None = None
    resource: list[_Resource] = []
    searchParam: list[_Named] = []


class _Statement(msgspec.Struct):
    resourceType: str | None = None
    fhirVersion: str | None = None
    rest: list[_Rest] = []
    software: dict[str, object] = {}


_decode = msgspec.json.Decoder(_Statement).decode


@dataclass(frozen=True)
class Capabilities:
    """The server's own word on what it offers; `known` is False when it gave none."""

    known: bool
    fhir_version: str | None = None
    software: str | None = None
    interactions: dict[str, frozenset[str]] = field(default_factory=dict)
    search_params: dict[str, frozenset[str]] = field(default_factory=dict)
    problem: str | None = None

    def offers(self, rtype: str) -> bool:
        return not self.known or rtype in self.interactions

    def history_type(self, rtype: str) -> bool:
        return self.known and "history-type" in self.interactions.get(rtype, frozenset())

    def searches(self, rtype: str) -> bool:
        return not self.known or "search-type" in self.interactions.get(rtype, frozenset())

    def search_param(self, rtype: str, name: str) -> bool | None:
        """True or False where the statement lists the type's parameters, else None."""
        if not self.known or not self.search_params.get(rtype):
            return None
        return name in self.search_params[rtype]


def read_capabilities(http: PartnerHttp, config: PartnerConfig, accept: str) -> Capabilities:
    try:
        statement = http.get_decoded(
            f"{config.base_url}/metadata",
            _decode,
            Phrase(
                "{partner} published a capability statement that cannot be read",
                partner=config.name,
            ),
            accept=accept,
        )
    except PartnerProtocolError as exc:
        return Capabilities(False, problem=exc.message)
    if statement.resourceType != "CapabilityStatement":
        return Capabilities(False, problem="the server's /metadata is not a CapabilityStatement")
    interactions: dict[str, frozenset[str]] = {}
    params: dict[str, frozenset[str]] = {}
    for rest in statement.rest:
        if rest.mode not in (None, "server"):
            continue
        shared = {p.name for p in rest.searchParam if p.name}
        for resource in rest.resource:
            if not resource.type:
                continue
            interactions[resource.type] = frozenset(i.code for i in resource.interaction if i.code)
            params[resource.type] = frozenset(
                {p.name for p in resource.searchParam if p.name} | shared
            )
    name = statement.software.get("name") if isinstance(statement.software, dict) else None
    return Capabilities(
        True,
        statement.fhirVersion,
        name if isinstance(name, str) else None,
        interactions,
        params,
    )
