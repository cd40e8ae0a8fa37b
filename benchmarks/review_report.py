"""`desk report` on 1,000,000 calls against the same aggregates written as raw SQL.

Baseline (same run, same file): the figures as a supervisor would type them into sqlite3
— COUNT/AVG, percentiles with row_number(), the checklist, callbacks, incidents, top
topics. Target: `desk report` at most 2x the raw SQL.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import median  # noqa: E402
from _review_db import ROOT, demo_log, desk_env  # noqa: E402

RUNS = 3
RAW = [
    "select count(*), avg(duration_s <= 600), avg(duration_s <= 900) from calls "
    "where ended_at is not null",
    "with d as (select duration_s, row_number() over (order by duration_s) as rn, "
    "count(*) over () as n from calls where ended_at is not null) "
    "select min(case when rn >= n * 0.5 then duration_s end), "
    "min(case when rn >= n * 0.9 then duration_s end) from d",
    "select avg(unixepoch(answered_at) - unixepoch(started_at) <= 15) from calls "
    "where ended_at is not null and channel = 'phone' and answered_at <> started_at",
    "select avg(skipped = 0) from (select call_id, sum(status = 'skipped') as skipped "
    "from stage_marks where stage = 'greeting' group by call_id)",
    "select item, count(*) from stage_marks where status = 'skipped' group by item "
    "order by 2 desc limit 5",
    "select sum(answered_at is null), sum(answered_at is null and due_at < '2026-12-01') "
    "from callbacks",
    "select count(*) from incidents where kind = 'alarm'",
    "select topic, count(*) from calls where ended_at is not null group by topic "
    "order by 2 desc limit 10",
]


def raw(path: Path) -> float:
    conn = sqlite3.connect(path)
    start = time.perf_counter()
    for sql in RAW:
        conn.execute(sql).fetchall()
    took = time.perf_counter() - start
    conn.close()
    return took


def in_process(path: Path) -> float:
    from desk.report import SqliteBackend, open_readonly, report

    backend = SqliteBackend(open_readonly(path))
    start = time.perf_counter()
    report(backend, now="2026-12-01T00:00:00Z")
    took = time.perf_counter() - start
    backend.conn.close()
    return took


def command(path: Path) -> tuple[float, dict]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desk", "report", "--db", str(path),
                           "--format", "json"], cwd=ROOT, env=desk_env(), check=True,
                          capture_output=True, text=True)
    return time.perf_counter() - start, json.loads(done.stdout)


def main() -> None:
    path = demo_log()
    raw_times, fn_times, cmd_times = [], [], []
    for _ in range(RUNS):  # interleaved: the page cache helps every side alike
        raw_times.append(raw(path))
        fn_times.append(in_process(path))
        took, values = command(path)
        cmd_times.append(took)
    r, f, c = median(raw_times), median(fn_times), median(cmd_times)
    print(f"desk report on {values['calls']:,} calls (n={RUNS}, medians):")
    print(f"  raw SQL, the same aggregates:   {r:.2f} s")
    print(f"  report() in-process:            {f:.2f} s   ratio {f / r:.2f}")
    print(f"  `desk report --format json`:    {c:.2f} s   ratio {c / r:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
