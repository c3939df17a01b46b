"""A partner that publishes no agreements (issue 19, deliverable 1): its DPO makes one from
the template, signs it with a key kept in the OS keyring or a key file, and the administrator
imports it for the partner. Each mistake is refused with the fix, and nothing is held."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from caseworker.agreements import authoring
from caseworker.agreements.model import AgreementError
from caseworker.agreements.registry import known_agreements
from caseworker.audit.log import recent
from caseworker.partners.config import PartnerConfig
from caseworker.profile import DEMO_PROFILE
from caseworker.services.agreements import AgreementImportRefused, import_agreement
from caseworker.store.store import Store
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile


def _signed(provider: str, key: object) -> str:
    document = authoring.template(provider, "Riverside GP", "childrens-social-care", date.today())
    signed = authoring.sign_document(document, key)  # type: ignore[arg-type]
    return authoring.signed_json(signed).decode()


def _partner(store: Store, partner_id: str, public_key: str | None) -> None:
    config = PartnerConfig(
        partner_id, "Riverside GP", "health", "fhir", "https://gp.example/fhir", public_key
    )
    configure_partners(store, [config])
    apply_profile(store, DEMO_PROFILE)


def test_a_key_in_the_keyring_signs_an_agreement_that_imports(store: Store) -> None:
    key = authoring.new_key()
    authoring.save_key_in_keyring("riverside-dpo", key)
    with pytest.raises(AgreementError, match="already holds"):
        authoring.save_key_in_keyring("riverside-dpo", authoring.new_key())  # never replaced
    again = authoring.load_key_from_keyring("riverside-dpo")
    assert authoring.public_of(again) == authoring.public_of(key)
    _partner(store, "gp-fhir", authoring.public_of(key))

    held = import_agreement(store, "gp-fhir", _signed("gp-fhir", again))
    assert (held.agreement_id, held.version, held.status) == ("gp-fhir-safeguarding", 1, "active")
    with store.session() as session:
        (known,) = known_agreements(session, "gp-fhir")
        (entry,) = recent(session, kinds=("settings",), limit=1)
    assert known.verified and known.usable_on(date.today())
    assert entry.detail["setting"] == "agreement imported"


def test_a_key_file_is_owner_only_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "dpo.pem"
    key = authoring.new_key()
    authoring.save_key_file(path, key)
    assert path.stat().st_mode & 0o777 == 0o600
    with pytest.raises(AgreementError, match="never overwritten"):
        authoring.save_key_file(path, authoring.new_key())
    assert authoring.public_of(authoring.load_key_file(path)) == authoring.public_of(key)
    (tmp_path / "junk.pem").write_text("not a key")
    with pytest.raises(AgreementError, match="not a readable signing key"):
        authoring.load_key_file(tmp_path / "junk.pem")


def test_an_edited_document_that_no_longer_makes_sense_is_refused_before_signing() -> None:
    document = authoring.template("gp-fhir", "Riverside GP", "police", date.today())
    data = json.loads(authoring.document_json(document))
    data["rules"][0]["data_classes"].append("medical_history")  # a class nobody defined
    with pytest.raises(AgreementError, match="unknown data class"):
        authoring.read_document(json.dumps(data).encode())


@pytest.mark.parametrize(
    ("configured_id", "configured_key", "import_for", "says"),
    [
        ("gp-fhir", "other", "gp-fhir", "does not verify"),
        ("gp", "own", "gp", "add this partner again with --id gp-fhir"),
        ("gp-fhir", None, "gp-fhir", "no agreement-signing key"),
        ("gp-fhir", "own", "police", "No partner 'police'"),
    ],
    ids=["another key", "another provider", "no key", "no such partner"],
)
def test_an_agreement_that_does_not_match_its_partner_is_refused_with_the_fix(
    store: Store, configured_id: str, configured_key: str | None, import_for: str, says: str
) -> None:
    key = authoring.new_key()
    public = {
        "own": authoring.public_of(key),
        "other": authoring.public_of(authoring.new_key()),
        None: None,
    }[configured_key]
    _partner(store, configured_id, public)
    with pytest.raises(AgreementImportRefused, match=says):
        import_agreement(store, import_for, _signed("gp-fhir", key))
    with store.session() as session:
        assert known_agreements(session) == []  # nothing held


def test_a_file_that_is_not_a_signed_agreement_is_refused(store: Store) -> None:
    _partner(store, "gp-fhir", authoring.public_of(authoring.new_key()))
    with pytest.raises(AgreementImportRefused, match="not a signed agreement"):
        import_agreement(store, "gp-fhir", '{"document": {}}')


def test_an_agreement_published_under_another_partners_id_is_called_what_it_is(
    store: Store,
) -> None:
    """Issue 19, 3: a valid signature from a partner whose id is not the agreement's provider
    used to be listed as signature_invalid; it is a provider mismatch, with the fix."""
    from caseworker.agreements.registry import Published, record_published, status

    key = authoring.new_key()
    _partner(store, "gp", authoring.public_of(key))
    raw = _signed("gp-fhir", key)
    with store.writing() as session:
        record_published(session, "gp", authoring.public_of(key), [Published(raw, _parsed(raw))])
        (held,) = known_agreements(session, "gp")
    assert status(held, date.today()) == "provider_mismatch"
    assert not held.usable_on(date.today())


def _parsed(raw: str):  # type: ignore[no-untyped-def]
    from caseworker.agreements.registry import parse_published

    return parse_published(raw).signed
