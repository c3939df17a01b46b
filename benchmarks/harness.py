"""`python -m benchmarks --scale 10k|100k|1m [--json FILE]`: every performance figure the
project has a target for, measured in one run on the sandbox, printed as a table with each
target and its verdict.

The sandbox is built with about as many source records as the scale names, plus ten people
with 200 records each (the long histories the view must open fast), and served on loopback
from this process. Everything measured runs in a process of its own (benchmarks.child,
benchmarks.gui_probe), so that its memory is its own and it does not share an interpreter
lock with the servers. The per-record cost of a sync is also measured at a tenth of the
scale, for how it grows with the store.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import keyring

from benchmarks.bundle import BUNDLE, measure_bundle
from benchmarks.ceiling import insert_ceiling
from benchmarks.targets import TARGETS
from caseworker.paths import resolve_paths
from caseworker.profile import DEMO_PROFILE
from caseworker.sandbox.network import SandboxNetwork
from caseworker.store.store import open_store
from caseworker.sync.partners import configure_partners
from caseworker.sync.profile_change import apply_profile
from tests.support.keyrings import TestFileKeyring

ROOT = Path(__file__).resolve().parent.parent
SCALES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}
TARGET_SCALE = "1m"
RECORDS_PER_PERSON = 4.65
"""Source records per person of the sandbox population (measured: 99,934 for 21,500)."""
HISTORIES = (10, 200)
COLD_STARTS = 3


class Bench:
    """A scratch folder, a shared file keyring and the environment of the measured processes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        keyring_file = root / "keyring.json"
        os.environ["CASEWORKER_TEST_KEYRING"] = str(keyring_file)
        os.environ["CASEWORKER_POLICY"] = str(root / "no-policy.json")
        keyring.set_keyring(TestFileKeyring())
        self.env = {
            **os.environ,
            "CASEWORKER_TEST_KEYRING": str(keyring_file),
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.TestFileKeyring",
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "CASEWORKER_INSECURE_KEYRING": "1",
        }

    def home(self, name: str, network: SandboxNetwork) -> Path:
        """A new profile with the sandbox's partners and the demo social worker's profile."""
        home = self.root / name
        with open_store(resolve_paths(home), allow_insecure_keyring=True) as store:
            configure_partners(store, network.partner_configs())
            apply_profile(store, DEMO_PROFILE)
        return home

    def run(self, module: str, *args: str, **env: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-m", module, *args],
            env={**self.env, **env},
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not done.stdout.strip():
            raise SystemExit(f"{module} {args[0]} failed:\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def build(records: int) -> tuple[SandboxNetwork, int, float]:
    started = time.perf_counter()
    network = SandboxNetwork(1, max(50, round(records / RECORDS_PER_PERSON)))
    network.add_history(*HISTORIES)
    count = sum(len(d.persons) + len(d.items) for d in network.data.values())
    return network.start(), count, time.perf_counter() - started


def compiled() -> None:
    """Compile the app's own modules as an installed copy has them: an editable install has
    no bytecode, and where PYTHONDONTWRITEBYTECODE is set (as on CI machines) every start
    would compile 270 modules again, a quarter of a second no user's start pays."""
    for folder in ("caseworker", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)


def _say(text: str) -> None:
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {text}\n")


def measure(scale: str, bench: Bench, bundle: Path = BUNDLE) -> dict[str, Any]:
    records_wanted = SCALES[scale]
    figures: dict[str, Any] = {"scale": scale}
    small_name = next((k for k, v in SCALES.items() if v == records_wanted // 10), None)
    if small_name is not None:
        _say(f"sync at a tenth of the scale ({small_name}) for the per-record cost")
        network, records, _ = build(SCALES[small_name])
        small = bench.run("benchmarks.child", "sync", str(bench.home("small", network)))
        network.stop()
        figures["small_cost_us"] = small["sync_s"] / records * 1e6
    _say(f"building the sandbox at {scale}")
    network, records, built = build(records_wanted)
    figures.update(records=records, sandbox_build_s=built)
    try:
        _say(f"full sync of {records:,} records")
        synced = bench.home("synced", network)
        figures.update(bench.run("benchmarks.child", "sync", str(synced)))
        figures["sync_rps"] = records / figures["sync_s"]
        figures["cost_us"] = figures["sync_s"] / records * 1e6
        if "small_cost_us" in figures:
            figures["scale_cost_ratio"] = figures["cost_us"] / figures["small_cost_us"]
        _say("insert ceiling")
        figures.update(insert_ceiling(synced, bench.root / "ceiling"))
        figures["insert_ceiling_rps"] = records / figures["ceiling_s"]
        figures["sync_to_ceiling"] = figures["sync_rps"] / figures["insert_ceiling_rps"]
        _say("search and view")
        figures.update(bench.run("benchmarks.child", "queries", str(synced)))
        _say("a year of audit entries, then cold starts")
        compiled()
        figures.update(bench.run("benchmarks.child", "audit", str(synced)))
        starts = [
            bench.run("benchmarks.gui_probe", "start", str(synced), BENCH_T0=repr(time.time()))
            for _ in range(COLD_STARTS)
        ]
        figures["cold_start_s"] = statistics.median(s["cold_start_s"] for s in starts)
        figures["ready_s"] = statistics.median(s["ready_s"] for s in starts)
        figures["ready_longest_step_ms"] = max(s["ready_longest_step_ms"] for s in starts)
        _say("the installable bundle")
        figures.update(measure_bundle(synced, bundle))
        _say("browsing")
        figures["browse_peak_rss_mb"] = bench.run("benchmarks.gui_probe", "browse", str(synced))[
            "peak_rss_mb"
        ]
        _say("a full sync in the window")
        stall = bench.run("benchmarks.gui_probe", "stall", str(bench.home("window", network)))
        figures["gui_max_stall_ms"] = stall["gui_max_stall_ms"]
        figures["gui_stalls_over_50ms"] = stall["gui_stalls_over_50ms"]
        # The collector's pauses, to tell a stall of its making from another's.
        figures["gc_pauses_over_20ms"] = stall["collections_over_20ms"]
        figures["window_sync_s"] = stall["window_sync_s"]
        _say("keys pressed during a full sync in the window")
        people = network.population.people
        names = ";".join(f"{p.given} {p.family}" for p in people[:: max(1, len(people) // 40)])
        keys = bench.run(
            "benchmarks.gui_probe", "input", str(bench.home("keys", network)), BENCH_NAMES=names
        )
        for key in ("input_p95_ms", "input_max_ms", "input_events", "input_by_kind"):
            figures[key] = keys[key]
    finally:
        network.stop()
    return figures


def table(figures: dict[str, Any]) -> str:
    at_target = figures["scale"] == TARGET_SCALE
    lines = [
        f"Caseworker benchmarks at {figures['scale']}: {figures['records']:,} source records "
        f"(sandbox built in {figures['sandbox_build_s']:.1f} s)",
        "",
        f"{'figure':<38} {'value':>12} {'unit':<10} {'target':<8} verdict",
    ]
    for target in TARGETS:
        value = figures.get(target.key)
        shown = "—" if value is None else f"{value:,.3g}" if value < 100 else f"{value:,.0f}"
        lines.append(
            f"{target.label:<38} {shown:>12} {target.unit:<10} {target.bound_text():<8} "
            f"{target.verdict(value, at_target_scale=at_target)}"
        )
    lines += [
        "",
        f"search p95 by kind (ms): {figures.get('search_p95_by_kind_ms')}",
        f"view: median {figures.get('view_records_median')} records in the chronology",
        f"sync in the window: {figures.get('window_sync_s', 0):.1f} s",
    ]
    if "bundle_note" in figures:
        lines.append(f"bundle: {figures['bundle_note']}")
    if not at_target:
        lines.append(f"(the targets are for --scale {TARGET_SCALE})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", choices=tuple(SCALES), default="10k")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--bundle",
        type=Path,
        default=BUNDLE,
        help="the one-folder build (default: dist/caseworker)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="caseworker-bench-") as root:
        figures = measure(args.scale, Bench(Path(root)), args.bundle)
    figures["harness_s"] = time.perf_counter() - started
    print(table(figures))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return 0
