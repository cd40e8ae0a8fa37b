"""Rows reach head office once, by origin: copies of a log, merged files, purges."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desk.store import merge, retention
from desk.store.db import open_db
from desk.sync.server import connect
from tests.sync.helpers import sync_all

NOW = "2026-11-23T12:00:00Z"


def _path(db) -> Path:
    return Path(db.conn.execute("pragma database_list").fetchone()[2])


def _central(url: str, sql: str, params=()):
    with connect(url) as conn:
        return conn.execute(sql, list(params)).fetchall()


def _add_calls(db, n: int, workstation: str) -> None:
    with db.conn:
        db.conn.executemany(
            "insert into calls (started_at, answered_at, ended_at, duration_s, topic, "
            "branch, workstation) values (?, ?, ?, 60, 'New call', 'Espoo', ?)",
            [(f"2026-11-24T09:{i:02d}:00Z", f"2026-11-24T09:{i:02d}:05Z",
              f"2026-11-24T09:{i:02d}:59Z", workstation) for i in range(n)])


def _merge_into(target: Path, *sources: Path) -> None:
    db = open_db(target)
    target_log = db.execute("select value from meta where key = 'log_id'").fetchone()[0]
    db.conn.close()
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        for source in sources:
            outcome = merge.merge_file(conn, source, target_log, NOW)
            assert outcome.refused is None, outcome.refused
    finally:
        conn.close()


def test_a_copied_log_gets_its_own_identity_and_both_copies_lose_nothing(server_url, make_log,
                                                                        tmp_path):
    from desk.store import identity

    original = make_log("desk-1", calls=100)
    sync_all(_path(original), server_url)
    original.conn.execute("pragma wal_checkpoint(truncate)")
    copy_path = tmp_path / "copied-to-another-pc.db"
    shutil.copy(_path(original), copy_path)
    copy = open_db(copy_path)
    try:
        old_id = original.execute("select value from meta where key = 'log_id'").fetchone()[0]
        new_id = copy.execute("select value from meta where key = 'log_id'").fetchone()[0]
        assert new_id != old_id
        assert old_id in identity.copy_notice(copy)  # said once, for the console and CLI
        _add_calls(original, 50, "desk-1")
        _add_calls(copy, 50, "desk-1-copy")
        # The copy answers an old callback: the change reaches head office under the old
        # log's id, as the original's own row.
        callback = copy.execute("select id from callbacks where answered_at is null "
                                "order by id limit 1").fetchone()[0]
        with copy.conn:
            copy.execute("update callbacks set answered_at = ?, answered_by = 'Mia' "
                         "where id = ?", [NOW, callback])
        sync_all(copy_path, server_url, workstation="desk-1-copy")
        sync_all(_path(original), server_url)
    finally:
        copy.conn.close()
    assert _central(server_url, "select count(*) from calls") == [(200,)]
    assert _central(server_url, "select log_id, count(*) from calls group by 1 order by 2") == \
        [(new_id, 50), (old_id, 150)]
    assert _central(server_url, "select answered_by from callbacks where log_id = %s and "
                    "id = %s", [old_id, callback]) == [("Mia",)]
    # Opened again where it now lives, the copy keeps its new identity.
    again = open_db(copy_path)
    assert again.execute("select value from meta where key = 'log_id'").fetchone()[0] == new_id
    again.conn.close()


def test_a_merged_and_synced_log_counts_each_call_once_and_answers_win(server_url, make_log,
                                                                       tmp_path):
    a, b = make_log("a", calls=100, seed=1), make_log("b", calls=100, seed=2)
    sync_all(_path(a), server_url, workstation="a")
    sync_all(_path(b), server_url, workstation="b")
    merged = tmp_path / "merged.db"
    _merge_into(merged, _path(a), _path(b))
    # A callback answered at its workstation after the merge, pushed from there first:
    # the merged file's older state of it, pushed later, does not undo the answer.
    a_log = a.execute("select value from meta where key = 'log_id'").fetchone()[0]
    callback = a.execute("select id from callbacks where answered_at is null order by id "
                         "limit 1").fetchone()[0]
    with a.conn:
        a.execute("update callbacks set answered_at = ?, answered_by = 'Mia' where id = ?",
                  [NOW, callback])
    sync_all(_path(a), server_url, workstation="a")
    sync_all(merged, server_url, workstation="merged")
    assert _central(server_url, "select count(*) from calls") == [(200,)]
    assert _central(server_url, "select count(*) from stage_marks") == \
        [(a.execute("select count(*) from stage_marks").fetchone()[0]
          + b.execute("select count(*) from stage_marks").fetchone()[0],)]
    answered = "select answered_by from callbacks where log_id = %s and id = %s"
    assert _central(server_url, answered, [a_log, callback]) == [("Mia",)]
    _merge_into(merged, _path(a))
    sync_all(merged, server_url, workstation="merged")
    assert _central(server_url, answered, [a_log, callback]) == [("Mia",)]
    assert _central(server_url, "select count(*) from calls") == [(200,)]
    with sqlite3.connect(merged) as conn:
        assert conn.execute("select answered_by from callbacks where id = (select local_id "
                            "from merged_rows where log_id = ? and tbl = 'callbacks' and "
                            "source_id = ?)", [a_log, callback]).fetchone() == ("Mia",)


def test_a_local_purge_leaves_head_office_unchanged(server_url, make_log):
    log = make_log("desk-1", calls=200)
    sync_all(_path(log), server_url)
    before = _central(server_url, "select count(*) from calls")[0][0]
    conn = sqlite3.connect(_path(log), isolation_level=None)
    try:
        deleted = retention.purge(conn, "2026-11-22T00:00:00Z")
    finally:
        conn.close()
    assert deleted["calls"] > 0
    sync_all(_path(log), server_url)
    assert before == 200
    assert _central(server_url, "select count(*) from calls") == [(200,)]


def test_a_log_claiming_another_logs_calls_is_refused_at_head_office(server_url, make_log):
    from desk.sync import queue

    victim = make_log("victim", calls=20, seed=1)
    sync_all(_path(victim), server_url, workstation="victim")
    columns = "started_at, ended_at, duration_s, topic, notes, caller_name"
    before = _central(server_url, f"select {columns} from calls where log_id = 'log-victim' "
                      "and id in (7, 8) order by id")
    hostile = make_log("hostile", calls=20, seed=2)
    with hostile.conn:  # its own calls 1 and 2, passed off as the victim's 7 and 8
        hostile.execute("update calls set notes = 'forged' where id in (1, 2)")
        hostile.execute("insert into merged_rows (log_id, tbl, source_id, local_id) values "
                        "('log-victim', 'calls', 7, 1), ('log-victim', 'calls', 8, 2)")
        hostile.execute("insert into origins (log_id, secret, direct) values "
                        "('log-victim', 'a guess', 1)")
    sync_all(_path(hostile), server_url, workstation="hostile")
    assert _central(server_url, f"select {columns} from calls where log_id = 'log-victim' "
                    "and id in (7, 8) order by id") == before
    assert _central(server_url, "select count(*) from calls where notes = 'forged'") == [(0,)]
    assert _central(server_url, "select log_id, count(*) from calls group by 1 order by 1") \
        == [("log-hostile", 18), ("log-victim", 20)]
    assert queue.sync_state(hostile).refused == 2
