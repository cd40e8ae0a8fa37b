"""The local change queue: triggers queue each committed change once sync is on."""

from __future__ import annotations

import sqlite3

from desk.sync import queue


def _entries(db):
    return db.execute("select tbl, row_id from sync_outbox order by seq").fetchall()


def test_without_sync_nothing_is_queued(db):
    db.execute("insert into calls (started_at) values ('2026-11-23T09:00:00Z')")
    db.conn.commit()
    assert _entries(db) == []
    assert queue.sync_state(db).enabled is False


def test_switching_on_queues_the_history_then_every_change(db):
    db.execute("insert into calls (id, started_at) values (7, '2026-11-23T09:00:00Z')")
    db.conn.commit()
    assert queue.enable(db) == 1
    assert queue.enable(db) == 0  # the history is queued once
    with db.conn:
        db.execute("insert into stage_marks (id, call_id, stage, item, status, at) "
                   "values (3, 7, 'greeting', 'hello', 'done', '2026-11-23T09:00:05Z')")
        db.execute("update calls set topic = 'Invoice' where id = 7")
        db.execute("delete from stage_marks where id = 3")
    assert _entries(db) == [("calls", 7), ("stage_marks", 3), ("calls", 7), ("stage_marks", 3)]
    state = queue.sync_state(db, per_table=True)
    assert state.enabled and state.waiting == 4
    assert state.waiting_by_table["calls"] == 2 and state.waiting_by_table["incidents"] == 0


def test_a_rolled_back_change_queues_nothing(db):
    queue.enable(db)
    conn = db.conn
    conn.execute("begin immediate")
    conn.execute("insert into incidents (raised_at, kind) values ('2026-11-23T09:00:00Z', 'alarm')")
    conn.rollback()
    assert _entries(db) == []


def test_changes_under_a_conflict_clause_are_queued_too(db):
    queue.enable(db)
    with db.conn:
        db.execute("insert or replace into callbacks (id, full_name, created_at, due_at) "
                   "values (1, 'Anna', '2026-11-23T09:00:00Z', '2026-11-26T15:00:00Z')")
        db.execute("insert or ignore into callbacks (id, full_name) values (1, 'Other')")
        db.execute("insert or replace into callbacks (id, full_name, created_at, due_at) "
                   "values (1, 'Anna V', '2026-11-23T09:00:00Z', '2026-11-26T15:00:00Z')")
    assert set(_entries(db)) == {("callbacks", 1)}
    (row,) = queue.read_batch(db, 100).upserts["callbacks"]
    assert "Anna V" in row


def test_a_batch_holds_each_rows_latest_state_or_its_deletion(db):
    queue.enable(db)
    with db.conn:
        db.execute("insert into calls (id, started_at, topic) values (1, '2026-11-23T09:00:00Z', 'first')")
        db.execute("insert into calls (id, started_at, topic) values (2, '2026-11-23T09:01:00Z', 'x')")
        db.execute("update calls set topic = 'second' where id = 1")
        db.execute("delete from calls where id = 2")
    batch = queue.read_batch(db, 100)
    assert batch.entries == 4 and batch.rows == 2
    (row,) = batch.upserts["calls"]
    assert row[0] == 1 and "second" in row and row[-1] == 3  # state of queue entry 3
    assert batch.deletes["calls"] == [(2, 4)]
    queue.acknowledge(db, batch, "2026-11-23T09:01:00Z")
    state = queue.sync_state(db)
    assert state.waiting == 0 and state.last_success_at == "2026-11-23T09:01:00Z"
    assert state.pushed_total == 2


def test_sync_state_works_on_a_plain_connection(db_path):
    conn = sqlite3.connect(db_path)
    assert queue.sync_state(conn).waiting == 0
    conn.close()


def test_the_history_is_queued_in_chunks_and_an_interrupted_backfill_resumes(db):
    with db.conn:
        db.conn.executemany("insert into calls (id, started_at) values (?, 'x')",
                            [(n,) for n in range(1, 8)])
        db.conn.executemany("insert into stage_marks (call_id, stage, item, status, at) "
                            "values (1, 's', ?, 'done', 'x')", [(str(n),) for n in range(3)])
    assert queue.enable(db, chunk=3) == 10
    assert sorted(_entries(db)) == sorted([("calls", n) for n in range(1, 8)]
                                          + [("stage_marks", n) for n in range(1, 4)])
    # A process that died after queuing calls 1-3: the rest follows, nothing twice.
    with db.conn:
        db.execute("delete from sync_outbox")
        db.execute("update meta set value = 'calls:3' where key = 'sync_backfill'")
    assert queue.enable(db, chunk=3) == 7
    assert [e for e in _entries(db) if e[0] == "calls"] == [("calls", n) for n in range(4, 8)]
    assert queue.enable(db) == 0
