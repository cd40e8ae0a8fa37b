"""The review window on 1,000,000 calls (from `desk demo-data`), offscreen.

Figures: window shown with its summary (default: the last 30 days; and everything); a
filter change until the table and the summary show it; the UI thread's longest stall
while the heaviest query runs (a console key press waits at most that long); jumping to
the last of a million rows; the process's peak memory. Baseline in the same run: the
same report() without Qt. Targets: shown < 1 s, filter change < 200 ms, stall < 16 ms,
peak memory < 300 MB.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import median  # noqa: E402
from _review_db import demo_log  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

APP = QApplication.instance() or QApplication([])
# QEventLoop.processEvents(flags) on an instance: the static QApplication.processEvents()
# of PySide6 6.12 drops a reference to None per call and crashes a long loop.
LOOP = QEventLoop()


def wait_until(done, timeout: float = 120.0) -> float:
    start = time.perf_counter()
    while not done():
        LOOP.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        time.sleep(0.0002)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the review did not answer in time")
    return time.perf_counter() - start


class Stalls:
    """The UI thread's longest gap between 2 ms timer ticks, minus the interval."""

    def __init__(self):
        self.worst, self.last = 0.0, None
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self.tick)

    def tick(self):
        now = time.perf_counter()
        if self.last is not None:
            self.worst = max(self.worst, now - self.last - 0.002)
        self.last = now

    def start(self):
        self.worst, self.last = 0.0, None
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def main() -> None:
    from desk import content
    from desk.core.clock import SystemClock, to_iso
    from desk.report import Filters, SqliteBackend, open_readonly, report
    from desk.report.dates import bounds
    from desk.report.summary import PARTS
    from desk.ui.review.window import ReviewWindow

    path = demo_log()
    texts = content.load("en")
    clock = SystemClock()
    shown = []
    for _ in range(3):
        start = time.perf_counter()
        window = ReviewWindow(path, clock, content=texts, unlocked=True)
        window.show()
        wait_until(lambda w=window: w.last_summary is not None and w.model.rowCount() > 0)
        window.repaint()
        shown.append(time.perf_counter() - start)
        if _ < 2:
            window.close()
    rows_30 = window.model.rowCount()
    wait_until(lambda: window.operator.count() > 1)

    def settle(change) -> float:
        before = window.generation
        start = time.perf_counter()
        change()
        wait_until(lambda: window.generation > before and window.model.generation ==
                   window.generation)
        table = time.perf_counter() - start
        wait_until(lambda: window.last_summary is not None and window.band_generation ==
                   window.generation)
        band = time.perf_counter() - start
        wait_until(lambda: window.checklist_generation == window.generation)
        return table, band, time.perf_counter() - start

    changes = [lambda: window.operator.setCurrentIndex(window.operator.findData("Jonas")),
               lambda: window.operator.setCurrentIndex(0),
               lambda: window.with_callback.setChecked(True),
               lambda: window.with_callback.setChecked(False),
               lambda: (window.search.setText("invoice"), window.search_timer.timeout.emit()),
               lambda: (window.search.setText(""), window.search_timer.timeout.emit())]
    stalls = Stalls()
    stalls.start()  # baseline: the same window, nothing asked of it, for a second
    idle_from = time.perf_counter()
    wait_until(lambda: time.perf_counter() - idle_from > 1.0)
    idle_stall = stalls.stop()
    stalls.start()
    timings = [settle(change) for change in changes]
    filter_stall = stalls.stop()
    table_ms = median([t[0] for t in timings]) * 1000
    band_ms = median([t[1] for t in timings]) * 1000
    full_ms = median([t[2] for t in timings]) * 1000

    stalls.start()
    everything_table, everything_band, everything_full = settle(
        lambda: (window.period.setCurrentIndex(4), window._period_chosen(4)))
    heavy_stall = stalls.stop()
    rows_all = window.model.rowCount()
    start = time.perf_counter()
    window.table.scrollToBottom()
    last = rows_all - 1
    wait_until(lambda: window.model.call_id(last) is not None)
    bottom = time.perf_counter() - start

    since, until = bounds("29d", "today", clock.now())
    backend = SqliteBackend(open_readonly(path))
    base, full = [], []
    quick = tuple(p for p in PARTS if p != "checklist")
    for _ in range(3):  # what the band asks first, and the whole report
        start = time.perf_counter()
        report(backend, Filters(since=since, until=until), now=to_iso(clock.now()), parts=quick)
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        report(backend, Filters(since=since, until=until), now=to_iso(clock.now()))
        full.append(time.perf_counter() - start)
    backend.conn.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    b = median(base)
    print(f"review window on {rows_all:,} calls (offscreen, n=3 opens, medians):")
    print(f"  shown with its summary, last 30 days ({rows_30:,} calls): "
          f"{median(shown) * 1000:.0f} ms (target < 1000); the same report() parts without "
          f"Qt {b * 1000:.0f} ms, ratio {median(shown) / b:.2f} (the whole report() "
          f"{median(full) * 1000:.0f} ms)")
    print(f"  a filter change: table {table_ms:.0f} ms, summary band {band_ms:.0f} ms, "
          f"with the checklist figures {full_ms:.0f} ms (target < 200; n={len(timings)})")
    print(f"  everything ({rows_all:,} calls): table {everything_table * 1000:.0f} ms, "
          f"summary band {everything_band * 1000:.0f} ms, with the checklist figures "
          f"{everything_full * 1000:.0f} ms")
    print(f"  jump to the last row: {bottom * 1000:.0f} ms")
    print(f"  longest UI-thread stall (2 ms timer): idle {idle_stall * 1000:.1f} ms; while "
          f"filter queries ran {filter_stall * 1000:.1f} ms; during the million-call summary "
          f"{heavy_stall * 1000:.1f} ms (target < 16; machine load shows in the idle figure)")
    print(f"  peak memory of the process: {peak_mb:.0f} MB (target < 300)")
    sys.stdout.flush()
    os._exit(0)  # skip PySide6 teardown of leftover objects


if __name__ == "__main__":
    main()
