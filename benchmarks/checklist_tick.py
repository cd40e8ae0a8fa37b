"""A checklist tick: Space key press to the stage_marks row durably committed, on a real file.

The tick goes through the console's log thread (``synchronous=FULL``); the time runs until
a second connection sees the row. Baseline in the same run: a raw sqlite3 INSERT + COMMIT
of the same row shape with ``synchronous=FULL``. Target: at most 2x the raw durable insert.
Also printed: how long the key press itself holds the UI thread.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from _common import median, percentile  # noqa: E402

TICKS = 200


def wait_until(app, condition, timeout_s: float = 20.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desk import config, content
    from desk.core.clock import SystemClock
    from desk.ui.console.window import DeskConsole
    from desk.ui.services import Services

    app = QApplication.instance() or QApplication([])  # noqa: F841 - must outlive the window
    tmp = Path(tempfile.mkdtemp(prefix="desk-tick-"))
    services = Services(db_path=tmp / "desk.db", config=config.defaults(), clock=SystemClock(),
                        content=content.load("en"), language="en")
    window = DeskConsole(services)
    window.show()
    window.open_database()
    wait_until(app, lambda: window.ready)
    window.call_panel.start_call()
    wait_until(app, lambda: window.session.call_id is not None)
    checklist = window.call_panel.checklist.list
    call_id = window.session.call_id
    count = "select count(*) from stage_marks where call_id = ? and status in ('done', 'undone')"
    reader = sqlite3.connect(tmp / "desk.db")
    samples, ui_held = [], []
    for n in range(TICKS):
        checklist.setCurrentRow(n % checklist.count())
        start = time.perf_counter()
        QTest.keyClick(checklist, Qt.Key.Key_Space)
        ui_held.append(time.perf_counter() - start)
        # Until a second connection sees the row: it really is committed.
        while reader.execute(count, [call_id]).fetchone()[0] != n + 1:
            pass
        samples.append(time.perf_counter() - start)
    window.close()

    raw = sqlite3.connect(tmp / "raw.db")
    raw.execute("pragma journal_mode=wal")
    raw.execute("pragma synchronous=full")
    raw.execute("create table marks (id integer primary key, call_id, stage, item, status, at)")
    baseline = []
    for _ in range(TICKS):
        start = time.perf_counter()
        raw.execute("insert into marks (call_id, stage, item, status, at) values "
                    "(1, 'greeting', 'said_hello', 'done', '2026-11-24T09:00:00Z')")
        raw.commit()
        baseline.append(time.perf_counter() - start)
    m, b = median(samples), median(baseline)
    print(f"tick (Space to durable row seen by another connection): median {m * 1000:.2f} ms, "
          f"p90 {percentile(samples, 90) * 1000:.2f} ms (n={TICKS})")
    print(f"UI thread held by the key press: median {median(ui_held) * 1000:.2f} ms, "
          f"max {max(ui_held) * 1000:.2f} ms")
    print(f"raw sqlite3 insert+commit (synchronous=FULL): median {b * 1000:.3f} ms")
    print(f"ratio tick/raw durable insert: {m / b:.2f} (target <= 2)")
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash while collecting leftover Qt objects
    # at exit (a known shutdown-order problem), which would hide the figures' exit status.
    os._exit(0)


if __name__ == "__main__":
    main()
