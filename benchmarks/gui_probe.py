"""The window, measured: run as its own process (offscreen), through main.py's own start-up.

    python -m benchmarks.gui_probe start HOME    process start to the main window painted
    python -m benchmarks.gui_probe stall HOME    the longest gap of a 10 ms heartbeat on the
                                                 GUI thread while the window runs a full sync
    python -m benchmarks.gui_probe browse HOME   peak memory after searching and opening people

The process start time comes from BENCH_T0 (the harness's clock just before it started this
process). Each mode prints one JSON object on the last line of its output.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.memory import peak_rss_mb

OPEN_PEOPLE = 40
AFTER_SYNC_MS = 2000
"""How long the heartbeat runs on after a sync, while the window refreshes."""


class Probe(QObject):
    """Waits for the main window's first paint, then runs the mode's scenario and quits."""

    def __init__(self, mode: str, t0: float) -> None:
        super().__init__()
        self.mode = mode
        self.t0 = t0
        self.window: Any = None
        self.result: dict[str, Any] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.window is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and type(watched).__name__ == "MainWindow"
        ):
            self.window = watched
            self.result["cold_start_s"] = time.time() - self.t0
            self.result["painted_rss_mb"] = peak_rss_mb()
            QTimer.singleShot(0, getattr(self, f"_{self.mode}"))
        return False

    def _finish(self) -> None:
        self.result["peak_rss_mb"] = peak_rss_mb()
        app = QApplication.instance()
        assert app is not None
        app.quit()

    def _start(self) -> None:
        self._finish()

    def _stall(self) -> None:
        window = self.window
        last = time.perf_counter()
        worst = 0.0
        ticks = 0
        gaps: list[tuple[float, float]] = []  # (gap, when it ended, from the start)

        def beat() -> None:
            nonlocal last, worst, ticks
            now = time.perf_counter()
            worst = max(worst, now - last)
            if now - last > 0.05:
                gaps.append((now - last, now - started))
            last = now
            ticks += 1

        heartbeat = QTimer(self, interval=10)
        heartbeat.timeout.connect(beat)
        started = time.perf_counter()
        collections: list[dict[str, float]] = []  # the collector's pauses over 20 ms
        collecting: dict[str, float] = {}

        def collector(phase: str, info: dict[str, int]) -> None:
            now = time.perf_counter()
            if phase == "start":
                collecting["since"] = now
            elif now - collecting.get("since", now) > 0.02:
                pause = now - collecting["since"]
                collections.append(
                    {
                        "generation": info["generation"],
                        "ms": round(pause * 1000),
                        "at_s": round(now - started, 1),
                    }
                )

        gc.callbacks.append(collector)

        def report() -> None:
            heartbeat.stop()
            self.result.update(
                gui_max_stall_ms=worst * 1000,
                gui_stalls_over_50ms=[
                    {"ms": round(g * 1000), "at_s": round(at, 1)}
                    for g, at in sorted(gaps, reverse=True)[:10]
                ],
                heartbeats=ticks,
                collections_over_20ms=collections,
            )
            gc.callbacks.remove(collector)
            self._finish()

        def done(*_args: object) -> None:
            self.result["window_sync_s"] = time.perf_counter() - started
            # The heartbeat runs on while the window shows what the sync brought.
            QTimer.singleShot(AFTER_SYNC_MS, report)

        window.bus.sig_sync_finished.connect(done)
        window.runner.sig_sync_failed.connect(done)
        heartbeat.start()
        window.start_sync()

    def _browse(self) -> None:
        window = self.window
        from sqlalchemy import select

        from caseworker.store.models import Citizen

        with window.store.session() as session:
            ids = list(session.scalars(select(Citizen.id).order_by(Citizen.id).limit(4000)))
        chosen = ids[:: max(1, len(ids) // OPEN_PEOPLE)][:OPEN_PEOPLE]
        queue = list(chosen)

        def next_person(*_args: object) -> None:
            if not queue:
                window.bus.sig_citizen_shown.disconnect(next_person)
                self.result["opened"] = len(chosen)
                self._finish()
                return
            tabs = window.page.tabs
            tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count())
            window.open_citizen(queue.pop(0))

        window.bus.sig_citizen_shown.connect(next_person)
        next_person()


def main(argv: list[str]) -> int:
    mode, home = argv[0], argv[1]
    t0 = float(os.environ.get("BENCH_T0", time.time()))
    from ui.app import application

    app = application()
    probe = Probe(mode, t0)
    app.installEventFilter(probe)
    import main as caseworker

    code = caseworker.main(["--home", home, "--insecure-keyring"])
    sys.stdout.write(json.dumps(probe.result) + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
