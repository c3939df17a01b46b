"""The performance targets of the 1m scale, on a 2-core machine, and how a figure meets one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    unit: str
    bound: float | None
    """None: reported, with no target of its own."""
    at_least: bool = False
    """The figure must be at least `bound` (a rate or ratio), else at most."""

    def verdict(self, value: float | None, *, at_target_scale: bool) -> str:
        if value is None:
            return "not measured"
        if self.bound is None:
            return ""
        met = value >= self.bound if self.at_least else value <= self.bound
        if not at_target_scale:
            return "within the 1m target" if met else "over the 1m target"
        return "met" if met else "MISSED"

    def bound_text(self) -> str:
        if self.bound is None:
            return ""
        return f"{'≥' if self.at_least else '≤'} {self.bound:g}"


TARGETS = (
    Target("insert_ceiling_rps", "insert ceiling", "records/s", None),
    Target("sync_rps", "full first sync", "records/s", None),
    Target("sync_to_ceiling", "sync / ceiling", "ratio", 0.5, at_least=True),
    Target("scale_cost_ratio", "per-record cost, x10 records", "ratio", 1.3),
    Target("noop_sync_s", "sync with nothing new", "s", 1.0),
    Target("search_p95_ms", "search p95", "ms", 20),
    Target("view_p95_ms", "joined-up view p95 (long histories)", "ms", 30),
    Target("cold_start_s", "cold start to painted window", "s", 1.0),
    Target("ready_s", "cold start to every page built", "s", None),
    Target(
        "ready_longest_step_ms", "longest step of building them, after the first paint", "ms", None
    ),
    Target("audit_check_s", "whole audit log check, after the window opens", "s", None),
    Target("gui_max_stall_ms", "longest GUI stall during a sync", "ms", 50),
    Target("input_p95_ms", "key to painted answer during a sync, p95", "ms", 100),
    Target("input_max_ms", "key to painted answer during a sync, max", "ms", 250),
    Target("sync_peak_rss_mb", "peak memory, sync", "MB", 400),
    Target("browse_peak_rss_mb", "peak memory, browsing", "MB", 250),
    Target("bundle_size_mb", "installable bundle, on disk", "MB", None),
    Target("bundle_cold_start_s", "bundle cold start to painted window", "s", None),
)
