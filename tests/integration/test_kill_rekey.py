"""Key rotation killed with SIGKILL at ten random points: every time, the store opens again
with the key the keyring holds, with all its data, and a later rotation completes."""

from __future__ import annotations

import random
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

KILLS = 10


def _open(home: Path) -> tuple[dict[str, object], bool]:
    keyring.set_keyring(TestFileKeyring())
    with open_store(resolve_paths(home), allow_insecure_keyring=True) as store:
        with store.session() as session:
            intact = verify(session).ok
        return fingerprint(store), intact


def test_a_rekey_killed_anywhere_leaves_a_store_that_opens_with_all_its_data(
    cli_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {
        **cli_env,
        "CASEWORKER_INSECURE_KEYRING": "1",
        "CASEWORKER_HOME": str(tmp_path / "home"),
        "CASEWORKER_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }
    monkeypatch.setenv("CASEWORKER_TEST_KEYRING", env["CASEWORKER_TEST_KEYRING"])
    main = [sys.executable, str(ROOT / "main.py")]
    synced = subprocess.run(
        [*main, "--people", "800", "sync", "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert synced.returncode == 0, synced.stderr
    before, _ = _open(tmp_path / "home")
    assert len(before["items"]) > 500  # type: ignore[arg-type]

    started = time.monotonic()
    clean = subprocess.run(
        [*main, "store", "rekey"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    duration = time.monotonic() - started
    assert clean.returncode == 0, clean.stderr

    rng = random.Random(20261122)
    caught_midway = 0
    for point in sorted(rng.uniform(duration * 0.6, duration) for _ in range(KILLS)):
        victim = subprocess.Popen(
            [*main, "store", "rekey"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(point)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        keys = Path(env["CASEWORKER_TEST_KEYRING"]).read_text()
        caught_midway += "store-key-next" in keys or any(
            (tmp_path / "home" / "data").glob("*.rekey")
        )
        after, intact = _open(tmp_path / "home")  # opens: with the old key or the new one
        assert after == before and intact
    print(f"{caught_midway} of {KILLS} kills caught a rotation half done")
    assert caught_midway >= 1  # the kills really did land inside the rotation
    finished = subprocess.run(
        [*main, "store", "rekey"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert finished.returncode == 0, finished.stderr
    assert _open(tmp_path / "home") == (before, True)
    assert not list((tmp_path / "home" / "data").glob("*.rekey"))
