"""An outbox push killed with SIGKILL at five random points: no message is lost, none is
stored twice by the partner, and the next sync delivers what was left."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
from sqlalchemy import select

from caseworker.paths import resolve_paths
from caseworker.sandbox.network import SandboxNetwork
from caseworker.services.team import add_entry, recipients
from caseworker.store.models import OutboxMessage, SourcePerson
from caseworker.store.store import open_store
from tests.conftest import ROOT
from tests.support.keyrings import TestFileKeyring
from tests.support.ports import free_port_base

KILLS = 5
NOTES = 150


def test_an_outbox_push_killed_anywhere_loses_and_doubles_nothing(
    home_env: dict[str, str], tmp_path: Path
) -> None:
    env = home_env
    home = tmp_path / "home"
    base = free_port_base()
    sync = [sys.executable, str(ROOT / "main.py"), "--sandbox-port-base", str(base)]
    sync += ["sync", "--demo"]
    with SandboxNetwork().start(base_port=base) as network:
        first = subprocess.run(sync, env=env, capture_output=True, text=True, timeout=300)
        assert first.returncode == 0, first.stderr

        keyring.set_keyring(TestFileKeyring())
        with open_store(resolve_paths(home), allow_insecure_keyring=True) as store:
            with store.session() as session:
                citizens = list(
                    session.scalars(
                        select(SourcePerson.citizen_id)
                        .where(SourcePerson.partner_id == "police")
                        .distinct()
                        .limit(NOTES)
                    )
                )
            written = 0
            for n in range(NOTES):
                citizen = citizens[n % len(citizens)]
                assert citizen is not None
                if any(r.partner_id == "police" for r in recipients(store, citizen)):
                    add_entry(
                        store,
                        citizen,
                        kind="note",
                        text=f"Note {n}",
                        partners=["police"],
                        author="T",
                    )
                    written += 1
        assert written >= 100

        network.servers["police"].faults.latency_s = 0.05  # each delivery takes a moment
        started = time.monotonic()
        probe = subprocess.Popen(
            sync, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        while not network.desks["police"].writes.get("notes") and time.monotonic() - started < 60:
            time.sleep(0.01)
        delivering_from = time.monotonic() - started  # when the first note arrived
        probe.send_signal(signal.SIGKILL)
        probe.wait(timeout=30)

        rng = random.Random(20261124)
        partials: list[int] = []
        for point in sorted(
            rng.uniform(delivering_from, delivering_from + 1.0) for _ in range(KILLS)
        ):
            victim = subprocess.Popen(
                sync, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(point)
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=30)
            partials.append(len(network.desks["police"].writes.get("notes", {})))
        print(f"notes arrived at each kill: {partials} of {written}")
        assert any(0 < n < written for n in partials)  # kills fell in the middle of a push
        network.servers["police"].faults.latency_s = 0
        final = subprocess.run(sync, env=env, capture_output=True, text=True, timeout=300)
        assert final.returncode == 0, final.stderr
        received = network.desks["police"].writes["notes"]

    with (
        open_store(resolve_paths(home), allow_insecure_keyring=True) as store,
        store.session() as session,
    ):
        notes = list(session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "note")))
    assert len(notes) == written and all(m.status == "delivered" for m in notes)
    assert set(received) == {m.key for m in notes}  # every note arrived, each key once
    assert sorted(int(b["text"].split()[1]) for b in received.values()) == sorted(
        int(m.body.split('"text": "Note ')[1].split('"')[0]) for m in notes
    )
