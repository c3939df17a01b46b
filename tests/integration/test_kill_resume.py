"""A sync killed with SIGKILL at ten points resumes and ends with exactly the fault-free data."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from caseworker.paths import resolve_paths
from caseworker.store.store import open_store
from tests.conftest import ROOT
from tests.support.fingerprint import fingerprint
from tests.support.keyrings import TestFileKeyring
from tests.support.ports import free_port_base

PEOPLE = "1500"
KILLS = 10


def _store_data(
    home: Path, keyring_file: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, object]:
    monkeypatch.setenv("CASEWORKER_TEST_KEYRING", str(keyring_file))
    keyring.set_keyring(TestFileKeyring())
    with open_store(resolve_paths(home), allow_insecure_keyring=True) as store:
        return fingerprint(store)


def test_a_sync_killed_at_ten_points_resumes_to_exactly_the_fault_free_data(
    cli_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = free_port_base()
    sandbox = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "sandbox",
            "--people",
            PEOPLE,
            "--port-base",
            str(base),
            "--fault",
            "latency_s=0.01",
            "--fault",
            "max_page=100",
        ],
        env=cli_env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sandbox.stdout is not None
        for _ in range(6):
            sandbox.stdout.readline()

        def env(name: str) -> dict[str, str]:
            return {
                **cli_env,
                "CASEWORKER_INSECURE_KEYRING": "1",
                "CASEWORKER_HOME": str(tmp_path / name),
                "CASEWORKER_TEST_KEYRING": str(tmp_path / f"{name}-keyring.json"),
            }

        command = [
            sys.executable,
            str(ROOT / "main.py"),
            "--people",
            PEOPLE,
            "--sandbox-port-base",
            str(base),
            "sync",
            "--demo",
            "--json",
        ]
        started = time.monotonic()
        clean = subprocess.run(
            command, env=env("clean"), capture_output=True, text=True, timeout=300, check=False
        )
        duration = time.monotonic() - started
        assert clean.returncode == 0, clean.stderr

        rng = random.Random(20261121)
        points = sorted(rng.uniform(0.2, duration * 0.95) for _ in range(KILLS))
        for point in points:
            victim = subprocess.Popen(
                command, env=env("killed"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(point)
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=30)
        final = subprocess.run(
            command, env=env("killed"), capture_output=True, text=True, timeout=300, check=False
        )
        assert final.returncode == 0, final.stderr
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.wait(timeout=30)

    expected = _store_data(tmp_path / "clean", tmp_path / "clean-keyring.json", monkeypatch)
    resumed = _store_data(tmp_path / "killed", tmp_path / "killed-keyring.json", monkeypatch)
    assert len(expected["items"]) > 1000  # type: ignore[arg-type]
    assert resumed == expected
