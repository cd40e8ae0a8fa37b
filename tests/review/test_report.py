"""The one report function: its numbers on a log built by hand, filters, search, and SQL
that PostgreSQL can run too."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desk.report import KEYS, Filters, Norms, SqliteBackend, open_readonly, report
from tests.review.conftest import NOW


def add_call(db, id_, duration, *, start="2026-11-20T09:00:00", wait=0, topic="Billing",
             notes="", operator="Aino", channel="phone", outcome="resolved"):
    started = f"{start}Z"
    answered = f"{start[:-2]}{int(start[-2:]) + wait:02d}Z"
    db.execute("insert into calls (id, started_at, answered_at, ended_at, duration_s, outcome, "
               "topic, notes, operator, workstation, channel) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "'desk-1', ?)", [id_, started, answered, "2026-11-20T10:00:00Z", duration, outcome,
                               topic, notes, operator, channel])


@pytest.fixture
def hand_made(db, db_path):
    """Four calls whose figures are easy to work out by hand."""
    add_call(db, 1, 100, wait=10, topic="Invoice wrong", notes="charged twice")
    add_call(db, 2, 500, wait=20, topic="Invoice wrong")
    add_call(db, 3, 700, topic="Parking", operator="Jonas", notes="café permit lost")
    add_call(db, 4, 1000, topic="Invoice wrong", operator="Jonas")
    greeting = ["answered_by_third_ring", "said_hello", "gave_name_and_unit", "offered_help"]
    for call_id, skipped in ((1, set()), (2, {"said_hello"}), (3, set())):
        for item in greeting:
            db.execute("insert into stage_marks (call_id, stage, item, status, at) values "
                       "(?, 'greeting', ?, ?, '2026-11-20T09:00:30Z')",
                       [call_id, item, "skipped" if item in skipped else "done"])
    db.execute("insert into callbacks (call_id, full_name, created_at, due_at, answered_at) "
               "values (2, 'A', '2026-11-20T10:00:00Z', '2026-11-21T21:59:59Z', NULL)")
    db.execute("insert into callbacks (call_id, full_name, created_at, due_at, answered_at) "
               "values (4, 'B', '2026-11-20T10:00:00Z', '2026-11-27T21:59:59Z', NULL)")
    db.execute("insert into incidents (call_id, raised_at, acknowledged_at, kind, operator) "
               "values (3, '2026-11-20T09:05:00Z', '2026-11-20T09:06:30Z', 'alarm', 'Jonas')")
    db.conn.commit()
    backend = SqliteBackend(open_readonly(db_path))
    yield backend
    backend.conn.close()


def test_figures_of_a_hand_made_log(hand_made):
    values = report(hand_made, now=NOW).as_json()
    assert list(values)[:len(KEYS)] == list(KEYS)
    assert values["calls"] == 4
    assert values["within_target_share"] == 0.5  # 100 s and 500 s are within 10 min
    assert values["within_max_share"] == 0.75  # 1000 s is past 15 min
    assert values["median_duration_s"] == 500
    assert values["p90_duration_s"] == 1000
    assert values["answered_by_ring_share"] == 0.5  # rang 10 s: yes; rang 20 s: no (> 15 s)
    assert values["greeting_complete_share"] == pytest.approx(2 / 3, abs=1e-4)
    assert values["most_skipped_items"] == [["said_hello", 1]]
    assert values["callbacks_open"] == 2
    assert values["callbacks_overdue"] == 1  # due on the 21st, now is the 23rd
    assert values["incidents"] == 1 and values["median_ack_s"] == 90
    assert values["top_topics"] == [["Invoice wrong", 3], ["Parking", 1]]


def test_filters_narrow_every_figure(hand_made):
    jonas = report(hand_made, Filters(operator="Jonas"), now=NOW).as_json()
    assert jonas["calls"] == 2 and jonas["callbacks_open"] == 1
    assert jonas["incidents"] == 1  # the alarm Jonas raised
    over = report(hand_made, Filters(norm="over_target"), now=NOW).as_json()
    assert over["calls"] == 2 and over["median_duration_s"] == 700
    assert report(hand_made, Filters(with_incident=True), now=NOW).values["calls"] == 1
    assert report(hand_made, Filters(with_callback=True), now=NOW).values["calls"] == 2


@pytest.mark.parametrize("fts", [True, False], ids=["fts5", "like-on-older-log"])
def test_search_finds_words_in_topics_and_notes(hand_made, fts):
    hand_made.fts = fts
    found = report(hand_made, Filters(search="INVOICE twice"), now=NOW).values["calls"]
    assert found == 1
    assert report(hand_made, Filters(search="cafe"), now=NOW).values["calls"] == (1 if fts
                                                                                  else 0)
    assert report(hand_made, Filters(search="café"), now=NOW).values["calls"] == 1
    for nasty in ('"', "AND OR NOT", "*", "a-b", "near(", "topic:x", "%_\\", "'); drop"):
        report(hand_made, Filters(search=nasty), now=NOW)  # never an SQL or FTS error


def test_an_empty_log_gives_zeros_and_nulls(db_path):
    backend = SqliteBackend(open_readonly(db_path))
    values = report(backend, now=NOW).as_json()
    assert values["calls"] == 0 and values["callbacks_open"] == 0 and values["incidents"] == 0
    assert values["median_duration_s"] is None and values["within_target_share"] is None
    assert values["top_topics"] == [] and values["most_skipped_items"] == []


SQLITE_ONLY = ("julianday", "unixepoch", "strftime", "substr", "ifnull", " glob ", "match",
               "group_concat", "printf", "iif(", "calls_fts", "datetime(", "||")


def test_shared_queries_use_portable_sql_only(hand_made):
    """Head office runs the same report on PostgreSQL: what is not the backend's own
    dialect piece must be plain SQL both run."""
    seen = []

    class Recording(SqliteBackend):
        def query(self, sql, params):
            seen.append(sql)
            return super().query(sql, params)

    from desk.report import listing, trends

    backend = Recording(hand_made.conn)
    chosen = Filters(operator="Aino", norm="within_target", with_callback=True)
    report(backend, chosen, now=NOW, norms=Norms())
    trends.habits_per_week(backend, chosen)
    trends.per_operator(backend, chosen)
    trends.calls_per_day_and_hour(backend, chosen)
    trends.topics_per_week(backend, chosen, ["Invoice wrong"])
    listing.page(backend, chosen, 0, 10)
    list(listing.export_rows(backend, chosen, batch=1))
    listing.incidents(backend, chosen)
    listing.call_detail(backend, 1)
    dialect = [backend.seconds_between(a, b) for a, b in (
        ("c.started_at", "c.answered_at"), ("i.raised_at", "i.acknowledged_at"),
        ("c.answered_at", "m.at"))]
    dialect += [backend.day_of("c.started_at"), backend.hour_of("c.started_at")]
    from desk.report.readable import calls_check, incidents_check

    dialect += [calls_check(backend), incidents_check(backend)]  # each dialect's own check
    assert len(seen) >= 15
    for sql in seen:
        for piece in dialect:
            sql = sql.replace(piece, "")
        assert not [word for word in SQLITE_ONLY if word in sql.lower()], sql
        # (the count of unreadable rows has no value to bind: only the check itself)
        assert "?" in sql or "limit" in sql.lower() or sql.rstrip().endswith(" not"), sql


def test_a_log_being_written_is_read_without_a_lock(db, db_path):
    backend = SqliteBackend(open_readonly(db_path))
    db.execute("begin immediate")
    add_call(db, 9, 60)
    assert report(backend, now=NOW).values["calls"] == 0  # the uncommitted call is not seen
    db.conn.commit()
    assert report(backend, now=NOW).values["calls"] == 1
    with pytest.raises(sqlite3.OperationalError):
        backend.conn.execute("insert into meta (key, value) values ('x', 'y')")


def test_export_rows_walks_every_call_once_across_batches(db, db_path):
    from desk.report.listing import export_rows

    for call_id in range(1, 8):  # ties on started_at straddle the batch edges
        add_call(db, call_id, 60 * call_id, start=f"2026-11-20T09:00:{call_id // 3:02d}")
    db.conn.commit()
    backend = SqliteBackend(open_readonly(db_path))
    ids = [row[0] for row in export_rows(backend, Filters(), batch=2)]
    backend.conn.close()
    assert ids == [1, 2, 3, 4, 5, 6, 7]


def test_team_habits_per_week_and_per_stage(hand_made):
    from desk.report import trends

    weeks = trends.habits_per_week(hand_made, Filters())
    assert list(weeks) == [date(2026, 11, 16)]  # the Monday of the week
    week = weeks[date(2026, 11, 16)]
    assert week["calls_with_checklist"] == 3
    assert week["stage_complete_share"]["greeting"] == pytest.approx(2 / 3, abs=1e-4)
    assert week["hello_after_answer_s"] is not None
    people = {p["operator"]: p for p in trends.per_operator(hand_made, Filters())}
    assert people["Jonas"]["calls"] == 2 and people["Jonas"]["calls_with_checklist"] == 1
