"""Picking the connector for a partner's protocol."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from caseworker.agreements.registry import Published
from caseworker.partners.auth import authenticator_for, check_transport
from caseworker.partners.case_sharing import CaseSharingConnector
from caseworker.partners.config import PartnerConfig
from caseworker.partners.fhir import FhirConnector
from caseworker.partners.http import PartnerHttp, RetryPolicy
from caseworker.partners.records import Page
from caseworker.partners.transport import Limits, origin_of, partner_session


class Connector(Protocol):
    config: PartnerConfig
    http: PartnerHttp

    def agreements(self) -> list[Published]: ...

    def pages(self, cursor: str | None) -> Iterator[Page]: ...

    def preview(self) -> Iterator[tuple[str, Page]]: ...


def partner_origins(config: PartnerConfig) -> frozenset[tuple[str, str, int]]:
    """Where a partner's data may come from: its base address, and where it publishes its
    agreements if that is elsewhere. Nothing a partner sends can add to these."""
    urls = [config.base_url, *([config.agreements_url] if config.agreements_url else [])]
    return frozenset(origin_of(url) for url in urls)


def connector_for(
    config: PartnerConfig,
    http: PartnerHttp | None = None,
    retry: RetryPolicy | None = None,
    limits: Limits | None = None,
) -> Connector:
    if http is None:
        check_transport(config.base_url)
        if config.agreements_url:
            check_transport(config.agreements_url)
        # TLS is always verified: against the partner's own CA bundle when it has one.
        session, registry = partner_session(config.ca_bundle or True, config.client_cert)
        http = PartnerHttp(
            config.name,
            session=session,
            retry=retry,
            auth=authenticator_for(config, session),
            origins=partner_origins(config),
            limits=limits or config.limits,
            registry=registry,
        )
    if config.protocol == "fhir":
        return FhirConnector(config, http)
    if config.protocol == "case":
        return CaseSharingConnector(config, http)
    raise ValueError(f"unknown partner protocol {config.protocol!r}")
