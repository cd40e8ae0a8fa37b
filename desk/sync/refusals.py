"""Pushes head office refused (another branch owns the log), counted in the log's ``meta``
for ``desk sync status`` and the console: ``sync_refused_total``, ``sync_last_refused_at``.
Plain ``sqlite3``: written in one short transaction of its own, the caller's, or through
the injected ``write`` the push uses for its other local bookkeeping."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

TOTAL, LAST_AT = "sync_refused_total", "sync_last_refused_at"


def record(conn: sqlite3.Connection, now: str,
           write: Callable[[Callable[[sqlite3.Connection], None]], None] | None = None) -> None:
    """Count one refused push. ``write(fn)`` runs ``fn(conn)`` in one transaction where the
    console's writes go (its log thread); by default ``conn`` with BEGIN IMMEDIATE."""

    def count(target: sqlite3.Connection) -> None:
        target.execute("insert into meta (key, value) values (?, '1') on conflict (key) do "
                       "update set value = cast(value as integer) + 1", [TOTAL])
        target.execute("insert into meta (key, value) values (?, ?) on conflict (key) do "
                       "update set value = excluded.value", [LAST_AT, now])

    if write is not None:
        write(count)
        return
    began = not conn.in_transaction
    if began:
        conn.execute("begin immediate")
    try:
        count(conn)
    except BaseException:
        if began:
            conn.rollback()
        raise
    if began:
        conn.commit()


def counted(conn: sqlite3.Connection) -> tuple[int, str | None]:
    """How many pushes were refused, and when the last one was."""
    meta = dict(conn.execute("select key, value from meta where key in (?, ?)",
                             [TOTAL, LAST_AT]).fetchall())
    return int(meta.get(TOTAL) or 0), meta.get(LAST_AT) or None
