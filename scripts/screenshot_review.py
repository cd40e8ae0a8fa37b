"""Screenshots of the review window for the README, under a real X server (xvfb-run).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot_review.py docs/img

Builds a demo log (a branch's last year), opens the review on it and saves the calls
tab (review.png) and the charts tab (review-charts.png).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication


def main(out_dir: str) -> int:
    from desk import content as content_mod
    from desk.core import demo
    from desk.core.clock import FakeClock
    from desk.store.db import open_db
    from desk.ui.review.window import ReviewWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    loop = QEventLoop()

    def settle(done, timeout=60.0):
        start = time.perf_counter()
        while not done() and time.perf_counter() - start < timeout:
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            time.sleep(0.005)
        for _ in range(20):
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            time.sleep(0.01)

    clock = FakeClock("2026-11-24T09:12:00Z")
    content = content_mod.load("en")
    path = Path(tempfile.mkdtemp()) / "demo.db"
    db = open_db(path)
    demo.fill(db, 30000, 3, clock.now(), content)
    db.conn.close()
    window = ReviewWindow(path, clock, content=content, unlocked=True)
    window.resize(1280, 800)
    window.show()
    settle(lambda: window.last_summary is not None and bool(window.model.pages.get(0)))
    window.table.selectRow(2)
    settle(lambda: bool(window.detail.toPlainText()))
    window.grab().save(str(out / "review.png"))
    window.period.setCurrentIndex(2)
    window._period_chosen(2)
    window.tabs.setCurrentIndex(1)
    settle(lambda: bool(window.topic_chart.series) and window.band_generation ==
           window.generation)
    window.grab().save(str(out / "review-charts.png"))
    window.tabs.setCurrentIndex(2)
    settle(lambda: window.operator_table.rowCount() > 0)
    window.grab().save(str(out / "review-coaching.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/img"))
