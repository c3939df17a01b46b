"""The agreement format: schema file in step with the code, sample verifies, ODRL export."""

from __future__ import annotations

import json
import subprocess
import sys

import msgspec

from caseworker.agreements.model import SignedAgreement
from caseworker.agreements.odrl import to_odrl
from caseworker.agreements.registry import parse_published
from caseworker.agreements.signing import verify
from caseworker.sandbox.agreements import public_key
from tests.conftest import ROOT

SCHEMA = ROOT / "resources" / "agreements" / "agreement.schema.json"
SAMPLE = ROOT / "resources" / "agreements" / "sample-police-mash-v3.json"


def test_the_published_schema_matches_the_format_the_code_reads() -> None:
    published = json.loads(SCHEMA.read_text())
    generated = msgspec.json.schema(SignedAgreement)
    assert published["$defs"] == json.loads(json.dumps(generated["$defs"]))


def test_the_sample_agreement_parses_and_verifies_with_its_providers_key() -> None:
    sample = parse_published(SAMPLE.read_text())
    assert sample.signed is not None, sample.problem
    assert verify(sample.signed, public_key(1, "police"))
    assert not verify(sample.signed, public_key(1, "housing"))


def test_odrl_export_has_permissions_prohibitions_purposes_and_legal_bases() -> None:
    sample = parse_published(SAMPLE.read_text())
    assert sample.signed is not None
    policy = to_odrl(sample.signed.document)
    assert policy["@type"] == "Agreement"
    assert "http://www.w3.org/ns/odrl.jsonld" in policy["@context"]
    narrative = next(p for p in policy["permission"] if p["cw:clause"] == "4.2")
    assert narrative["cw:level"] == "on_request" and narrative["action"] == "read"
    assert narrative["dpv:hasLegalBasis"][0] == "eu-gdpr:A6-1-e"
    purposes = next(c for c in narrative["constraint"] if c["leftOperand"] == "purpose")
    assert purposes["rightOperand"][0]["@id"] == "cw:safeguarding_children"
    assert {"action": "inform", "informedParty": "urn:caseworker:org:police"} in narrative["duty"]
    assert any(p["cw:clause"] == "5.1" for p in policy["prohibition"])


def test_export_odrl_and_verify_commands(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = [sys.executable, str(ROOT / "main.py"), "agreements"]
    exported = subprocess.run(
        [*run, "export-odrl", str(SAMPLE)], capture_output=True, text=True, timeout=120, check=True
    )
    assert json.loads(exported.stdout)["uid"] == "urn:caseworker:agreement:police-mash:3"
    good = subprocess.run(
        [*run, "verify", str(SAMPLE), "--public-key", public_key(1, "police")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert good.returncode == 0 and "valid" in good.stdout
    tampered = tmp_path / "tampered.json"
    tampered.write_text(SAMPLE.read_text().replace('"on_request"', '"full"'))
    bad = subprocess.run(
        [*run, "verify", str(tampered), "--public-key", public_key(1, "police")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad.returncode == 1 and "NOT valid" in bad.stdout
