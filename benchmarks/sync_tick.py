"""A checklist tick (one stage_marks insert + commit, as the console writes it) with the
sync trigger, while the sync worker pushes a backlog from the same file on another thread.

Baseline in the same run: the same insert on a copy of the log without the sync triggers.
Also shown: trigger present but sync off (a branch without [sync]), and sync on but idle.
Target: median under 5 ms during sync.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import _sync  # noqa: E402
from _common import median, percentile  # noqa: E402

TICKS = 300
BACKLOG_CALLS = 20_000


def ticks(path: Path, during: threading.Thread | None = None) -> list[float]:
    from desk.store.calls import add_mark
    from desk.store.db import open_db

    db = open_db(path)
    call_id = db.execute("select max(id) from calls").fetchone()[0]
    samples = []
    for n in range(TICKS):
        start = time.perf_counter()
        add_mark(db, call_id, "greeting", f"item-{n}", "done", "2026-11-23T09:00:00Z")
        samples.append(time.perf_counter() - start)
        time.sleep(0.01)  # a receptionist does not tick 1000 items a second
    if during is not None and not during.is_alive():
        print("(warning: the push finished before the ticks did)")
    db.conn.close()
    return samples


def main() -> None:
    srv = _sync.server()
    folder = _sync.scratch()
    try:
        url = _sync.initialised(srv, "tick")
        log = _sync.make_log(folder, "desk-1", BACKLOG_CALLS, 1, BACKLOG_CALLS)
        plain = folder / "no-trigger.db"
        shutil.copy(log, plain)
        import sqlite3

        conn = sqlite3.connect(plain)
        for (name,) in conn.execute("select name from sqlite_master where type = 'trigger' "
                                    "and name like 'sync_%'").fetchall():
            conn.execute(f"drop trigger {name}")
        conn.commit()
        conn.close()
        baseline = ticks(plain)
        off = ticks(log)  # triggers there, sync never switched on

        from desk.sync import queue
        from desk.sync.push import SyncWorker
        from desk.sync.settings import SyncSettings

        conn = sqlite3.connect(log)
        queue.enable(conn)  # the whole backlog waits
        conn.commit()
        conn.close()
        idle = ticks(log)
        worker = SyncWorker(log, SyncSettings(url=url), batch_rows=2000)
        stop = threading.Event()

        def push():
            while not stop.is_set() and worker.run_once().waiting_more:
                pass

        pusher = threading.Thread(target=push)
        pusher.start()
        during = ticks(log, pusher)
        stop.set()
        pusher.join()
        worker.close()
        b = median(baseline)
        for label, samples in (("no sync trigger (baseline)", baseline),
                               ("trigger, sync off", off), ("sync on, idle", idle),
                               ("sync on, pushing a backlog", during)):
            m = median(samples)
            print(f"{label:<28} median {m * 1000:.2f} ms, p90 "
                  f"{percentile(samples, 90) * 1000:.2f} ms, max {max(samples) * 1000:.1f} ms, "
                  f"ratio {m / b:.2f} (n={TICKS})")
        print("target: median < 5 ms during sync")
    finally:
        srv.cleanup()
        _sync.remove(folder)


if __name__ == "__main__":
    main()
