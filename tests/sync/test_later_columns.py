"""Columns the log gained after head office's first step reach head office too (server step
s004, local step m013): when the phone was answered and how fast, who ticked an item (the
operator or the console), how an incident was closed. A log pushed before the upgrade sends
the rows that have something to add once more, and nothing doubles."""

from __future__ import annotations

import shutil
from pathlib import Path

from desk.sync import push, queue, schema
from desk.sync.server import connect
from tests.sync.helpers import central_counts, central_duplicates, local_counts, sync_all

SAVED_M012 = Path(__file__).parent.parent / "data" / "log-m012.db"


def _later_values(db) -> None:
    with db.conn:
        db.execute("update calls set rang_at = started_at, answer_s = 4.5, answer_late = 0 "
                   "where id = 1")
        db.execute("update stage_marks set [by] = 'console' where id in "
                   "(select id from stage_marks where status = 'done' order by id limit 3)")
        db.execute("insert into incidents (raised_at, kind, branch, workstation, operator, "
                   "uid, closed_at, closed_by) values ('2026-11-23T10:00:00Z', 'alarm', "
                   "'Espoo', 'desk-1', 'Mia', 'u-1', '2026-11-23T10:05:00Z', "
                   "'Mia at desk-1 (closed at the desk)')")


def test_a_fresh_push_carries_answer_speed_tick_source_and_how_an_alarm_closed(
        make_log, server_url):
    db = make_log("desk-1", 12)
    queue.enable(db)
    _later_values(db)
    sync_all(Path(db.conn.execute("pragma database_list").fetchone()[2]), server_url)
    with connect(server_url) as conn:
        assert conn.execute("select rang_at is not null, answer_s, answer_late from "
                            "desk_report.calls where id = (select g_id from calls where id = 1)"
                            ).fetchone() == (True, 4.5, 0)
        by = dict(conn.execute("select by, count(*) from desk_report.stage_marks group by by")
                  .fetchall())
        assert by["console"] == 3 and by["operator"] > 0
        assert conn.execute("select uid, closed_by from desk_report.incidents").fetchone() == \
            ("u-1", "Mia at desk-1 (closed at the desk)")
    assert central_counts(server_url) == local_counts(db)


def test_a_log_pushed_before_the_upgrade_sends_what_head_office_lacked(
        tmp_path, pg_url, monkeypatch):
    from desk.store.db import open_db

    path = tmp_path / "desk.db"
    shutil.copy(SAVED_M012, path)  # a branch that synced with the Desk before this one
    older = schema.MIGRATIONS[:3]
    with monkeypatch.context() as before:
        before.setattr(schema, "MIGRATIONS", older)
        before.setattr(schema, "KNOWN", [name for name, _ in older])
        for module in (push, queue):
            before.setattr(module, "COLUMNS", schema.S001_TABLES)
        with connect(pg_url) as conn:
            schema.init(conn)
        sync_all(path, pg_url)
    with connect(pg_url) as conn:
        assert conn.execute("select count(*) from calls").fetchone() == (1,)

    import sqlite3

    with sqlite3.connect(path) as conn:  # the console had ticked an item by itself
        conn.execute("update stage_marks set [by] = 'console'")
        conn.execute("delete from sync_outbox")  # ... and that was pushed, without the column
    db = open_db(path)  # today's Desk opens the log: m013 queues what head office lacks
    try:
        waiting = dict(db.execute("select tbl, count(*) from sync_outbox group by tbl")
                       .fetchall())
        assert waiting == {"calls": 1, "stage_marks": 1, "incidents": 1}
    finally:
        db.conn.close()
    with connect(pg_url) as conn:
        assert schema.init(conn) == ["s004_later_columns"]  # head office upgrades
    sync_all(path, pg_url)
    with connect(pg_url) as conn:
        assert conn.execute("select rang_at, answer_s, answer_late from desk_report.calls"
                            ).fetchone() == ("2026-11-20T08:59:52Z", 8.0, 0)
        assert conn.execute("select uid from desk_report.incidents").fetchone() == \
            ("0f5c2d1e9a7b4c3d8e6f1a2b3c4d5e6f",)
        assert conn.execute("select by from desk_report.stage_marks").fetchone() == \
            ("console",)
    assert central_duplicates(pg_url) == 0
