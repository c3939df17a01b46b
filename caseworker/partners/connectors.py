"""Picking the connector for a partner's protocol."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import requests

from caseworker.agreements.registry import Published
from caseworker.partners.auth import authenticator_for, check_transport
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
    if http is None:
        check_transport(config.base_url)
        session = requests.Session()
        session.verify = config.ca_bundle or True  # TLS is always verified
        if config.client_cert:
            session.cert = config.client_cert
        http = PartnerHttp(
            config.name, session=session, retry=retry, auth=authenticator_for(config, session)
        )
    if config.protocol == "fhir":
        return FhirConnector(config, http)
    if config.protocol == "case":
        return CaseSharingConnector(config, http)
    raise ValueError(f"unknown partner protocol {config.protocol!r}")
