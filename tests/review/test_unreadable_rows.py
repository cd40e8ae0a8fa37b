"""One malformed row of each kind never makes a report, the review's summary or its
filter lists fail: they skip it and say how many they skipped."""

from __future__ import annotations

import json
import sqlite3

from desk.report.backend import SqliteBackend

BAD = [
    ("update calls set duration_s = 'abc' where id = 3",),
    ("update calls set started_at = 'yesterday-ish' where id = 4",),
    ("update calls set topic = x'00ff' where id = 5",),
    ("update calls set operator = x'0102' where id = 6",),
    ("insert into incidents (call_id, raised_at, acknowledged_at, kind) values "
     "(7, 'soon', '2026-11-20T11:01:00Z', 'alarm')",),
]


def spoil(path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for (sql,) in BAD:
            conn.execute(sql)
    conn.close()


def test_a_report_over_a_log_with_bad_values_skips_them_and_says_so(desk_cli, demo_db):
    spoil(demo_db)
    status, out, err = desk_cli("report", "--db", str(demo_db), "--format", "json")
    assert status == 0, err
    values = json.loads(out)
    assert values["unreadable_calls"] == 3 and values["unreadable_incidents"] == 1
    assert values["calls"] == 597
    assert all(isinstance(topic, str) for topic, _n in values["top_topics"])
    status, out, err = desk_cli("report", "--db", str(demo_db))
    assert status == 0 and "skipped: 3 calls and 1 alarms" in out, err


def test_the_reviews_trends_and_filter_lists_skip_bad_values(demo_db, qapp):
    from desk.report import trends
    from desk.report.filters import Filters
    from desk.report.listing import incidents
    from desk.ui.review.window import _choices

    spoil(demo_db)
    conn = sqlite3.connect(demo_db)
    backend = SqliteBackend(conn)
    try:
        trends.calls_per_day_and_hour(backend, Filters())
        trends.per_operator(backend, Filters())
        incidents(backend, Filters())
        choices = _choices(backend)
    finally:
        conn.close()
    assert all(isinstance(v, str) for values in choices.values() for v in values)
