"""Sync time for the sandbox: first full pull, an empty incremental, a small incremental."""

from __future__ import annotations

import argparse
import tempfile
import time

import keyring

from caseworker.paths import resolve_paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import open_store
from caseworker.sync.engine import SyncService
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from tests.support.keyrings import MemoryKeyring


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())

    started = time.perf_counter()
    network = SandboxNetwork(args.seed, args.people).start()
    built = time.perf_counter() - started
    records = sum(len(d.persons) + len(d.items) for d in network.data.values())
    print(
        f"sandbox: {len(network.population.people):,} people, {records:,} records, "
        f"built in {built:.2f} s"
    )
    with tempfile.TemporaryDirectory() as home, open_store(resolve_paths(home)) as store:
        configure_partners(store, network.partner_configs())
        apply_profile(store, DEMO_PROFILE)
        for label, prepare in (
            ("first sync", None),
            ("nothing changed", None),
            ("after 50 changes", lambda: network.advance(50)),
        ):
            if prepare:
                prepare()
            t0 = time.perf_counter()
            report = SyncService(store).sync_all()
            seconds = time.perf_counter() - t0
            fetched = sum(r.fetched for r in report.results)
            unchanged = sum(r.unchanged for r in report.results)
            rate = f"{fetched / seconds:,.0f} rec/s" if fetched else "-"
            print(
                f"{label:<18} {seconds:8.2f} s  {fetched:>9,} records "
                f"({unchanged:,} unchanged: cursor overlap)  {rate}  ok={report.ok}"
            )
            for r in report.results if label == "first sync" else ():
                print(f"    {r.partner_id:<24} {r.seconds:7.2f} s  {r.fetched:>9,} records")
    network.stop()


if __name__ == "__main__":
    main()
