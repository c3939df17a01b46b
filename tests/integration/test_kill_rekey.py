"""Key rotation killed with SIGKILL at ten random points, and a PIN change at five more: every
time, the store opens again with the key the keyring holds (and the old PIN or the new one),
with all its data, and a later rotation completes.

The kill points are spread over the rotation itself, not the process's start-up: each run is
watched until the new key appears in the keyring, then killed at a random moment within the
time a clean rotation took from there until the old key was forgotten."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring

from caseworker.audit.chain import verify
from caseworker.errors import WrongPin
from caseworker.paths import resolve_paths
from caseworker.store.pin import has_pin
from caseworker.store.store import open_store
from tests.conftest import ROOT
from tests.support.fingerprint import fingerprint
from tests.support.keyrings import TestFileKeyring

KILLS = 10
PIN_KILLS = 5
PINS = ("482915", "730264")


def _open(home: Path, pin: str | None = None) -> tuple[dict[str, object], bool]:
    keyring.set_keyring(TestFileKeyring())
    with open_store(resolve_paths(home), allow_insecure_keyring=True, pin=pin) as store:
        with store.session() as session:
            intact = verify(session).ok
        return fingerprint(store), intact


class _Rotations:
    """Runs a rotating command, watching the keyring file for the pending key."""

    def __init__(self, env: dict[str, str], home: Path) -> None:
        self.env = env
        self.keyring_file = Path(env["CASEWORKER_TEST_KEYRING"])
        self.data = home / "data"

    def pending(self) -> bool:
        try:
            return "store-key-next" in self.keyring_file.read_text()
        except FileNotFoundError:
            return False

    def _start(self, command: list[str], pins: str) -> subprocess.Popen[str]:
        victim = subprocess.Popen(
            command,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert victim.stdin is not None
        victim.stdin.write(pins)
        victim.stdin.close()
        return victim

    def _until_rotating(self, victim: subprocess.Popen[str]) -> None:
        while not self.pending() and victim.poll() is None:
            time.sleep(0.001)

    def timed(self, command: list[str], pins: str = "") -> float:
        """Seconds from the rotation's start (the new key saved) to its end (the old key
        forgotten), run cleanly."""
        victim = self._start(command, pins)
        self._until_rotating(victim)
        started = time.monotonic()
        while self.pending():
            time.sleep(0.001)
        rotation = time.monotonic() - started
        assert victim.wait(timeout=120) == 0
        return rotation

    def killed(self, command: list[str], after: float, pins: str = "") -> bool:
        """Kill the command `after` seconds into its rotation; True if it was half done."""
        victim = self._start(command, pins)
        self._until_rotating(victim)
        time.sleep(after)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        return self.pending() or any(self.data.glob("*.rekey"))


def test_a_rekey_killed_anywhere_leaves_a_store_that_opens_with_all_its_data(
    home_env: dict[str, str], tmp_path: Path
) -> None:
    env = home_env
    home = tmp_path / "home"
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
    before, _ = _open(home)
    assert len(before["items"]) > 500  # type: ignore[arg-type]

    rotations = _Rotations(env, home)
    rekey = [*main, "store", "rekey"]
    duration = rotations.timed(rekey)
    rng = random.Random(20261122)
    caught_midway = 0
    for point in sorted(rng.uniform(0, duration) for _ in range(KILLS)):
        caught_midway += rotations.killed(rekey, point)
        after, intact = _open(home)  # opens: with the old key or the new one
        assert after == before and intact
    print(f"{caught_midway} of {KILLS} kills caught a rotation half done")
    assert caught_midway >= 1  # the kills really did land inside the rotation
    finished = subprocess.run(rekey, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert _open(home) == (before, True)
    assert not list((home / "data").glob("*.rekey"))

    # A PIN set, then changed back and forth, killed part way each time.
    pin_set = [*main, "--pin-stdin", "store", "pin", "set"]
    first = subprocess.run(pin_set, env=env, input=f"{PINS[0]}\n", capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    duration = rotations.timed(pin_set, f"{PINS[0]}\n{PINS[1]}\n")
    current = PINS[1]
    pin_midway = switched = 0
    for point in sorted(rng.uniform(0, duration) for _ in range(PIN_KILLS)):
        new = PINS[1] if current == PINS[0] else PINS[0]
        pin_midway += rotations.killed(pin_set, point, f"{current}\n{new}\n")
        try:
            after, intact = _open(home, current)
        except WrongPin:  # the change got past the switch: the new PIN opens it, and only it
            after, intact = _open(home, new)
            current = new
            switched += 1
        assert after == before and intact
        assert has_pin(resolve_paths(home))
    print(
        f"{pin_midway} of {PIN_KILLS} PIN changes killed half done; {switched} got past the switch"
    )
    assert pin_midway >= 1
    assert _open(home, current) == (before, True)
