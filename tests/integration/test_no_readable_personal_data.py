"""Personal data stays inside the encrypted store: not readable in its files, nor in logs."""

from __future__ import annotations

import logging

import pytest

from caseworker.paths import Paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import open_store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile


def _distinctive_values(network: SandboxNetwork) -> set[bytes]:
    values: set[bytes] = set()
    for data in network.data.values():
        for p in data.persons:
            for value in (p.family, p.given, p.postcode, p.nhs_number, p.address):
                if value and len(value) >= 6:
                    values.add(value.encode())
    return values


def test_store_files_hold_no_synthetic_names_in_readable_form(
    paths: Paths, sandbox: SandboxNetwork, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with open_store(paths) as store:
        configure_partners(store, sandbox.partner_configs())
        apply_profile(store, DEMO_PROFILE)
        assert SyncService(store).sync_all().ok
        # read while open, so the write-ahead log is checked too
        files = [f for f in paths.data_dir.rglob("*") if f.is_file()]
        contents = b"".join(f.read_bytes() for f in files)
    contents += b"".join(f.read_bytes() for f in paths.data_dir.rglob("*") if f.is_file())
    values = _distinctive_values(sandbox)
    assert len(values) > 500
    assert not paths.store_file.read_bytes().startswith(b"SQLite format 3")
    leaked = [v for v in values if v in contents]
    assert leaked == []
    logged = caplog.text.encode()
    assert [v for v in values if v in logged] == []
