"""The PIN from the command line, as an administrator or a user would use it: set it, be
refused without it or with a wrong one, use it, change it and remove it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import _run


def test_a_pin_set_from_the_command_line_guards_every_command(cli_env: dict[str, str]) -> None:
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1"}
    assert _run(env, "sync", "--demo").returncode == 0

    weak = _run(env, "--pin-stdin", "store", "pin", "set", pins="123456\n")
    assert weak.returncode == 2 and "run or a repeat" in weak.stderr
    done = _run(env, "--pin-stdin", "store", "pin", "set", pins="482915\n")
    assert done.returncode == 0, done.stderr
    assert "PIN is set" in done.stdout

    refused = _run(env, "search", "smith")  # no terminal to ask at, and no --pin-stdin
    assert refused.returncode == 2
    assert "protected by a PIN" in refused.stderr and "--pin-stdin" in refused.stderr
    wrong = _run(env, "--pin-stdin", "search", "smith", pins="482916\n")
    assert wrong.returncode == 2 and "does not open this store" in wrong.stderr
    assert "482916" not in wrong.stderr + wrong.stdout

    found = _run(env, "--pin-stdin", "search", "smith", "--json", pins="482915\n")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)

    changed = _run(env, "--pin-stdin", "store", "pin", "set", pins="482915\n730264\n")
    assert changed.returncode == 0, changed.stderr
    assert _run(env, "--pin-stdin", "search", "smith", pins="482915\n").returncode == 2
    removed = _run(env, "--pin-stdin", "store", "pin", "remove", pins="730264\n")
    assert removed.returncode == 0 and "PIN is removed" in removed.stdout
    assert _run(env, "search", "smith").returncode == 0


def test_an_organisation_policy_requires_a_pin_before_anything_else(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{"require_pin": true, "pin_min_length": 8}')
    env = {**cli_env, "CASEWORKER_INSECURE_KEYRING": "1", "CASEWORKER_POLICY": str(policy)}
    first = _run(env, "--people", "60", "sync", "--demo")
    assert first.returncode == 2
    assert "organisation requires a PIN" in first.stderr and "store pin set" in first.stderr
    short = _run(env, "--pin-stdin", "store", "pin", "set", pins="482915\n")
    assert short.returncode == 2 and "at least 8" in short.stderr
    assert _run(env, "--pin-stdin", "store", "pin", "set", pins="48291573\n").returncode == 0
    synced = _run(env, "--pin-stdin", "--people", "60", "sync", "--demo", pins="48291573\n")
    assert synced.returncode == 0, synced.stderr
    kept = _run(env, "--pin-stdin", "store", "pin", "remove", pins="48291573\n")
    assert kept.returncode == 2 and "cannot be removed" in kept.stderr
