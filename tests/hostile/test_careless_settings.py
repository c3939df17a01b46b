"""Careless input to the command line and partner settings gets a plain refusal that says
what to change, never a crash or a saved configuration that cannot work (issue 20, item 8)."""

from __future__ import annotations

import argparse
import base64
from pathlib import Path

import pytest

from caseworker.cli.export import citizen_number
from caseworker.partners.config import PartnerConfig, validate

KEY = base64.b64encode(bytes(range(32))).decode()  # an Ed25519 public key is 32 bytes


def _config(**changes: str | None) -> PartnerConfig:
    fields: dict[str, str | None] = {
        "partner_id": "nhs-trust",
        "name": "Trust",
        "agency": "health",
        "protocol": "fhir",
        "base_url": "https://fhir.trust.example/R4",
        "public_key": KEY,
    }
    fields.update(changes)
    return PartnerConfig(**fields)  # type: ignore[arg-type]


def test_a_sound_configuration_is_accepted() -> None:
    validate(_config())


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"base_url": "https://"}, "no host name"),
        ({"base_url": "https://fhir.trust.example:99999/R4"}, "port"),
        ({"base_url": "https://fhir trust.example/R4"}, "spaces"),
        ({"base_url": "https://user:pass@fhir.trust.example/R4"}, "user name or password"),
        ({"base_url": "ftp://fhir.trust.example/R4"}, "https://"),
        ({"agreements_url": "https://"}, "agreements URL has no host"),
        ({"public_key": "not base64!"}, "Ed25519 key in base64"),
        ({"public_key": "c2hvcnQ="}, "Ed25519 key in base64"),
        ({"partner_id": "../../x"}, "lower-case letters"),
        ({"partner_id": ""}, "lower-case letters"),
        ({"ca_bundle": "/nowhere/ca.pem"}, "does not exist"),
        ({"client_cert": "/nowhere/cert.pem"}, "does not exist"),
    ],
)
def test_a_configuration_that_cannot_work_is_refused_with_the_fix(
    changes: dict[str, str], says: str
) -> None:
    with pytest.raises(ValueError, match=says):
        validate(_config(**changes))


def test_an_existing_ca_bundle_is_accepted(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    validate(_config(ca_bundle=str(bundle)))


@pytest.mark.parametrize("text", ["99999999999999999999", "0", "-4", "x1"])
def test_a_citizen_number_out_of_range_is_a_usage_error_not_a_crash(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        citizen_number(text)
    assert citizen_number("42") == 42
