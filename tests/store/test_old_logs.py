"""A log saved by every schema version opens and migrates, keeping every row.

``tests/data/log-<version>.db`` holds what a Desk of that schema version wrote (m001..m003 by
those versions, later ones by ``tests/data/make_old_logs.py``); the files are never changed.
The versions come from the migrations themselves: a new migration fails here until its saved
log is made and committed. Opening a copy backs it up, brings it to the current schema and
keeps every row.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desk.store.db import open_db, schema_version
from desk.store.migrations import migrations

DATA = Path(__file__).resolve().parent.parent / "data"
NAMES = [m.name for m in migrations._migrations]
VERSIONS = [name.split("_")[0] for name in NAMES]  # in the order they run
# Rows the opening itself may add: the log's id (m004), the migration records, the queue.
GROWS = {"meta", "_sqlite_migrations", "sqlite_sequence", "sync_outbox"}


def _row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'calls_fts%'")]
        return {t: conn.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_log_migrates_and_keeps_its_rows(tmp_path, version):
    saved = DATA / f"log-{version}.db"
    assert saved.exists(), (f"no saved log of schema {version}: run `python "
                            f"tests/data/make_old_logs.py {version}` and commit {saved.name}")
    before = _row_counts(saved)
    path = tmp_path / "desk.db"
    shutil.copy(saved, path)
    db = open_db(path)
    try:
        assert schema_version(db) == NAMES
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
    after = _row_counts(path)
    for table, count in before.items():
        if table in GROWS:
            assert after[table] >= count, table
        else:
            assert after[table] == count, table
    backups = list(tmp_path.glob("desk.backup-*.db"))
    if version == VERSIONS[-1]:
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        assert len(backups) == 1 and (backups[0].stat().st_mode & 0o777) == 0o600


def test_every_saved_log_is_a_schema_version():
    """A saved file whose migration was renamed or dropped would be tested no more."""
    saved = sorted(p.name.removeprefix("log-").removesuffix(".db")
                   for p in DATA.glob("log-*.db"))
    assert set(saved) <= set(VERSIONS), set(saved) - set(VERSIONS)



def test_a_log_from_before_m011_keeps_its_identity_and_rows_get_change_times(tmp_path):
    """m011: the log keeps its id (it is not a copy, only new), gains a secret, and from
    now on every change of a row is stamped; the stamp queues nothing more for sync."""
    from desk.store import identity
    from desk.sync import queue

    path = tmp_path / "desk.db"
    shutil.copy(DATA / "log-m010.db", path)
    with closing(sqlite3.connect(path)) as old:
        old_id = old.execute("select value from meta where key = 'log_id'").fetchone()[0]
    db = open_db(path)
    try:
        assert "m011_origins" in schema_version(db)
        meta = dict(db.execute("select key, value from meta").fetchall())
        assert meta["log_id"] == old_id and len(meta["log_secret"]) == 32
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
            old_id
    finally:
        again.conn.close()
