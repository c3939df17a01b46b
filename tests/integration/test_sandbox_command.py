"""`python main.py sandbox` serves the partner network in its own process; `sync --demo` uses it."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys

from tests.conftest import ROOT
from tests.support.ports import free_port_base


def _main(*args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), *args]


def test_sandbox_process_serves_five_partners_and_sync_uses_it(cli_env: dict[str, str]) -> None:
    base = free_port_base()
    server = subprocess.Popen(
        _main("sandbox", "--port-base", str(base)),
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
                _main("--sandbox-port-base", str(base), "sync", "--json", *extra),
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
        partners = json.loads(plain.stdout)["partners"]
        assert [p["fetched"] - p["unchanged"] for p in partners] == [0] * 5
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)
    assert server.returncode == 0


def test_sandbox_says_plainly_when_its_ports_are_taken(cli_env: dict[str, str]) -> None:
    base = free_port_base()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", base + 3))
        squatter.listen()
        done = subprocess.run(
            _main("sandbox", "--port-base", str(base)),
            env=cli_env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 2
    assert f"ports {base + 1}-{base + 5}" in done.stderr and "--port-base" in done.stderr
    assert "Traceback" not in done.stderr
