"""Picking the connector for a partner's protocol."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from caseworker.agreements.registry import Published
from caseworker.partners.case_sharing import CaseSharingConnector
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir import FhirConnector
from caseworker.partners.http import PartnerHttp, RetryPolicy
from caseworker.partners.records import Page


class Connector(Protocol):
    config: PartnerConfig
    http: PartnerHttp

    def agreements(self) -> list[Published]: ...

    def pages(self, cursor: str | None) -> Iterator[Page]: ...


def connector_for(
    config: PartnerConfig, http: PartnerHttp | None = None, retry: RetryPolicy | None = None
) -> Connector:
    http = http or PartnerHttp(config.name, retry=retry)
    if config.protocol == "fhir":
        return FhirConnector(config, http)
    if config.protocol == "case":
        return CaseSharingConnector(config, http)
    raise ValueError(f"unknown partner protocol {config.protocol!r}")
