"""The store key through a real Secret Service (gnome-keyring on a private D-Bus).

`make test` runs the suite inside packaging/dev/with-keyring.sh, which provides one and sets
CASEWORKER_SECRET_SERVICE_EXPECTED=1; there a missing Secret Service fails the test rather
than skipping it.
"""

from __future__ import annotations

import os

import keyring
import pytest
from keyring.backends import SecretService

from caseworker.paths import Paths
from caseworker.store.keys import SERVICE, check_backend
from caseworker.store.store import open_store


@pytest.mark.secret_service
def test_store_key_round_trips_through_a_real_secret_service(paths: Paths) -> None:
    backend = SecretService.Keyring()
    try:
        available = SecretService.Keyring.priority > 0
    except Exception:  # the backend raises when no Secret Service answers
        available = False
    if not available:
        if os.environ.get("CASEWORKER_SECRET_SERVICE_EXPECTED") == "1":
            pytest.fail("make test should provide a Secret Service, but none answered")
        pytest.skip("no Secret Service on this session bus (run through make test)")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert check_backend().secure
        with open_store(paths) as store:
            assert store.info.created
        store_id = paths.store_identity_file.read_text().strip()
        stored = backend.get_password(SERVICE, f"store-key:{store_id}")
        assert stored is not None and len(bytes.fromhex(stored)) == 32
        with open_store(paths) as store:  # reopened with the key read back from the service
            assert not store.info.created
        backend.delete_password(SERVICE, f"store-key:{store_id}")
    finally:
        keyring.set_keyring(previous)
