"""desk merge as an upsert by origin: later changes reach the merged file, re-running
changes nothing, a log cannot speak for another log's rows, a bad value is quarantined."""

from __future__ import annotations

import shutil
import sqlite3


def _rows(path, sql, params=()):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, list(params)).fetchall()
    finally:
        conn.close()


def _change(path, *statements):
    conn = sqlite3.connect(path)
    with conn:
        for sql, *params in statements:
            conn.execute(sql, params)
    conn.close()


def _dump(path) -> list:
    tables = ("calls", "stage_marks", "callbacks", "callback_notices", "incidents",
              "deliveries")
    return [_rows(path, f"select * from {t} order by id") for t in tables]


def _merged(path, table, log_id, source_id):
    """The merged file's row that came from (log_id, table, source_id)."""
    return _rows(path, f"select t.* from {table} t join merged_rows m on m.tbl = ? "
                 f"and m.local_id = t.id where m.log_id = ? and m.source_id = ?",
                 [table, log_id, source_id])


def test_later_changes_reach_the_merged_file_and_a_rerun_changes_nothing(desk_cli, demo_db,
                                                                        tmp_path):
    merged = tmp_path / "merged.db"
    assert desk_cli("merge", str(demo_db), "--into", str(merged))[0] == 0
    log_id = _rows(demo_db, "select value from meta where key = 'log_id'")[0][0]
    open_cb = _rows(demo_db, "select id, due_at from callbacks where answered_at is null "
                    "order by id limit 2")
    answered, delayed = open_cb[0][0], open_cb[1][0]
    call = _rows(demo_db, "select id from calls order by id limit 1")[0][0]
    _change(demo_db,
            ("update callbacks set answered_at = '2026-11-24T10:00:00Z', answered_by = 'Mia', "
             "answered_how = 'phone' where id = ?", answered),
            ("update calls set notes = 'corrected: caller meant the other invoice' where id = ?",
             call),
            ("update callbacks set due_at = '2026-11-26T12:00:00Z' where id = ?", delayed),
            ("insert into callback_notices (callback_id, told_at, how, new_due_at, old_due_at) "
             "values (?, '2026-11-24T09:00:00Z', 'email', '2026-11-26T12:00:00Z', ?)",
             delayed, open_cb[1][1]))
    status, out, _err = desk_cli("merge", str(demo_db), "--into", str(merged))
    assert status == 0 and "updated" in out, out
    row = _merged(merged, "callbacks", log_id, answered)[0]
    assert "2026-11-24T10:00:00Z" in row and "Mia" in row  # answered, as in the source
    assert "corrected: caller meant the other invoice" in _merged(merged, "calls", log_id,
                                                                  call)[0]
    assert "2026-11-26T12:00:00Z" in _merged(merged, "callbacks", log_id, delayed)[0]
    local_cb = _merged(merged, "callbacks", log_id, delayed)[0][0]
    assert _rows(merged, "select count(*) from callback_notices where callback_id = ? and "
                 "new_due_at = '2026-11-26T12:00:00Z'", [local_cb]) == [(1,)]
    # Merging again changes nothing: not a row, not a value.
    before = _dump(merged)
    status, out, _err = desk_cli("merge", str(demo_db), "--into", str(merged))
    assert status == 0 and "nothing new" in out and "updated" not in out
    assert _dump(merged) == before


def _hostile(demo_db, tmp_path, victim_log, with_secret: bool):
    """A log that claims to carry the victim's calls 7 and 8 (its own 1 and 2, forged)."""
    hostile = tmp_path / "hostile.db"
    shutil.copy(demo_db, hostile)
    statements = [
        ("update meta set value = 'hostile-log' where key = 'log_id'",),
        ("update meta set value = 'not-the-victims-secret' where key = 'log_secret'",),
        ("update calls set notes = 'forged' where id in (1, 2)",),
        ("insert into merged_rows (log_id, tbl, source_id, local_id) values "
         "(?, 'calls', 7, 1), (?, 'calls', 8, 2)", victim_log, victim_log),
    ]
    if with_secret:
        statements.append(("insert into origins (log_id, secret, direct) values (?, 'guess', 1)",
                           victim_log))
    _change(hostile, *statements)
    return hostile


def test_a_hostile_claim_is_refused_and_the_real_rows_stay(desk_cli, demo_db, tmp_path):
    victim = _rows(demo_db, "select value from meta where key = 'log_id'")[0][0]
    real = {i: _rows(demo_db, "select notes from calls where id = ?", [i])[0][0] for i in (7, 8)}
    hostile = _hostile(demo_db, tmp_path, victim, with_secret=True)
    merged = tmp_path / "merged.db"
    assert desk_cli("merge", str(demo_db), "--into", str(merged))[0] == 0
    status, out, _err = desk_cli("merge", str(hostile), "--into", str(merged))
    assert status == 0 and "2 rows: claimed to come from another log" in out, out
    assert [_merged(merged, "calls", victim, i)[0][10] for i in (7, 8)] == [real[7], real[8]]
    assert _rows(merged, "select count(*) from calls where notes = 'forged'") == [(0,)]


def test_a_hostile_file_merged_first_cannot_make_the_real_rows_be_skipped(desk_cli, demo_db,
                                                                         tmp_path):
    victim = _rows(demo_db, "select value from meta where key = 'log_id'")[0][0]
    real = {i: _rows(demo_db, "select notes from calls where id = ?", [i])[0][0] for i in (7, 8)}
    merged = tmp_path / "merged.db"
    # Without any secret for the victim's log, the claim is refused at once.
    bare = _hostile(demo_db, tmp_path, victim, with_secret=False)
    status, out, _err = desk_cli("merge", str(bare), "--into", str(merged))
    assert status == 0 and "2 rows: claimed to come from another log" in out, out
    bare.unlink()
    # With a made-up secret it is believed until the real log comes, then overwritten.
    hostile = _hostile(demo_db, tmp_path, victim, with_secret=True)
    desk_cli("merge", str(hostile), "--into", str(merged))
    status, out, _err = desk_cli("merge", str(demo_db), "--into", str(merged))
    assert status == 0 and "falsely claimed" in out, out
    assert [_merged(merged, "calls", victim, i)[0][10] for i in (7, 8)] == [real[7], real[8]]
    assert _rows(merged, "select count(*) from calls where notes = 'forged'") == [(0,)]
    assert _rows(merged, "select count(*) from merged_rows where log_id = ? and tbl = 'calls'",
                 [victim]) == [(600,)]


def test_a_row_that_does_not_fit_is_quarantined_and_the_rest_merged(desk_cli, demo_db,
                                                                   tmp_path):
    _change(demo_db,
            ("update calls set duration_s = 'abc' where id = 3",),
            ("update calls set started_at = 'yesterday-ish' where id = 4",),
            ("update calls set topic = x'00ff' where id = 5",))
    merged = tmp_path / "merged.db"
    status, out, _err = desk_cli("merge", str(demo_db), "--into", str(merged))
    assert status == 0 and "skipped 3 rows: a value does not fit" in out, out
    assert _rows(merged, "select count(*) from calls") == [(597,)]
    kept = _rows(merged, "select row_id, reason from quarantine where tbl = 'calls' "
                 "order by row_id")
    assert kept == [(3, "duration_s: not a whole number"), (4, "started_at: not a time"),
                    (5, "topic: not text")]
    status, out, _err = desk_cli("report", "--db", str(merged), "--format", "json")
    assert status == 0
