"""``desk report``'s one report function (and the per-branch summary) on the central
PostgreSQL, through the read-only backend (``desk_report`` views with global ids), against
the same aggregates written by hand in raw SQL on the server's tables, in the same run.
Target: at most 2x.

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

SUMMARY_RAW = [
    ("select branch, count(*), sum(case when duration_s <= 600 then 1 else 0 end), "
     "sum(case when duration_s <= 900 then 1 else 0 end) from public.calls "
     "where ended_at is not null group by branch"),
    ("select c.branch, sum(case when cb.answered_at is null then 1 else 0 end), "
     "sum(case when cb.answered_at is null and cb.due_at < %(now)s then 1 else 0 end) "
     "from public.callbacks cb join public.calls c on c.log_id = cb.log_id "
     "and c.id = cb.call_id group by c.branch"),
    ("select branch, count(*), sum(case when acknowledged_at is null and cancelled_at is null "
     "then 1 else 0 end) from public.incidents where kind = 'alarm' group by branch"),
]

# The aggregates of ``desk report`` (desk.report.summary), written by hand for the server's
# tables: joins on (log_id, id), no views, no backend.
EPOCH = "floor(extract(epoch from ({})::timestamptz))"
RANG = "c.channel = 'phone' and c.answered_at is not null and c.answered_at <> c.started_at"
STAGES = ("greeting", "clarification", "confirmation", "closing")
PER_STAGE = ", ".join(
    f"sum(case when m.stage = '{s}' then 1 else 0 end) as {s}_marks, "
    f"sum(case when m.stage = '{s}' and m.status = 'skipped' then 1 else 0 end) as {s}_skipped"
    for s in STAGES)
TOTALS = ", ".join(
    f"sum(case when t.{s}_marks > 0 then 1 else 0 end), "
    f"sum(case when t.{s}_marks > 0 and t.{s}_skipped = 0 then 1 else 0 end)" for s in STAGES)
REPORT_RAW = [
    (f"select c.duration_s, count(*), sum(case when {RANG} then 1 else 0 end), "
     f"sum(case when {RANG} and {EPOCH.format('c.answered_at')} - "
     f"{EPOCH.format('c.started_at')} <= 15 then 1 else 0 end) from public.calls c "
     "where c.ended_at is not null group by c.duration_s order by c.duration_s"),
    (f"select count(*), {TOTALS}, sum(t.long_call), sum(t.wrapped) from (select m.log_id, "
     f"m.call_id, {PER_STAGE}, max(case when c.duration_s > 600 and m.item = "
     "'asked_anything_else' then 1 else 0 end) as long_call, max(case when c.duration_s > 600 "
     "and m.item = 'asked_anything_else' and m.status = 'done' then 1 else 0 end) as wrapped "
     "from public.stage_marks m join public.calls c on c.log_id = m.log_id and c.id = m.call_id "
     "where c.ended_at is not null and m.item <> '' and m.status in ('done', 'skipped') "
     "group by m.log_id, m.call_id) t"),
    ("select m.item, count(*) from public.stage_marks m join public.calls c on "
     "c.log_id = m.log_id and c.id = m.call_id where c.ended_at is not null and "
     "m.status = 'skipped' and m.item <> '' group by m.item order by count(*) desc, m.item "
     "limit 5"),
    ("select count(*), sum(case when x.answered_at is null then 1 else 0 end), "
     "sum(case when x.answered_at is null and x.due_at < %(now)s then 1 else 0 end), "
     "sum(case when x.answered_at > x.promised then 1 else 0 end), "
     "sum(case when x.answered_at > x.promised or (x.answered_at is null and "
     "x.promised < %(now)s) then 1 else 0 end), sum(case when (x.answered_at > x.promised or "
     "(x.answered_at is null and x.promised < %(now)s)) and x.told > 0 then 1 else 0 end) "
     "from (select cb.answered_at, cb.due_at, coalesce((select min(n.old_due_at) from "
     "public.callback_notices n where n.log_id = cb.log_id and n.callback_id = cb.id), "
     "cb.due_at) as promised, (select count(*) from public.callback_notices n where "
     "n.log_id = cb.log_id and n.callback_id = cb.id) as told from public.callbacks cb "
     "join public.calls c on c.log_id = cb.log_id and c.id = cb.call_id "
     "where c.ended_at is not null) x"),
    (f"select case when acknowledged_at is null then null else "
     f"{EPOCH.format('acknowledged_at')} - {EPOCH.format('raised_at')} end, "
     "case when cancelled_at is null then 0 else 1 end from public.incidents "
     "where kind = 'alarm'"),
    ("select topic, count(*) from public.calls where ended_at is not null and "
     "coalesce(topic, '') <> '' group by topic order by count(*) desc, topic limit 10"),
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
        conn.execute(  # a checklist for every 20th call: 15 marks, some skipped
            "insert into stage_marks (log_id, log_no, sync_seq, id, call_id, stage, item, "
            "status, at) select c.log_id, c.log_no, c.id * 16 + k, c.id * 16 + k, c.id, "
            "(array['greeting', 'clarification', 'confirmation', 'closing'])[1 + k % 4], "
            "'item_' || k, case when (c.id + k) % 9 = 0 then 'skipped' else 'done' end, "
            "c.ended_at from calls c, generate_series(1, 15) k where c.id % 20 = 0")
        conn.execute(
            "insert into incidents (log_id, log_no, sync_seq, id, call_id, raised_at, "
            "acknowledged_at, kind, branch) select log_id, log_no, id, id / 5000, id, "
            "started_at, case when id % 3 = 0 then null else ended_at end, 'alarm', branch "
            "from calls where id % 5000 = 0")
        conn.execute("vacuum analyze")
    return time.perf_counter() - start


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _raw(conn, statements):
    return [conn.execute(sql, {"now": NOW}).fetchall() for sql in statements]


def main() -> None:
    srv = _sync.server()
    try:
        url = _sync.initialised(srv, "report")
        fill_s = fill(url, CALLS // 3)
        from desk.report import report
        from desk.sync.backend import PgBackend
        from desk.sync.server import connect
        from desk.sync.summary import branch_summary

        backend = PgBackend(url)
        raw = connect(url, read_only=True)
        times = {"report": [], "report_raw": [], "summary": [], "summary_raw": []}
        for _ in range(3):  # alternate, so neither side has the warmer cache
            times["report"].append(_timed(lambda: report(backend, now=NOW)))
            times["report_raw"].append(_timed(lambda: _raw(raw, REPORT_RAW)))
            times["summary"].append(_timed(lambda: branch_summary(backend, NOW)))
            times["summary_raw"].append(_timed(lambda: _raw(raw, SUMMARY_RAW)))
        values = report(backend, now=NOW).values
        durations = _raw(raw, REPORT_RAW[:1])[0]
        assert values["calls"] == sum(row[1] for row in durations) == CALLS // 3 * 3
        backend.close()
        raw.close()
        m = {key: median(value) for key, value in times.items()}
        print(f"server: {CALLS // 3 * 3:,} calls in 3 logs, 2 branches, stage marks for every "
              f"20th call (generated in {fill_s:.0f} s)")
        print(f"desk report (desk.report.report via the read-only backend): "
              f"median {m['report']:.2f} s (n=3)")
        print(f"  same aggregates, raw SQL on the tables: median {m['report_raw']:.2f} s; "
              f"ratio {m['report'] / m['report_raw']:.2f} (target <= 2)")
        print(f"per-branch summary via the backend:         median {m['summary']:.2f} s")
        print(f"  same aggregates, raw SQL on the tables: median {m['summary_raw']:.2f} s; "
              f"ratio {m['summary'] / m['summary_raw']:.2f}")
    finally:
        srv.cleanup()


if __name__ == "__main__":
    main()
