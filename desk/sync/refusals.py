"""Pushes head office refused (another branch owns the log), counted in the log's ``meta``
for ``desk sync status`` and the console: ``sync_refused_total``, ``sync_last_refused_at``.
Plain ``sqlite3``: written in one short transaction of its own, or the caller's."""

from __future__ import annotations

import sqlite3

TOTAL, LAST_AT = "sync_refused_total", "sync_last_refused_at"


def record(conn: sqlite3.Connection, now: str) -> None:
    began = not conn.in_transaction
    if began:
        conn.execute("begin immediate")
    try:
        conn.execute("insert into meta (key, value) values (?, '1') on conflict (key) do "
                     "update set value = cast(value as integer) + 1", [TOTAL])
        conn.execute("insert into meta (key, value) values (?, ?) on conflict (key) do "
                     "update set value = excluded.value", [LAST_AT, now])
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
