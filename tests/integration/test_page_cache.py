"""A sync keeps more of the store's pages than the window does: linkage reads blocks from
across the whole file, and every page read again is decrypted again. The window, reading a
person at a time, keeps its smaller cache, and a connection a sync used goes back to it.
And a sync copies what it wrote into the file once it ends, not the window's next commit."""

from __future__ import annotations

import struct
from pathlib import Path

from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.engine import PAGE_CACHE_KIB, SYNC_PAGE_CACHE_KIB
from caseworker.store.store import Store
from caseworker.sync.engine import PartnerProgress, SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile


def _page_cache_kib(store: Store) -> int:
    with store.session() as session:
        return -int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_a_sync_reads_with_a_bigger_page_cache_and_gives_it_back(
    store: Store, sandbox: SandboxNetwork
) -> None:
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    assert _page_cache_kib(store) == PAGE_CACHE_KIB
    during: list[int] = []

    def progress(p: PartnerProgress) -> None:
        if p.state == "running" and not during:
            during.append(_page_cache_kib(store))

    assert SyncService(store).sync_all(progress=progress).ok
    assert during == [SYNC_PAGE_CACHE_KIB] and SYNC_PAGE_CACHE_KIB > PAGE_CACHE_KIB
    assert _page_cache_kib(store) == PAGE_CACHE_KIB  # the window's reading, after


def _log_frames(store_file: Path) -> tuple[int, int]:
    """(frames in the write-ahead log, frames of them copied into the file), from the
    log's index (SQLite's WAL-index header: mxFrame at byte 16, nBackfill at byte 96)."""
    shm = store_file.with_name(store_file.name + "-shm").read_bytes()
    return struct.unpack_from("=I", shm, 16)[0], struct.unpack_from("=I", shm, 96)[0]


def test_a_sync_leaves_nothing_in_the_log_for_the_window_to_copy(
    store: Store, sandbox: SandboxNetwork
) -> None:
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)
    assert SyncService(store).sync_all().ok
    written, copied = _log_frames(store.handover().store_file)
    assert written > 0 and copied == written
