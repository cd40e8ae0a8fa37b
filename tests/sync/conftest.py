"""Sync fixtures: a real PostgreSQL on loopback (skips with an install hint without one),
one empty Desk database on it per test, and workstation logs with demo history."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.sync.pgserver import INSTALL_HINT, PASSWORD, start_server


@pytest.fixture(scope="session")
def pg():
    pytest.importorskip("psycopg", reason="psycopg is missing: pip install 'psycopg[binary]'")
    server = start_server()
    if server is None:
        if os.environ.get("DESK_REQUIRE_PG"):  # CI: a missing server is a failure
            pytest.fail(INSTALL_HINT)
        pytest.skip(INSTALL_HINT)
    yield server
    server.cleanup()


@pytest.fixture
def pg_url(pg, monkeypatch):
    """A fresh, empty database on the server; the password comes from the environment."""
    monkeypatch.setenv("DESK_SYNC_PASSWORD", PASSWORD)
    return pg.url(pg.new_database())


@pytest.fixture
def server_url(pg_url):
    """A server database with the Desk schema applied."""
    from desk.sync import schema
    from desk.sync.server import connect

    with connect(pg_url) as conn:
        schema.init(conn)
    return pg_url


@pytest.fixture
def make_log(tmp_path, _template_db, content):
    """A workstation's log file with ``calls`` demo calls (all with stage marks)."""
    from datetime import UTC, datetime

    from desk.core import demo
    from desk.store.db import open_db

    made = []

    def build(name: str, calls: int = 50, seed: int = 1, branch: str = "Espoo"):
        path = tmp_path / f"{name}.db"
        shutil.copy(_template_db, path)
        path.chmod(0o600)
        db = open_db(path)
        db.execute("update meta set value = ? where key = 'log_id'", [f"log-{name}"])
        db.conn.commit()
        demo.fill(db, calls, seed, datetime(2026, 11, 23, 9, tzinfo=UTC), content,
                  marks_for_last=calls)
        with db.conn:
            db.execute("update calls set branch = ?, workstation = ?", [branch, name])
        made.append(db)
        return db

    yield build
    for db in made:
        db.conn.close()


@pytest.fixture(autouse=True, scope="module")
def _collect_garbage_here():
    """Leave no cyclic garbage (connections, workers) for a later test's thread to collect
    while Qt objects exist: PySide6 can crash when a worker thread runs the collector."""
    yield
    import gc

    gc.collect()
