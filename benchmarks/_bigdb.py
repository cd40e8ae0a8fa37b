"""A 1,000,000-call demo database, built once and reused (it takes a minute to build)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

CALLS = 1_000_000


def big_db(calls: int = CALLS) -> Path:
    cache = Path(os.environ.get("DESK_BENCH_CACHE", Path(tempfile.gettempdir()) / "desk-bench"))
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-{calls}.db"
    if path.exists():
        return path
    from desk import content
    from desk.core import demo
    from desk.core.clock import SystemClock
    from desk.store.db import open_db

    start = time.perf_counter()
    partial = path.with_suffix(".partial")
    for leftover in cache.glob(partial.name + "*"):
        leftover.unlink()
    db = open_db(partial)
    written = demo.fill(db, calls, 42, SystemClock().now(), content.load("en"))
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    partial.rename(path)
    print(f"(built {path}: {written['calls']} calls, {written['callbacks']} callbacks "
          f"in {time.perf_counter() - start:.0f} s)")
    return path
