"""A worker keeps working while a sync runs: searches, views and notes (each writing to the
audit log) interleave with the sync's transactions, and neither side fails or loses anything."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caseworker.audit.chain import verify
from caseworker.audit.log import recent
from caseworker.paths import resolve_paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.services.team import add_entry
from caseworker.services.viewing import find, open_citizen
from caseworker.store import courtesy
from caseworker.store.models import Citizen, Partner, SourceItem, SourcePerson
from caseworker.store.store import Store, open_store
from caseworker.sync.engine import SyncReport, SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile


def test_views_and_notes_during_a_sync_all_land(store: Store, sandbox: SandboxNetwork) -> None:
    configs = sandbox.partner_configs()
    configure_partners(store, configs)
    apply_profile(store, DEMO_PROFILE)
    first = [c for c in configs if c.partner_id == "childrens-social-care"]
    assert SyncService(store).sync_all(partners=first).ok
    people = find(store, "holt")
    assert people

    outcome: list[SyncReport] = []
    syncing = threading.Thread(
        target=lambda: outcome.append(SyncService(store).sync_all(partners=configs))
    )
    syncing.start()
    views = notes = 0
    while syncing.is_alive() or views < 20:
        person = people[views % len(people)]
        open_citizen(store, person.citizen_id)
        views += 1
        if views % 5 == 0:
            add_entry(
                store, person.citizen_id, kind="note", text="Seen today.", partners=[], author="T"
            )
            notes += 1
        find(store, "holt")
    syncing.join()

    (report,) = outcome
    assert report.ok, [r.error_message for r in report.results if not r.ok]
    assert sum(r.created for r in report.results) > 1000  # the sync did real work meanwhile
    with store.session() as session:
        assert verify(session).ok
        kinds = [e.kind for e in recent(session, limit=100_000)]
    assert kinds.count("view") == views and kinds.count("note") == notes
    assert kinds.count("search") == views + 1


def test_a_sync_waits_to_store_while_the_window_reads_and_carries_on_after(
    store: Store, sandbox: SandboxNetwork
) -> None:
    """What a person at the window asked for is audited and answered before the sync's next
    transaction takes the store's write lock; and the sync is only held, never stopped."""
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    outcome: list[SyncReport] = []
    syncing = threading.Thread(target=lambda: outcome.append(SyncService(store).sync_all()))
    with courtesy.interactive():  # the window's work, running
        syncing.start()
        time.sleep(1.0)  # under GIVE_WAY_S: the first pages are fetched, then held
        with store.session() as session:
            held = session.scalar(select(func.count()).select_from(SourcePerson))
    syncing.join(timeout=120)
    assert held == 0
    (report,) = outcome
    assert report.ok and sum(r.created for r in report.results) > 100


def _position(cursor: str | None) -> str:
    """A partner's cursor without the moment it was taken (a FHIR cursor notes it)."""
    if cursor and cursor.startswith("{"):
        return json.dumps({k: v for k, v in json.loads(cursor).items() if k != "_reconciled"})
    return cursor or ""


def _held(store: Store) -> tuple[int, int, int, set[tuple[str, str]]]:
    with store.session() as session:
        persons = session.scalar(select(func.count()).select_from(SourcePerson)) or 0
        items = session.scalar(select(func.count()).select_from(SourceItem)) or 0
        citizens = session.scalar(select(func.count()).select_from(Citizen)) or 0
        cursors = {
            (p, _position(c)) for p, c in session.execute(select(Partner.id, Partner.cursor))
        }
    return persons, items, citizens, cursors


def test_pages_stored_in_small_parts_while_someone_works_hold_what_whole_pages_hold(
    tmp_path: Path, sandbox: SandboxNetwork, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While someone uses the window the sync stores each page in parts of 100 records; the
    store ends as a sync of whole pages leaves it: every record, the same citizens, every
    partner's cursor at the end of its feed."""
    held = []
    for someone in (False, True):
        with open_store(resolve_paths(tmp_path / f"parts-{someone}")) as store:
            configure_partners(store, sandbox.partner_configs())
            apply_profile(store, DEMO_PROFILE)
            monkeypatch.setattr(courtesy, "ACTIVE_FOR_S", 3600.0 if someone else 0.0)
            with courtesy.interactive():
                pass  # the window's last work has just ended
            report = SyncService(store).sync_all()
            assert report.ok
            held.append(_held(store))
    assert held[0] == held[1]
    assert held[0][0] > 100 and held[0][1] > 100
