"""Keyring backends for tests: in memory (the default), and a file one for subprocess tests.

Neither is ever used outside tests; the developer's own keyring is never touched.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict. Priority 5: it keeps nothing on disk, so the app accepts it."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class TestFileKeyring(KeyringBackend):
    """Plain JSON in $CASEWORKER_TEST_KEYRING, so several processes share it. Insecure by
    design (priority 0.5): the app must refuse it unless --insecure-keyring is given."""

    priority = 0.5
    __test__ = False  # a helper, not a test class

    @property
    def _file(self) -> Path:
        return Path(os.environ["CASEWORKER_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        return json.loads(self._file.read_text()) if self._file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._save(data)

    def _save(self, data: dict[str, str]) -> None:
        """Atomically, as a real keyring commits an entry: the kill tests SIGKILL processes
        at random moments, and one landing inside a plain write left an empty file (a
        failure of this stand-in, not of the code under test)."""
        temp = self._file.with_name(f".{self._file.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(data))
        os.replace(temp, self._file)
