"""Shared by the sync benchmarks: a throwaway PostgreSQL and workstation logs of demo calls."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.sync.pgserver import INSTALL_HINT, PASSWORD, start_server  # noqa: E402

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def server():
    """Start PostgreSQL (exit with the install hint without one); set the password env."""
    srv = start_server()
    if srv is None:
        print(f"skipped: {INSTALL_HINT}")
        sys.exit(0)
    os.environ["DESK_SYNC_PASSWORD"] = PASSWORD
    return srv


def initialised(srv, name: str) -> str:
    from desk.sync import schema
    from desk.sync.server import connect

    url = srv.url(srv.new_database(name))
    with connect(url) as conn:
        schema.init(conn)
    return url


def make_log(folder: Path, name: str, calls: int, seed: int, marks_for: int) -> Path:
    """A log with ``calls`` demo calls, ``marks_for`` of them with their stage marks."""
    from desk import content
    from desk.core import demo
    from desk.store.db import open_db

    path = folder / f"{name}.db"
    db = open_db(path)
    db.execute("update meta set value = ? where key = 'log_id'", [f"bench-{name}-{seed}"])
    db.conn.commit()
    demo.fill(db, calls, seed, NOW, content.load("en"), marks_for_last=marks_for)
    db.conn.close()
    return path


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="desk-sync-bench-"))


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def local_rows(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        from desk.sync.tables import SYNCED

        return sum(conn.execute(f"select count(*) from {t}").fetchone()[0] for t in SYNCED)
    finally:
        conn.close()


def baseline_copy(srv, paths: list[Path]) -> tuple[float, int]:
    """Plain COPY of the logs' rows into unindexed tables: the server's raw ingest speed."""
    import sqlite3
    import time

    from desk.sync.server import connect
    from desk.sync.tables import COLUMNS

    url = srv.url(srv.new_database("raw"))
    rows = 0
    with connect(url) as conn:
        for table, columns in COLUMNS.items():
            body = ", ".join(f"{c} {t}" for c, t in columns.items())
            conn.execute(f"create table {table} (log_id text, {body})")
        start = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur:
            for path in paths:
                local = sqlite3.connect(path)
                for table, columns in COLUMNS.items():
                    with cur.copy(f"copy {table} (log_id, {', '.join(columns)}) "
                                  "from stdin") as copy:
                        for row in local.execute(f"select {', '.join(columns)} from {table}"):
                            copy.write_row((path.stem, *row))
                            rows += 1
                local.close()
        return time.perf_counter() - start, rows
