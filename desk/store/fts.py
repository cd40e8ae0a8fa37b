"""The calls' full-text index (``calls_fts``, migration m007) during bulk loads.

Its per-row insert trigger makes a bulk insert about six times slower than indexing the
new rows in one statement afterwards, so demo data and merges set the trigger aside for
the duration of their transaction (and put back the very same trigger text).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

TRIGGER = "calls_fts_insert"


@contextmanager
def bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """Use inside a transaction that inserts many calls: they are indexed in one go at the
    end. Calls must be inserted with ids above every existing one."""
    row = conn.execute("select sql from sqlite_master where type = 'trigger' and name = ?",
                       [TRIGGER]).fetchone()
    if row is None:
        yield
        return
    first = (conn.execute("select max(id) from calls").fetchone()[0] or 0) + 1
    conn.execute(f"drop trigger {TRIGGER}")
    yield
    conn.execute("insert into calls_fts (rowid, topic, notes) "
                 "select id, topic, notes from calls where id >= ?", [first])
    conn.execute(row[0])
