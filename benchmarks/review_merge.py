"""`desk merge` of two 500,000-call logs (two workstations) into a new one, then again.

Baselines (same run): the merge as it was before the upsert by origin (a frozen copy,
``_merge_before_origin.py``, in-process like the new one: target <= 1.2x), and a plain
`insert into … select *` of the same tables through ATTACH, with no origin bookkeeping and
no id remapping. Target: under 60 s. ``MERGE_BENCH_CALLS`` sets the calls per log.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _review_db import ROOT, demo_log, desk_env  # noqa: E402

TABLES = ("calls", "stage_marks", "callbacks", "callback_notices", "incidents", "deliveries")


def run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desk", *args], cwd=ROOT, env=desk_env(),
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def merge_in_process(module, sources, into: Path) -> float:
    """Both files into a fresh log with ``module.merge_file``; seconds."""
    from desk.store.db import open_db

    db = open_db(into)
    target_log = db.execute("select value from meta where key = 'log_id'").fetchone()[0]
    db.conn.close()
    conn = sqlite3.connect(into, isolation_level=None)
    conn.execute("pragma foreign_keys = on")
    start = time.perf_counter()
    for source in sources:
        module.merge_file(conn, source, target_log, "2026-11-23T09:00:00Z")
    took = time.perf_counter() - start
    conn.close()
    return took


def main() -> None:
    import os

    import _merge_before_origin

    from desk.store import merge

    per_log = int(os.environ.get("MERGE_BENCH_CALLS", "500000"))
    a, b = demo_log(per_log, 1), demo_log(per_log, 2)
    work = Path(tempfile.mkdtemp())
    before = merge_in_process(_merge_before_origin, (a, b), work / "before.db")
    now = merge_in_process(merge, (a, b), work / "now.db")
    into = work / "merged.db"
    first = run("merge", str(a), str(b), "--into", str(into))
    again = run("merge", str(a), str(b), "--into", str(into))
    conn = sqlite3.connect(into)
    calls = conn.execute("select count(*) from calls").fetchone()[0]
    conn.close()
    # Baseline: an empty log, both files' rows copied with ATTACH, the full-text index
    # filled in one statement at the end (as merge does), no bookkeeping.
    from desk.store import fts
    from desk.store.db import open_db

    raw = work / "raw.db"
    open_db(raw).conn.close()
    conn = sqlite3.connect(raw, isolation_level=None)
    conn.execute("attach database ? as src1", [str(a)])
    conn.execute("attach database ? as src2", [str(b)])
    start = time.perf_counter()
    conn.execute("begin")
    with fts.bulk_load(conn):
        for schema in ("src1", "src2"):
            for table in TABLES:
                cols = [r[1] for r in conn.execute(f"pragma table_info({table})")
                        if r[1] != "id"]
                conn.execute(f"insert into {table} ({', '.join(cols)}) "
                             f"select {', '.join(cols)} from {schema}.{table}")
    conn.execute("commit")
    base = time.perf_counter() - start
    conn.close()
    print(f"desk merge of two {per_log:,}-call logs: {calls:,} calls in {first:.1f} s "
          f"(target < 60 s); merging the same files again: {again:.1f} s, changes nothing")
    print(f"in-process: upsert by origin {now:.1f} s, before it (same run) {before:.1f} s; "
          f"ratio {now / before:.2f} (target <= 1.2)")
    print(f"plain insert-select of the same rows: {base:.1f} s; ratio {first / base:.2f}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
