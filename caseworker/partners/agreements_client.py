"""Fetching a provider's published agreements (GET {agreements endpoint})."""

from __future__ import annotations

import msgspec

from caseworker.agreements.registry import Published, parse_published
from caseworker.partners.config import PartnerConfig
from caseworker.partners.http import PartnerHttp
from caseworker.words import Phrase


class _AgreementList(msgspec.Struct):
    agreements: list[msgspec.Raw]


_decode = msgspec.json.Decoder(_AgreementList).decode


def fetch_agreements(config: PartnerConfig, http: PartnerHttp) -> list[Published]:
    listing = http.get_decoded(
        config.agreements_endpoint,
        _decode,
        Phrase("{partner} published an agreement list that cannot be read", partner=config.name),
    )
    return [parse_published(bytes(raw).decode("utf-8", "replace")) for raw in listing.agreements]
