"""A partner whose TLS certificate cannot be verified is refused, plainly, and nothing is
sent or stored; with its CA bundle configured the same partner syncs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import func, select

from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.models import SourcePerson
from caseworker.store.store import Store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile


def _self_signed(folder: Path) -> tuple[str, str]:
    """A certificate for 127.0.0.1 signed by its own key: a private CA of one."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sandbox Housing (test CA)")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "partner.pem", folder / "partner.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(cert_file), str(key_file)


def test_an_unverifiable_certificate_is_refused_and_a_configured_ca_is_trusted(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = _self_signed(tmp_path)
    # A CA bundle in the environment is not the partner's: it must not make the partner
    # trusted (requests would otherwise let it replace the default trust for every request).
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", cert)
    monkeypatch.setenv("CURL_CA_BUNDLE", cert)
    network = SandboxNetwork(people=60)
    with network.start():
        network.servers["housing"].use_tls(cert, key)
        configs = network.partner_configs()
        housing = next(c for c in configs if c.partner_id == "housing")
        assert housing.base_url.startswith("https://")
        configure_partners(store, configs)
        apply_profile(store, DEMO_PROFILE)

        report = SyncService(store).sync_all()
        result = next(r for r in report.results if r.partner_id == "housing")
        assert result.error_code == "partner_certificate"
        assert "could not be verified" in (result.error_message or "")
        assert "CA bundle" in (result.error_message or "")
        assert all(r.ok for r in report.results if r.partner_id != "housing")  # others synced

        def held() -> int:
            with store.session() as session:
                return (
                    session.scalar(
                        select(func.count())
                        .select_from(SourcePerson)
                        .where(SourcePerson.partner_id == "housing")
                    )
                    or 0
                )

        assert held() == 0  # nothing accepted from a partner that could not be verified
        configure_partners(store, [dataclasses.replace(housing, ca_bundle=cert)])
        again = SyncService(store).sync_all()
        second = next(r for r in again.results if r.partner_id == "housing")
        assert second.ok, second.error_message
        assert held() > 0
