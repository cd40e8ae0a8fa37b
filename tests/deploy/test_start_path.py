"""The console's start path: a current log is opened and first read without sqlite-utils;
the migration machinery loads only when the log is behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.store.db import finish_lazy_open, open_db
from desk.store.lazy_db import LazyDatabase
from desk.store.schema_steps import MIGRATION_SET, SCHEMA_STEPS

ROOT = Path(__file__).resolve().parents[2]


def test_the_start_path_knows_every_migration_step():
    from desk.store.migrations import migrations

    assert migrations.name == MIGRATION_SET
    assert tuple(m.name for m in migrations._migrations) == SCHEMA_STEPS


def test_a_current_log_opens_lazily_and_builds_sqlite_utils_when_a_write_needs_it(db_path):
    db = open_db(db_path, lazy=True)
    try:
        assert isinstance(db, LazyDatabase) and not db.built
        assert list(db.query("select count(*) as n from calls")) == [{"n": 0}]
        assert db.execute("select count(*) from callbacks").fetchone() == (0,)
        assert not db.built  # plain reads went straight to sqlite3
        db["calls"].insert({"started_at": "2026-11-23T09:00:00Z", "caller_name": "Test"})
        assert db.built
        assert db.execute("select caller_name from calls").fetchall() == [("Test",)]
        finish_lazy_open(db, db_path)  # nothing behind: nothing to do
    finally:
        db.conn.close()


def test_a_new_log_or_one_that_is_behind_opens_with_the_migrations(tmp_path, db_path):
    fresh = open_db(tmp_path / "new.db", lazy=True)
    assert not isinstance(fresh, LazyDatabase)  # created and migrated as always
    fresh.conn.close()
    import sqlite3

    with sqlite3.connect(db_path) as conn:  # as if the last step had not been applied
        conn.execute("delete from _sqlite_migrations where name = ?", [SCHEMA_STEPS[-1]])
    conn.close()
    behind = open_db(db_path, lazy=True, migrate=False)
    assert not isinstance(behind, LazyDatabase)
    assert SCHEMA_STEPS[-1] not in {name for (name,) in behind.execute(
        "select name from _sqlite_migrations")}
    behind.conn.close()


FIRST_READ = """
import sys
from desk.ui.console import window

seen = []
original = window._unfinished_calls


def first_read(ctx):  # the console's first read of the log, on its log thread
    seen.append(sorted(m for m in ("sqlite_utils", "click") if m in sys.modules))
    return original(ctx)


window._unfinished_calls = first_read
from desk.app import main

status = main(["--db", sys.argv[1]])
print("status", status, "loaded at the first read:", seen)
"""


@pytest.mark.process
def test_the_console_reads_its_log_first_without_loading_sqlite_utils(db_path, tmp_path):
    """About 0.1 s of start-up: opening and first reading a current log needs sqlite3 only
    (sqlite-utils loads afterwards, when the console is ready)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_RUNTIME_DIR=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "st"),
               DESK_QUIT_AFTER_SHOWN="ready", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", FIRST_READ, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert "status 0 loaded at the first read: [[]]" in done.stdout, done.stdout + done.stderr
