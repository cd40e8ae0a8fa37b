"""Opening the database: created private, migrated with a backup, refused clearly when wrong."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from sqlite_utils.migrations import Migrations

from desk.store import db as db_mod
from desk.store.db import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotADeskDatabase,
    open_db,
)

DESIGN_COLUMNS = {
    "calls": {"id", "started_at", "answered_at", "ended_at", "duration_s", "outcome",
              "caller_number", "caller_name", "topic", "operator", "workstation"},
    "stage_marks": {"call_id", "stage", "item", "status", "at"},
    "callbacks": {"id", "call_id", "full_name", "question", "phone", "email", "department",
                  "created_at", "due_at", "answered_at"},
    "callback_notices": {"callback_id", "told_at", "how", "new_due_at"},
    "incidents": {"id", "call_id", "raised_at", "acknowledged_at", "cancelled_at", "kind",
                  "location", "workstation", "operator"},
    "deliveries": {"id", "incident_id", "channel", "status", "attempts", "last_error",
                   "delivered_at"},
}


def test_new_database_has_the_public_schema_wal_and_owner_only_permissions(tmp_path):
    path = tmp_path / "sub" / "desk.db"
    db = open_db(path)
    for table, columns in DESIGN_COLUMNS.items():
        assert columns <= set(db[table].columns_dict), table
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    db.conn.close()


def test_reopening_does_not_back_up_or_change_anything(tmp_path):
    path = tmp_path / "desk.db"
    open_db(path).conn.close()
    open_db(path).conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []


def test_pending_migration_is_preceded_by_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "desk.db"
    db = open_db(path)
    db["calls"].insert({"started_at": "2026-11-23T09:00:00Z", "topic": "kept"})
    db.conn.close()
    newer = Migrations("desk")
    for migration in db_mod.migrations._migrations:
        newer(name=migration.name)(migration.fn)

    @newer()
    def m999_test_extra(database):
        database["calls"].add_column("extra", str)

    monkeypatch.setattr(db_mod, "migrations", newer)
    migrated = open_db(path)
    assert "extra" in migrated["calls"].columns_dict
    backups = [p for p in tmp_path.iterdir() if "backup" in p.name]
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("select topic from calls").fetchall() == [("kept",)]
    assert "extra" not in [r[1] for r in old.execute("pragma table_info(calls)")]
    old.close()
    migrated.conn.close()


def test_garbage_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "desk.db"
    content = b"this is a spreadsheet, not a database" * 50
    path.write_bytes(content)
    with pytest.raises(DatabaseCorrupt, match="damaged or is not an SQLite database"):
        open_db(path)
    assert path.read_bytes() == content


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table invoices (id integer primary key)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADeskDatabase, match="not a Desk database"):
        open_db(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("select name from sqlite_master")] == ["invoices"]
    conn.close()


def test_database_from_a_newer_desk_is_refused(tmp_path):
    path = tmp_path / "desk.db"
    db = open_db(path)
    db["_sqlite_migrations"].insert({"migration_set": "desk", "name": "m050_future",
                                     "applied_at": "2027-01-01"})
    db.conn.close()
    with pytest.raises(DatabaseTooNew, match="newer Desk"):
        open_db(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files")
def test_read_only_database_is_refused(tmp_path):
    path = tmp_path / "desk.db"
    open_db(path).conn.close()
    path.chmod(0o400)
    with pytest.raises(DatabaseReadOnly, match="read-only"):
        open_db(path)


def test_read_only_database_is_refused_even_for_root(tmp_path, monkeypatch):
    path = tmp_path / "desk.db"
    open_db(path).conn.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK
                        else real_access(p, mode))
    with pytest.raises(DatabaseReadOnly, match="read-only"):
        open_db(path)


def test_locked_database_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "desk.db"
    open_db(path).conn.close()
    holder = sqlite3.connect(path)
    holder.execute("pragma journal_mode=delete")
    holder.execute("begin exclusive")
    monkeypatch.setattr(db_mod, "LOCK_TIMEOUT_S", 0.05)
    try:
        with pytest.raises(DatabaseLocked, match="locked by another program"):
            open_db(path)
    finally:
        holder.rollback()
        holder.close()


def test_threads_opening_a_new_log_at_once_all_get_it(tmp_path):
    """The console's log thread and its alarm recorder open a new file together."""
    import threading

    from desk.store.db import open_db

    for n in range(10):
        path = tmp_path / f"new-{n}.db"
        errors: list[Exception] = []

        def open_it(path=path, errors=errors) -> None:
            try:
                open_db(path).conn.close()
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert errors == []
