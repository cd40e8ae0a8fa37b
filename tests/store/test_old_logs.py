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
