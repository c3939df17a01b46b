"""The benchmark harness runs end to end at its smallest scale and reports every figure the
performance issue asks for, with its target. A smoke test: no timing is asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.targets import TARGETS
from tests.conftest import ROOT

KEYS = {
    "insert_ceiling_rps",
    "sync_rps",
    "sync_to_ceiling",
    "noop_sync_s",
    "search_p95_ms",
    "view_p95_ms",
    "cold_start_s",
    "gui_max_stall_ms",
    "sync_peak_rss_mb",
    "browse_peak_rss_mb",
    "scale_cost_ratio",
    "input_p95_ms",
    "input_max_ms",
    "audit_check_s",
}


def test_the_harness_reports_every_figure_at_10k(tmp_path: Path, built_tarball: Path) -> None:
    out = tmp_path / "figures.json"
    bundle = built_tarball.parent / "caseworker"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--scale",
            "10k",
            "--json",
            str(out),
            "--bundle",
            bundle,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert set(figures) >= KEYS
    assert all(isinstance(figures[k], int | float) and figures[k] > 0 for k in KEYS)
    assert 9_000 <= figures["records"] <= 15_000
    assert figures["noop_fetched"] == 0  # the second sync really had nothing new
    assert figures["view_records_median"] >= 200  # the long histories were measured
    assert figures["audit_entries"] >= 50_000  # cold starts open a store a year in use
    assert figures["input_by_kind"]["search"]["count"] >= 1  # keys were pressed and answered
    assert figures["bundle_size_mb"] > 50  # Qt, SQLCipher and Python: never a few MB
    if os.environ.get("CASEWORKER_SECRET_SERVICE_EXPECTED") == "1":  # make test provides one
        assert figures["bundle_cold_start_s"] > 0
    else:
        assert "Secret Service" in figures["bundle_note"]
    for target in TARGETS:
        assert target.label in done.stdout
        if target.bound is not None:
            assert target.bound_text() in done.stdout
