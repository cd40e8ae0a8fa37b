"""Logs saved by earlier Desk versions (schema m001, m002, m003) open and migrate.

The files in ``tests/data`` were written by those schema versions and are never changed:
opening a copy backs it up, brings it to the current schema and keeps every row.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desk.store.db import open_db, schema_version
from desk.store.migrations import migrations

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("version", ["m001", "m002", "m003"])
def test_an_old_log_migrates_and_keeps_its_rows(tmp_path, version):
    path = tmp_path / "desk.db"
    shutil.copy(DATA / f"log-{version}.db", path)
    db = open_db(path)
    try:
        assert schema_version(db) == [m.name for m in migrations._migrations]
        assert db.execute("select caller_name, duration_s from calls").fetchall() == \
            [("Aino Aalto", 240)]
        assert db.execute("select count(*) from stage_marks").fetchone()[0] == 1
        assert db.execute("select full_name from callbacks").fetchone()[0] == "Aino Aalto"
        uid, acknowledged_by, closed_by = db.execute(
            "select uid, acknowledged_by, closed_by from incidents").fetchone()
        assert uid  # the alarm of before got the id its receivers were sent
        # "Closed at the desk" was stored as an acknowledgement before m005: now it is not.
        assert acknowledged_by is None and closed_by.endswith("(closed at the desk)")
        assert db.execute("select value from meta where key = 'log_id'").fetchone()[0]
    finally:
        db.conn.close()
    backups = list(tmp_path.glob("desk.backup-*.db"))
    assert len(backups) == 1 and (backups[0].stat().st_mode & 0o777) == 0o600


def test_a_log_from_before_m011_keeps_its_identity_and_rows_get_change_times(tmp_path):
    """m011: the log keeps its id (it is not a copy, only new), gains a secret, and from
    now on every change of a row is stamped; the stamp queues nothing more for sync."""
    from desk.store import identity
    from desk.sync import queue

    path = tmp_path / "desk.db"
    shutil.copy(DATA / "log-m010.db", path)
    db = open_db(path)
    try:
        assert schema_version(db)[-1] == "m011_origins"
        meta = dict(db.execute("select key, value from meta").fetchall())
        assert meta["log_id"] == "log-m010-fixture" and len(meta["log_secret"]) == 32
        assert identity.copy_notice(db) is None
        assert db.execute("select changed_at from callbacks").fetchone() == (None,)
        queue.enable(db)
        db.execute("delete from sync_outbox")
        db.conn.commit()
        with db.conn:
            db.execute("update callbacks set answered_at = '2026-11-03T10:00:00Z' where id = 1")
        stamp = db.execute("select changed_at from callbacks").fetchone()[0]
        assert stamp and stamp.endswith("Z") and stamp > "2026-01-01"
        assert db.execute("select count(*) from sync_outbox").fetchone()[0] == 1
        assert db.execute("select count(*) from quarantine").fetchone()[0] == 0
    finally:
        db.conn.close()
    again = open_db(path)  # opened again in the same place: still the same log
    try:
        assert again.execute("select value from meta where key = 'log_id'").fetchone()[0] == \
            "log-m010-fixture"
    finally:
        again.conn.close()
