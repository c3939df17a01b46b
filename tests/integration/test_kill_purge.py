"""A purge killed with SIGKILL at five random points leaves the store either as it was or as
the purge leaves it, never half way; finishing the purge afterwards gives exactly the data
an uninterrupted purge gives."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from caseworker.audit.chain import verify
from caseworker.paths import resolve_paths
from caseworker.store.store import open_store
from tests.conftest import ROOT
from tests.support.fingerprint import fingerprint
from tests.support.keyrings import TestFileKeyring

KILLS = 5
# Changing the profile from a social worker to an early help worker purges what the new role
# may not see (police narratives, some health detail) in one transaction.
PURGE = ["profile", "set", "--org", "childrens-social-care", "--role", "early_help_worker"]
PURGE += ["--purpose", "early_help"]


def _picture(home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    monkeypatch.setenv("CASEWORKER_TEST_KEYRING", str(home) + "-keyring.json")
    keyring.set_keyring(TestFileKeyring())
    with open_store(resolve_paths(home), allow_insecure_keyring=True) as store:
        with store.session() as session:
            assert verify(session).ok
        return fingerprint(store)


def test_a_purge_killed_anywhere_is_all_or_nothing(
    cli_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def env(home: Path) -> dict[str, str]:
        return {
            **cli_env,
            "CASEWORKER_INSECURE_KEYRING": "1",
            "CASEWORKER_HOME": str(home),
            "CASEWORKER_TEST_KEYRING": str(home) + "-keyring.json",
        }

    main = [sys.executable, str(ROOT / "main.py")]
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    synced = subprocess.run(
        [*main, "--people", "1500", "sync", "--demo"],
        env=env(clean),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert synced.returncode == 0, synced.stderr
    shutil.copytree(clean, killed)
    shutil.copy(str(clean) + "-keyring.json", str(killed) + "-keyring.json")
    before = _picture(killed, monkeypatch)

    started = time.monotonic()
    done = subprocess.run(
        [*main, *PURGE], env=env(clean), capture_output=True, text=True, timeout=120, check=False
    )
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    after = _picture(clean, monkeypatch)
    assert after != before  # the purge removed something

    rng = random.Random(20261123)
    for point in sorted(rng.uniform(duration * 0.5, duration) for _ in range(KILLS)):
        victim = subprocess.Popen(
            [*main, *PURGE], env=env(killed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(point)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        assert _picture(killed, monkeypatch) in (before, after)  # all or nothing
    finished = subprocess.run(
        [*main, *PURGE], env=env(killed), capture_output=True, text=True, timeout=120, check=False
    )
    assert finished.returncode == 0, finished.stderr
    assert _picture(killed, monkeypatch) == after
