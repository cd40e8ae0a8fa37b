"""`desk merge` of two 500,000-call logs (two workstations) into a new one, then again.

Baseline (same run): plain `insert into … select *` of the same tables through ATTACH,
with no origin bookkeeping and no id remapping. Target: under 60 s.
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


def main() -> None:
    a, b = demo_log(500_000, 1), demo_log(500_000, 2)
    work = Path(tempfile.mkdtemp())
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
    print(f"desk merge of two 500,000-call logs: {calls:,} calls in {first:.1f} s "
          f"(target < 60 s); merging the same files again: {again:.1f} s, adds nothing")
    print(f"plain insert-select of the same rows: {base:.1f} s; ratio {first / base:.2f}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
