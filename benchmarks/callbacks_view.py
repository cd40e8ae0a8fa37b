"""The callbacks window showing 100,000 callbacks: query, model and first paint, offscreen.

Uses the 1,000,000-call demo database (about 100,000 callbacks; all are listed, answered
ones too). Baseline in the same run: the raw sqlite3 fetch of the same rows.
Target: under 300 ms.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _bigdb import big_db  # noqa: E402
from _common import median  # noqa: E402

RUNS = 5


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desk import config
    from desk.core.callback_desk import CallbackDesk
    from desk.core.clock import SystemClock
    from desk.store.db import open_db
    from desk.ui.callbacks.view import CallbacksWindow

    app = QApplication.instance() or QApplication([])
    path = big_db()
    db = open_db(path)
    desk = CallbackDesk(db, SystemClock(), config.defaults(), "bench", "desk-1")
    shown, counts = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        window = CallbacksWindow(desk)
        window.show_answered.blockSignals(True)
        window.show_answered.setChecked(True)
        window.show_answered.blockSignals(False)
        window.reload()
        window.show()
        window.repaint()  # first paint, synchronously
        app.processEvents()
        shown.append(time.perf_counter() - start)
        counts.append(window.model.rowCount())
        window.close()
        window.deleteLater()
        app.processEvents()
    raw = sqlite3.connect(path)
    base = []
    for _ in range(RUNS):
        start = time.perf_counter()
        raw.execute("select * from callbacks order by answered_at is not null, due_at").fetchall()
        base.append(time.perf_counter() - start)
    # A second, tighter baseline: what the view itself needs, in raw sqlite3 (the ids in
    # order off the index, then the first screenful of rows), without Qt or the model.
    lean = []
    for _ in range(RUNS):
        start = time.perf_counter()
        ids = [r[0] for r in raw.execute(
            "select id from callbacks where answered_at is null order by due_at, id")]
        ids += [r[0] for r in raw.execute(
            "select id from callbacks where answered_at is not null order by due_at, id")]
        first = ids[:200]
        raw.execute(f"select * from callbacks where id in ({', '.join('?' * len(first))})",
                    first).fetchall()
        lean.append(time.perf_counter() - start)
    raw.close()
    m, b, lb = median(shown), median(base), median(lean)
    print(f"callbacks window with {counts[0]:,} callbacks: median {m * 1000:.0f} ms "
          f"from open to first paint (n={RUNS}; target < 300 ms)")
    print(f"raw sqlite3 fetch of all the same rows: median {b * 1000:.0f} ms; "
          f"ratio view/raw: {m / b:.2f}")
    print(f"raw sqlite3 ids in order + first 200 rows: median {lb * 1000:.0f} ms; "
          f"ratio view/raw-lean: {m / lb:.2f}")
    sys.stdout.flush()
    os._exit(0)  # skip PySide6 teardown of leftover objects (see checklist_tick.py)


if __name__ == "__main__":
    main()
