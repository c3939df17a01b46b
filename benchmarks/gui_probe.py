"""The window, measured: run as its own process (offscreen), through main.py's own start-up.

    python -m benchmarks.gui_probe start HOME    process start to the main window painted, and
                                                 to every page built behind it
    python -m benchmarks.gui_probe stall HOME    the longest gap of a 10 ms heartbeat on the
                                                 GUI thread while the window runs a full sync
    python -m benchmarks.gui_probe browse HOME   peak memory after searching and opening people
    python -m benchmarks.gui_probe input HOME    input-to-paint latency while the window runs
                                                 a full sync: a name searched, a person
                                                 opened, a tab switched, by synthetic keys

Names to search come from BENCH_NAMES ('Given Family;Given Family;…'). The process start
time comes from BENCH_T0 (the harness's clock just before it started this
process). Each mode prints one JSON object on the last line of its output.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from ui.app import application  # first, as main.py's start: the core before Qt (ui/app.py)

# isort: split
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.memory import peak_rss_mb

OPEN_PEOPLE = 40
AFTER_SYNC_MS = 2000
"""How long the heartbeat runs on after a sync, while the window refreshes."""
THINK_MS = 300
"""The pause between one answer painted and the next key pressed."""
BURST_S, REST_S = 10.0, 10.0
"""Keys are pressed in bursts with rests between, as people work: a sync that gives way
while someone works (caseworker/store/courtesy.py) runs at its full pace in the rests."""
KEYS_FOR_S = 240.0
"""After this long the keys stop and the sync is stopped: at a million records a whole sync
would take longer than the harness should."""
GIVE_UP_S = 30.0
"""An answer not painted by then is counted at this, and the next step taken."""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


class Probe(QObject):
    """Waits for the main window's first paint, then runs the mode's scenario and quits."""

    def __init__(self, mode: str, t0: float) -> None:
        super().__init__()
        self.mode = mode
        self.t0 = t0
        self.window: Any = None
        self.result: dict[str, Any] = {}
        self.awaiting: tuple[QWidget, Callable[[], None]] | None = None
        """A widget whose next paint answers the key being timed, and what to call then."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        awaited = self.awaiting
        if (
            awaited is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is awaited[0] or awaited[0].isAncestorOf(watched))
        ):
            self.awaiting = None
            awaited[1]()
        if (
            self.window is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and type(watched).__name__ == "MainWindow"
        ):
            self.window = watched
            self.result["cold_start_s"] = time.time() - self.t0
            self.result["painted_rss_mb"] = peak_rss_mb()
            QTimer.singleShot(0, self._when_ready)
        return False

    def _finish(self) -> None:
        self.result["peak_rss_mb"] = peak_rss_mb()
        app = QApplication.instance()
        assert app is not None
        app.quit()

    def _when_ready(self) -> None:
        """The window paints its first screen, then builds the rest a step at a time
        (ui.main_window): when it has, `ready_s` and its longest step are recorded and the
        mode's scenario starts. A sync started at the first paint would count the window's
        own building as the sync's stalls."""
        window = self.window
        if not window.finished:
            QTimer.singleShot(1, self._when_ready)
            return
        self.result["ready_s"] = time.time() - self.t0
        self.result["ready_longest_step_ms"] = max(window.build_steps_ms)
        getattr(self, f"_{self.mode}")()

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

    def _input(self) -> None:
        """Keys pressed while the window syncs, each timed from the key to the first paint
        of its answer: Enter on a name typed in search (to the results painted), Enter on
        the first result (to the person's page painted), Ctrl+Tab on the page (to the next
        tab painted). As-you-type search waits DEBOUNCE_MS after the last key by design;
        Enter asks at once, so that is what is timed."""
        window = self.window
        names = [n for n in os.environ.get("BENCH_NAMES", "").split(";") if n]
        latencies: dict[str, list[float]] = {"search": [], "open": [], "tab": []}
        state: dict[str, Any] = {"syncing": True, "step": 0, "t0": 0.0, "kind": "", "end": 0}
        started = time.perf_counter()

        def answered() -> None:
            if state["kind"]:
                latencies[state["kind"]].append(time.perf_counter() - state["t0"])
                state["kind"] = ""
                QTimer.singleShot(THINK_MS, step)

        def await_paint(widget: QWidget, kind: str) -> None:
            if state["kind"] == kind:
                self.awaiting = (widget, answered)
                widget.update()  # the answer is painted once, whether or not Qt would anyway

        def timed(kind: str) -> None:
            state["kind"], state["t0"] = kind, time.perf_counter()
            sent = state["t0"]

            def give_up() -> None:
                if state["kind"] == kind and state["t0"] == sent:
                    latencies[kind].append(GIVE_UP_S)
                    self.awaiting, state["kind"] = None, ""
                    QTimer.singleShot(THINK_MS, step)

            QTimer.singleShot(int(GIVE_UP_S * 1000), give_up)

        def results_shown(count: int) -> None:
            await_paint(window.search.results.viewport(), "search")

        def citizen_shown(_citizen: int) -> None:
            await_paint(window.page, "open")

        def step() -> None:
            if not state["syncing"]:
                return report()
            elapsed = time.perf_counter() - started
            if elapsed > KEYS_FOR_S:
                state["stopped"] = True
                return window.runner.cancel()  # done() reports when the sync has stopped
            if elapsed % (BURST_S + REST_S) > BURST_S:  # resting
                QTimer.singleShot(
                    int((BURST_S + REST_S - elapsed % (BURST_S + REST_S)) * 1000), step
                )
                return
            n = state["step"]
            state["step"] += 1
            search, page = window.search, window.page
            if n % 4 == 0 and names:
                search.box.setFocus()
                search.box.selectAll()
                QTest.keyClicks(search.box, names[(n // 4) % len(names)])
                timed("search")
                QTest.keyClick(search.box, Qt.Key.Key_Return)
            elif n % 4 == 1 and search.results_model.rowCount():
                search.results.setFocus()
                timed("open")
                QTest.keyClick(search.results, Qt.Key.Key_Return)
            elif n % 4 in (2, 3) and page.isVisible():
                tabs = page.tabs
                timed("tab")
                QTest.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
                await_paint(tabs.currentWidget(), "tab")
            else:
                QTimer.singleShot(THINK_MS, step)

        def report() -> None:
            if state["end"]:
                return
            state["end"] = 1
            window.search.sig_results_shown.disconnect(results_shown)
            window.bus.sig_citizen_shown.disconnect(citizen_shown)
            every = [v for values in latencies.values() for v in values]
            self.result.update(
                input_keys_stopped_sync=bool(state.get("stopped")),
                input_p95_ms=percentile(every, 0.95) * 1000,
                input_max_ms=max(every, default=0.0) * 1000,
                input_events=len(every),
                input_by_kind={
                    kind: {
                        "count": len(values),
                        "p50_ms": round(percentile(values, 0.5) * 1000, 1),
                        "p95_ms": round(percentile(values, 0.95) * 1000, 1),
                        "max_ms": round(max(values, default=0.0) * 1000, 1),
                    }
                    for kind, values in latencies.items()
                },
            )
            self._finish()

        def done(*_args: object) -> None:
            self.result["window_sync_s"] = time.perf_counter() - started
            state["syncing"] = False
            if not state["kind"]:
                report()

        window.search.sig_results_shown.connect(results_shown)
        window.bus.sig_citizen_shown.connect(citizen_shown)
        window.bus.sig_sync_finished.connect(done)
        window.runner.sig_sync_failed.connect(done)
        window.start_sync()
        QTimer.singleShot(THINK_MS, step)

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

    app = application()
    probe = Probe(mode, t0)
    app.installEventFilter(probe)
    import main as caseworker

    code = caseworker.main(["--home", home, "--insecure-keyring"])
    sys.stdout.write(json.dumps(probe.result) + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
