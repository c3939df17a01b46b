"""`python main.py sandbox` serves the partner network in its own process; `sync --demo` uses it."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys

import pytest

from caseworker.sandbox.embedded import DEFAULT_PORT_BASE
from tests.conftest import ROOT


def _ports_free(base: int) -> bool:
    for port in range(base + 1, base + 6):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return False
    return True


def test_sandbox_process_serves_five_partners_and_sync_uses_it(cli_env: dict[str, str]) -> None:
    if not _ports_free(DEFAULT_PORT_BASE):
        pytest.skip("the default sandbox ports are taken on this machine")
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "sandbox"],
        env=cli_env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(6)]
        assert "synthetic people" in lines[0]
        assert sum("http://127.0.0.1:" in line for line in lines) == 5
        assert any("/fhir" in line for line in lines)
        env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}

        def sync(*extra: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "sync", "--json", *extra],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )

        unconfigured = sync()  # a new profile has no partners: nothing to do, and no failure
        assert unconfigured.returncode == 0 and json.loads(unconfigured.stdout)["partners"] == []
        first = json.loads(sync("--demo").stdout)  # finds the running sandbox on its ports
        assert first["ok"] and sum(p["fetched"] for p in first["partners"]) > 1000
        # Configured now: a plain sync reaches the same running sandbox, with nothing new.
        plain = sync()
        assert plain.returncode == 0, plain.stderr
        assert [p["fetched"] for p in json.loads(plain.stdout)["partners"]] == [0] * 5
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
    assert server.returncode == 0
