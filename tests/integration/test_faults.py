"""Whatever a partner's network does, a sync ends with exactly the data of a fault-free one:
every fault kind, on every kind of partner (FHIR and Case Sharing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caseworker.partners.http import RetryPolicy
from caseworker.paths import resolve_paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.sandbox.servers import Faults
from caseworker.store.store import open_store
from caseworker.sync.engine import SyncReport, SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from tests.support.fingerprint import fingerprint

FAST = RetryPolicy(attempts=4, base_s=0.01, max_s=0.05)


def _sync_into(
    home: Path,
    faults: Callable[[Faults], None] | None = None,
    retry: RetryPolicy = FAST,
    protocol: str | None = None,
) -> tuple[dict[str, Any], SyncReport]:
    """Sync a fresh store with `faults` on every partner speaking `protocol` (all if None)."""
    with SandboxNetwork() as network, open_store(resolve_paths(home)) as store:
        for server in network.servers.values():
            if protocol not in (None, server.spec.protocol):
                continue
            if faults is not None:
                faults(server.faults)
        configure_partners(store, network.partner_configs())
        apply_profile(store, DEMO_PROFILE)
        report = SyncService(store, retry=retry).sync_all()
        for server in network.servers.values():  # every counted fault was actually served
            for name in ("fail_requests", "rate_limited", "drop_connections", "truncate_bodies"):
                assert getattr(server.faults, name) == 0, (server.spec.partner_id, name)
            if server.spec.protocol == "case" and faults is not None and protocol != "fhir":
                probe = Faults()
                faults(probe)
                if probe.replay_pages:  # at least one page really was served twice
                    assert server.faults.replay_pages < probe.replay_pages, server.spec.partner_id
        return fingerprint(store), report


@pytest.fixture(scope="module")
def fault_free(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    import keyring

    from tests.support.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        data, report = _sync_into(tmp_path_factory.mktemp("baseline"))
    finally:
        keyring.set_keyring(previous)
    assert report.ok
    return data


def _set(**values: Any) -> Callable[[Faults], None]:
    def apply(faults: Faults) -> None:
        for name, value in values.items():
            setattr(faults, name, value)

    return apply


FAULTS = {
    "server errors (500)": _set(fail_requests=2, fail_status=500),
    "unavailable (503)": _set(fail_requests=3),
    "rate limited (429 with Retry-After)": _set(rate_limited=2, retry_after_s=0),
    "connection dropped mid-page": _set(drop_connections=2),
    "truncated JSON": _set(truncate_bodies=2),
    "replayed pages": _set(replay_pages=3, max_page=60),
    "small pages imposed by the server": _set(max_page=37),
    "schema drift": _set(drift=True),
    "latency": _set(latency_s=0.02),
}


PROTOCOL_OF = {
    "nhs-trust": "fhir",
    "childrens-social-care": "case",
    "police": "case",
    "school": "case",
    "housing": "case",
}
PROTOCOLS = {"fhir": "FHIR R4 (health)", "case": "Case Sharing (council, police, school, housing)"}


@pytest.mark.parametrize("protocol", list(PROTOCOLS), ids=list(PROTOCOLS.values()))
@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_every_fault_on_every_kind_of_partner_ends_with_exactly_the_fault_free_data(
    fault: str, protocol: str, fault_free: dict[str, Any], tmp_path: Path
) -> None:
    data, report = _sync_into(tmp_path / "faulty", FAULTS[fault], protocol=protocol)
    assert report.ok, [r.error_message for r in report.results if not r.ok]
    assert data == fault_free
    if fault not in (
        "schema drift",
        "latency",
        "replayed pages",
        "small pages imposed by the server",
    ):
        hit = [r for r in report.results if PROTOCOL_OF[r.partner_id] == protocol]
        assert hit and all(r.retries > 0 for r in hit)  # the faults cost retries, not data


def test_retry_after_is_honoured_up_to_a_cap() -> None:
    import random

    policy = RetryPolicy(base_s=0.5, max_s=10)
    rng = random.Random(1)
    assert policy.delay(0, 3.0, rng) == 3.0
    assert policy.delay(0, 120.0, rng) == 10
    waits = [policy.delay(n, None, rng) for n in range(4)]
    assert all(0.375 <= w / (0.5 * 2**n) <= 1.25 for n, w in enumerate(waits))  # backoff, jitter


def test_a_partner_down_for_the_whole_sync_leaves_the_others_synced(tmp_path: Path) -> None:
    with SandboxNetwork() as network, open_store(resolve_paths(tmp_path)) as store:
        network.servers["police"].faults.fail_requests = 1000
        configure_partners(store, network.partner_configs())
        apply_profile(store, DEMO_PROFILE)
        report = SyncService(store, retry=FAST).sync_all()
    by_id = {r.partner_id: r for r in report.results}
    assert by_id["police"].error_code == "partner_unavailable"
    assert all(r.ok and r.created for pid, r in by_id.items() if pid != "police")


def test_a_failing_partner_is_paused_for_scheduled_syncs_and_resumes_on_success(
    tmp_path: Path,
) -> None:
    from datetime import UTC, datetime, timedelta

    from caseworker.sync.status import partner_statuses

    with SandboxNetwork() as network, open_store(resolve_paths(tmp_path)) as store:
        network.servers["police"].faults.fail_requests = 1000
        configure_partners(store, network.partner_configs())
        apply_profile(store, DEMO_PROFILE)
        SyncService(store, retry=FAST).sync_all()
        police = next(s for s in partner_statuses(store) if s.partner_id == "police")
        assert police.failures == 1 and police.paused()
        assert police.paused_until is not None
        assert police.paused_until - datetime.now(UTC) <= timedelta(minutes=1)
        scheduled = SyncService(store, retry=FAST).sync_all(scheduled=True)
        assert "police" not in {r.partner_id for r in scheduled.results}  # skipped, not retried
        assert len(scheduled.results) == 4 and scheduled.ok
        network.servers["police"].faults.fail_requests = 0
        now = SyncService(store, retry=FAST).sync_all()  # "Sync now" tries it anyway
        assert next(r for r in now.results if r.partner_id == "police").created > 0
        police = next(s for s in partner_statuses(store) if s.partner_id == "police")
        assert police.failures == 0 and not police.paused() and police.last_success_at


def test_records_stamped_earlier_after_the_servers_clock_is_set_back_are_not_missed(
    tmp_path: Path,
) -> None:
    with SandboxNetwork() as network, open_store(resolve_paths(tmp_path)) as store:
        configure_partners(store, network.partner_configs())
        apply_profile(store, DEMO_PROFILE)
        SyncService(store, retry=FAST).sync_all()
        network.advance(5)  # the health cursor now sits at "now"
        SyncService(store, retry=FAST).sync_all()
        network.clock.jump_back(1.5)  # an NTP correction on the partner's server
        changed = network.advance(10)  # health writes now carry slightly earlier stamps
        report = SyncService(store, retry=FAST).sync_all()
        new = {r.partner_id: r.fetched - r.unchanged for r in report.results}
        assert {p: n for p, n in new.items() if n} == dict(changed)
        assert fingerprint(store)["items"]  # and the store holds them
