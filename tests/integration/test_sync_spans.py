"""A sync holds one transaction over several batches while nobody is at the window
(caseworker/sync/span.py). When the store fails partway, what the transactions before
committed stays, the report counts only that, and the next sync ends where an unbroken one
does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.errors import StoreWriteFailed
from caseworker.linkage.linker import LinkOutcome, StoreLinker
from caseworker.paths import resolve_paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.models import SourceItem, SourcePerson
from caseworker.store.store import Store, open_store
from caseworker.sync import engine, span
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile


class _DiskFillsUp(StoreLinker):
    """Links as usual until a partner's `fails_at`th batch, where the disk is full."""

    def __init__(self, fails_at: int) -> None:
        super().__init__()
        self.batches: Counter[str] = Counter()
        self.fails_at = fails_at

    def link(self, session: Session, person_ids: Sequence[int]) -> LinkOutcome:
        partner = session.scalar(
            select(SourcePerson.partner_id).where(SourcePerson.id == person_ids[0])
        )
        self.batches[partner or ""] += 1
        if self.batches[partner or ""] == self.fails_at:
            raise StoreWriteFailed("The disk is full, so the change was not saved.")
        return super().link(session, person_ids)


def _held(store: Store) -> tuple[set[tuple[str, str]], list[frozenset[str]]]:
    """The records held, and which of them are one citizen's."""
    with store.session() as session:
        records = {
            (kind, source_id)
            for kind, model in (("person", SourcePerson), ("item", SourceItem))
            for (source_id,) in session.execute(select(model.source_id))
        }
        citizens: dict[int, set[str]] = {}
        for source_id, citizen in session.execute(
            select(SourcePerson.partner_id + ":" + SourcePerson.source_id, SourcePerson.citizen_id)
        ):
            citizens.setdefault(citizen, set()).add(source_id)
    return records, sorted((frozenset(c) for c in citizens.values()), key=sorted)


def _setup(store: Store, sandbox: SandboxNetwork) -> None:
    configure_partners(store, sandbox.partner_configs())
    apply_profile(store, DEMO_PROFILE)


def test_a_store_failure_partway_keeps_what_was_committed_and_the_next_sync_completes(
    store: Store, sandbox: SandboxNetwork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for server in sandbox.servers.values():
        server.faults.max_page = 20
    monkeypatch.setattr(engine, "BATCH_RECORDS", 20)  # a batch a page, from a small sandbox
    monkeypatch.setattr(span, "SPAN_RECORDS", 40)  # and two of them to a transaction
    _setup(store, sandbox)
    report = SyncService(store, linker=_DiskFillsUp(fails_at=4)).sync_all()
    failed = [r for r in report.results if not r.ok]
    assert failed and all(r.error_code == StoreWriteFailed.code for r in failed)
    broken = max(failed, key=lambda r: r.fetched)
    assert "disk is full" in (broken.error_message or "")
    with store.session() as session:
        stored = sum(
            len(session.scalars(select(m.id).where(m.partner_id == broken.partner_id)).all())
            for m in (SourcePerson, SourceItem)
        )
    assert 0 < stored < broken.fetched  # the transactions before the failure stayed
    assert broken.created == stored  # the report counts what the store holds, no more

    assert SyncService(store).sync_all().ok  # the next sync carries on from there
    with open_store(resolve_paths(tmp_path / "unbroken")) as unbroken:
        _setup(unbroken, sandbox)
        assert SyncService(unbroken).sync_all().ok
        assert _held(store) == _held(unbroken)
