"""The console's cycle collection: how long the UI thread stops for it, every 10 s.

A console is started on a new log (in this process, as ``desk`` starts it); once it is
ready, the collection the console's timer runs (``UiThreadCollector.collect``) is timed
as it runs now (what the start made set aside with ``gc.freeze``) and, as the baseline in
the same run, with those objects handed back to the collector (``gc.unfreeze``): what
every collection walked before. Median of 15 each.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import median  # noqa: E402

RUNS = 15


def timed_collections(collect) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        collect()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desk import app as desk_app

    qt = QApplication.instance() or QApplication([])
    figures = {}

    def once_ready() -> None:
        window = qt._desk_console
        if not window.ready:
            QTimer.singleShot(50, once_ready)
            return
        collector = next(c for c in qt.children() if hasattr(c, "set_aside_start_up"))
        figures["set aside"] = median(timed_collections(collector.collect))
        figures["objects set aside"] = gc.get_freeze_count()
        gc.unfreeze()
        figures["walked again"] = median(timed_collections(collector.collect))
        window.close()
        qt.quit()

    QTimer.singleShot(0, once_ready)
    with tempfile.TemporaryDirectory() as tmp:
        desk_app.main(["--db", str(Path(tmp) / "desk.db")])
    now, before = figures["set aside"], figures["walked again"]
    print(f"objects the start made, set aside once ready: {figures['objects set aside']}")
    print(f"collection on the UI thread, start-up walked again (before): median "
          f"{before * 1000:.1f} ms (n={RUNS})")
    print(f"collection on the UI thread, start-up set aside (now):       median "
          f"{now * 1000:.1f} ms")
    print(f"ratio now/before: {now / before:.2f}")


if __name__ == "__main__":
    main()
