"""A worker keeps working while a sync runs: searches, views and notes (each writing to the
audit log) interleave with the sync's transactions, and neither side fails or loses anything."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from caseworker.audit.chain import verify
from caseworker.audit.log import recent
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.services.team import add_entry
from caseworker.services.viewing import find, open_citizen
from caseworker.store import courtesy
from caseworker.store.models import SourcePerson
from caseworker.store.store import Store
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
