"""A checklist tick while the callbacks window searches 100,000 callbacks on the log thread.

The window's typed searches are read ops on the console's one log thread (no thread or
connection of their own since issue 23): a write queued behind a search waits for it.
Measured on a copy of the 1,000,000-call demo database (about 100,000 callbacks;
DESK_BENCH_CALLS for a smaller one): a tick's write, queued to landed, with the log thread
idle (the baseline, same run) and queued right behind a typed search; and what one search
takes on the log thread. Target: a tick behind a search lands in < 100 ms (max).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _bigdb import CALLS, big_db  # noqa: E402
from _common import median  # noqa: E402

RUNS = int(os.environ.get("DESK_BENCH_RUNS", "40"))
TERMS = ("Virta", "Reyes", "040 123", "Billing", "router", "Aalto", "+358", "invoice")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desk import config, content
    from desk.core.clock import SystemClock
    from desk.ui.console.window import DeskConsole
    from desk.ui.ops import Change, run_op
    from desk.ui.services import Services

    app = QApplication.instance() or QApplication([])
    source = big_db(int(os.environ.get("DESK_BENCH_CALLS", CALLS)))
    path = Path(tempfile.mkdtemp(prefix="desk-search-")) / "desk.db"
    shutil.copy(source, path)  # the console writes: never into the shared demo log
    services = Services(db_path=path, config=config.defaults(), clock=SystemClock(),
                        content=content.load("en"), language="en")
    window = DeskConsole(services)
    window.show()
    settle(app, lambda: window.ready)
    window.callbacks.open_view()
    view = window.callbacks.view
    settle(app, window.ops.idle)
    window.session.start(caller_number="+358401234567")
    settle(app, lambda: window.session.call_id is not None and window.ops.idle())
    call_id = window.session.call_id
    stage = services.content.stages[0]
    item = stage.item_ids()[0]

    def tick(done: bool) -> float:
        """Seconds from queueing a tick to its result on the UI thread."""
        landed: list[float] = []
        queued = time.perf_counter()
        run_op(window, lambda ctx: ctx.calls.mark(call_id, stage.id, item, done),
               changes={Change.CALLS}).success(lambda _r: landed.append(time.perf_counter()))
        settle(app, lambda: bool(landed))
        return landed[0] - queued

    idle = [tick(n % 2 == 0) for n in range(RUNS)]
    behind, searches = [], []
    for n in range(RUNS):
        view.search.setText(TERMS[n % len(TERMS)])
        started = time.perf_counter()
        view.reload()  # what the typing pause starts: a read op of the listing
        behind.append(tick(n % 2 == 0))
        settle(app, window.ops.idle)
        searches.append(time.perf_counter() - started)
    window.close()
    with sqlite3.connect(path) as raw:
        total = raw.execute("select count(*) from callbacks").fetchone()[0]
    print(f"{total:,} callbacks in the log; {RUNS} ticks each way")
    print(f"tick, log thread idle: median {median(idle) * 1000:.2f} ms (baseline)")
    print(f"tick queued behind a typed search: median {median(behind) * 1000:.2f} ms, "
          f"max {max(behind) * 1000:.2f} ms; ratio to idle: {median(behind) / median(idle):.1f} "
          f"(target max < 100 ms)")
    print(f"typed search to listing shown: median {median(searches) * 1000:.1f} ms")


def settle(app, until, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise SystemExit("the console did not get there in time")
        app.processEvents()
        time.sleep(0.0005)  # polling the log thread, not waiting for time to pass


if __name__ == "__main__":
    main()
