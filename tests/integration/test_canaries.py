"""No personal data outside the store: a whole working session over a population seeded
with canary values leaves none of them readable in the log folder, the temp folder, the
store file, its write-ahead log or journal.

Every person's surname, first name and address, and every record's narrative, carries a
unique canary. The session syncs, searches, opens people, writes a note, exports, and
meets errors; then every file is read as bytes, without the key.
"""

from __future__ import annotations

import logging
import secrets
import string
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from caseworker.errors import CaseworkerError
from caseworker.exports.chronology import ChronologyFilter
from caseworker.exports.produce import chronology, release
from caseworker.fileio import write_atomic
from caseworker.logs import configure
from caseworker.paths import Paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.services.team import add_entry
from caseworker.services.viewing import find, open_citizen
from caseworker.store.store import open_store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile


def _canary() -> str:
    return "Qx" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(10))


def _seed_canaries(network: SandboxNetwork) -> dict[str, str]:
    """Put a canary in every name, address and narrative; returns canary -> what it is in."""
    canaries: dict[str, str] = {}
    for partner_id, data in network.data.items():
        for i, person in enumerate(data.persons):
            family, given, street = _canary(), _canary(), _canary()
            canaries |= {family: "surname", given: "first name", street: "address"}
            data.persons[i] = replace(
                person, family=family, given=given, address=f"1 {street} Road"
            )
        for i, item in enumerate(data.items):
            word = _canary()
            canaries[word] = "narrative"
            data.items[i] = replace(item, detail=f"{item.detail} {word}".strip())
        network.feeds[partner_id] = type(network.feeds[partner_id])(network.clock)
        SandboxNetwork._load(network.feeds[partner_id], data)
        network.desks[partner_id].feed = network.feeds[partner_id]
    return canaries


def test_a_whole_session_leaves_no_canary_outside_the_store(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    configure(paths, level=logging.DEBUG)
    network = SandboxNetwork(people=400)
    canaries = _seed_canaries(network)
    assert len(canaries) >= 1000
    exported = tmp_path / "exports" / "chronology.csv"

    with network.start(), open_store(paths) as store:
        configure_partners(store, network.partner_configs())
        apply_profile(store, DEMO_PROFILE)
        assert SyncService(store).sync_all().ok
        surnames = [c for c, what in canaries.items() if what == "surname"][:40]
        opened = []
        for surname in surnames:
            for person in find(store, surname)[:1]:
                opened.append(open_citizen(store, person.citizen_id))
                add_entry(
                    store,
                    person.citizen_id,
                    kind="note",
                    text=f"Seen with {surname} at home.",
                    partners=[],
                    author="Demo social worker",
                )
        assert len(opened) >= 20
        view = max(opened, key=lambda v: len(v.chronology))
        document = chronology(store, view.citizen_id, ChronologyFilter(), "csv")
        release(store, document, "csv")
        write_atomic(exported, document.text.encode())
        for bad in ("999 999 9999", "Nobodyhere Atall"):  # searches that find nobody
            assert find(store, bad) == []
        with pytest.raises(CaseworkerError):
            add_entry(store, view.citizen_id, kind="note", text=" ", partners=[], author="x")
        logging.getLogger("caseworker.test").warning("Looked at %s", surnames[0])
        files = [f for f in paths.data_dir.rglob("*") if f.is_file()]
        assert {f.name for f in files} >= {paths.store_file.name, paths.store_file.name + "-wal"}
        held_open = {f: f.read_bytes() for f in files}  # while open: the WAL is live

    assert any(c in exported.read_text() for c in canaries)  # the export really held data
    scanned = dict(held_open)
    for folder in (paths.data_dir, paths.log_dir, temp):
        scanned |= {f: f.read_bytes() for f in folder.rglob("*") if f.is_file()}
    assert (paths.log_dir / "caseworker.log") in scanned
    found = {
        (str(path.relative_to(tmp_path)), what)
        for path, content in scanned.items()
        for canary, what in canaries.items()
        if canary.encode() in content
    }
    assert found == set()
