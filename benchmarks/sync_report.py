"""The per-branch summary on the central PostgreSQL, through the report backend (read-only
session, ``desk_report`` views with global ids), against the same aggregates written by
hand in raw SQL on the server's tables, in the same run. Target: at most 2x.

3,000,000 calls (three logs of 1,000,000, two branches) are generated on the server with
``generate_series`` (pushing them would take minutes; ``sync_push.py`` measures that).
SYNC_REPORT_CALLS sets the total.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import _sync  # noqa: E402
from _common import median  # noqa: E402

CALLS = int(os.environ.get("SYNC_REPORT_CALLS", "3000000"))
NOW = "2026-11-23T09:00:00Z"
ISO = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'"

RAW = [
    ("select branch, count(*), sum(case when duration_s <= 600 then 1 else 0 end), "
     "sum(case when duration_s <= 900 then 1 else 0 end) from public.calls "
     "where ended_at is not null group by branch"),
    ("select c.branch, sum(case when cb.answered_at is null then 1 else 0 end), "
     "sum(case when cb.answered_at is null and cb.due_at < %s then 1 else 0 end) "
     "from public.callbacks cb join public.calls c on c.log_id = cb.log_id "
     "and c.id = cb.call_id group by c.branch"),
    ("select branch, count(*), sum(case when acknowledged_at is null and cancelled_at is null "
     "then 1 else 0 end) from public.incidents where kind = 'alarm' group by branch"),
]


def fill(url: str, per_log: int) -> float:
    from desk.sync.server import connect

    start = time.perf_counter()
    with connect(url) as conn:
        conn.execute("insert into logs (log_id, branch, workstation) values "
                     "('log-a', 'Espoo', 'desk-1'), ('log-b', 'Espoo', 'desk-2'), "
                     "('log-c', 'Tampere', 'desk-1')")
        conn.execute(
            "insert into calls (log_id, log_no, sync_seq, id, started_at, ended_at, "
            "duration_s, outcome, topic, operator, workstation, branch) "
            f"select l.log_id, l.log_no, g, g, to_char(timestamp '2024-01-01' + "
            f"g * interval '40 seconds', {ISO}), to_char(timestamp '2024-01-01' + "
            f"g * interval '40 seconds' + interval '5 minutes', {ISO}), "
            "(20 + (g::bigint * 7919) % 1500), case when g % 10 = 0 then 'callback' else 'resolved' "
            "end, 'Topic ' || (g % 20), 'Aino', l.workstation, l.branch "
            f"from logs l, generate_series(1, {per_log}) g")
        conn.execute(
            "insert into callbacks (log_id, log_no, sync_seq, id, call_id, full_name, "
            "created_at, due_at, answered_at) "
            "select log_id, log_no, id, id / 10, id, 'Caller', ended_at, ended_at, "
            "case when id % 30 = 0 then null else ended_at end from calls where id % 10 = 0")
        conn.execute(
            "insert into incidents (log_id, log_no, sync_seq, id, call_id, raised_at, "
            "acknowledged_at, kind, branch) select log_id, log_no, id, id / 5000, id, "
            "started_at, case when id % 3 = 0 then null else ended_at end, 'alarm', branch "
            "from calls where id % 5000 = 0")
        conn.execute("vacuum analyze")
    return time.perf_counter() - start


def main() -> None:
    srv = _sync.server()
    try:
        url = _sync.initialised(srv, "report")
        fill_s = fill(url, CALLS // 3)
        from desk.sync.backend import PgBackend
        from desk.sync.server import connect
        from desk.sync.summary import branch_summary

        backend = PgBackend(url)
        raw = connect(url, read_only=True)
        report_s, raw_s = [], []
        for _ in range(3):  # alternate, so neither side has the warmer cache
            start = time.perf_counter()
            lines = branch_summary(backend, NOW)
            report_s.append(time.perf_counter() - start)
            start = time.perf_counter()
            results = [raw.execute(sql, [NOW] if "%s" in sql else []).fetchall()
                       for sql in RAW]
            raw_s.append(time.perf_counter() - start)
        assert sum(line.calls for line in lines) == CALLS // 3 * 3
        assert sorted(r[1] for r in results[0]) == sorted(line.calls for line in lines)
        backend.close()
        raw.close()
        r, b = median(report_s), median(raw_s)
        print(f"server: {CALLS // 3 * 3:,} calls in 3 logs, 2 branches (generated in "
              f"{fill_s:.0f} s)")
        print(f"per-branch summary via the report backend: median {r:.2f} s (n=3)")
        print(f"same aggregates, raw SQL on the tables:    median {b:.2f} s")
        print(f"ratio backend/raw: {r / b:.2f} (target <= 2)")
    finally:
        srv.cleanup()


if __name__ == "__main__":
    main()
