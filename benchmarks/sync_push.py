"""Push throughput: three workstations' demo calls into one PostgreSQL at once.

Each workstation is its own process (as in a real branch), running the sync worker until
its queue is empty. Baselines in the same run: the push as it was before the upsert by
origin (a frozen copy, ``_push_before_origin.py``, over copies of the same logs, into its own
database), and a plain COPY of the same rows into an unindexed table (no upsert, no
bookkeeping) — the server's raw ingest speed here.
The issue asks for 1,000,000 calls; this machine (2 shared cores) runs a smaller scale
set by SYNC_BENCH_CALLS (per workstation) and the figure is extrapolated linearly.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import _sync  # noqa: E402

CALLS = int(os.environ.get("SYNC_BENCH_CALLS", "100000"))  # per workstation
TARGET_CALLS = 1_000_000


def push_all(args) -> float:
    path, url, name, before = args
    from desk.sync.settings import SyncSettings

    if before:
        sys.path.insert(0, str(Path(__file__).parent))
        from _push_before_origin import SyncWorker
    else:
        from desk.sync.push import SyncWorker

    worker = SyncWorker(path, SyncSettings(url=url, branch="Espoo", workstation=name))
    start = time.perf_counter()
    while True:
        result = worker.run_once()
        if result.error:
            raise SystemExit(result.error)
        if not result.waiting_more:
            break
    worker.close()
    return time.perf_counter() - start


def main() -> None:
    srv = _sync.server()
    folder = _sync.scratch()
    try:
        url = _sync.initialised(srv, "push")
        names = ["desk-1", "desk-2", "desk-3"]
        paths = [_sync.make_log(folder, n, CALLS, seed, CALLS // 10)
                 for seed, n in enumerate(names, 1)]
        rows = sum(_sync.local_rows(p) for p in paths)
        import shutil

        olds = [p.with_name(p.stem + "-before.db") for p in paths]
        for path, old in zip(paths, olds, strict=True):
            shutil.copy(path, old)
        url_before = _sync.initialised(srv, "push_before")
        calls = 3 * CALLS
        # Switch the queues on first (it queues the history): part of the local side,
        # timed apart from the push.
        start = time.perf_counter()
        for path in paths:
            from desk.sync import queue

            conn = sqlite3.connect(path)
            queue.enable(conn)
            conn.commit()
            conn.close()
        enable_s = time.perf_counter() - start
        for path in olds:
            conn = sqlite3.connect(path)
            queue.enable(conn)
            conn.commit()
            conn.close()
        start = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(3) as pool:
            pool.map(push_all, [(p, url_before, n, True)
                                for p, n in zip(olds, names, strict=True)])
        before_s = time.perf_counter() - start
        start = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(3) as pool:
            pool.map(push_all, [(p, url, n, False) for p, n in zip(paths, names, strict=True)])
        push_s = time.perf_counter() - start
        from desk.sync.server import connect
        from desk.sync.tables import COLUMNS

        with connect(url) as conn:
            central = sum(conn.execute(f"select count(*) from {t}").fetchone()[0]
                          for t in COLUMNS)
        assert central == rows, (central, rows)
        raw_s, raw_rows = _sync.baseline_copy(srv, paths)
        per_call_s = push_s / calls
        print(f"workstations: 3 x {CALLS} calls = {calls} calls, {rows} rows "
              f"(calls, stage marks for 10%, callbacks, notices, incidents, deliveries)")
        print(f"queue switched on (history queued) in {enable_s:.2f} s")
        print(f"push, 3 processes at once: {push_s:.1f} s = {rows / push_s:,.0f} rows/s, "
              f"{calls / push_s:,.0f} calls/s; central rows = local rows ({central})")
        print(f"before the upsert by origin (same logs, same run): {before_s:.1f} s = "
              f"{rows / before_s:,.0f} rows/s; ratio now/before {push_s / before_s:.2f} "
              f"(target <= 1.2)")
        print(f"baseline plain COPY, one connection: {raw_s:.1f} s = "
              f"{raw_rows / raw_s:,.0f} rows/s")
        print(f"ratio push/plain COPY time: {push_s / raw_s:.2f}")
        print(f"extrapolated to {TARGET_CALLS:,} calls (3 x {TARGET_CALLS // 3:,}): "
              f"~{per_call_s * TARGET_CALLS:.0f} s (linear; the server's indexes grow)")
    finally:
        srv.cleanup()
        _sync.remove(folder)


if __name__ == "__main__":
    main()
