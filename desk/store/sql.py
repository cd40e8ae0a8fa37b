"""Plain INSERT/UPDATE for use inside ``db.atomic()``.

Why not sqlite-utils' ``table.insert``/``update`` here: they read the table's
schema first, which opens the transaction as a reader. In WAL mode, a reader
that then writes fails at once with "database is locked" if another connection
(an outbox worker) committed in between. Starting the transaction with the
write itself makes SQLite wait for the lock (busy timeout) instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def _name(identifier: str) -> str:
    if not identifier.replace("_", "").isalnum():
        raise ValueError(f"bad identifier {identifier!r}")
    return f"[{identifier}]"


def insert(db: Database, table: str, values: dict) -> int:
    columns = ", ".join(_name(c) for c in values)
    marks = ", ".join("?" for _ in values)
    cursor = db.execute(f"insert into {_name(table)} ({columns}) values ({marks})",
                        list(values.values()))
    return cursor.lastrowid


def insert_many(db: Database, table: str, rows: Iterable[dict]) -> None:
    rows = list(rows)
    if not rows:
        return
    keys = list(rows[0])
    columns = ", ".join(_name(c) for c in keys)
    marks = ", ".join("?" for _ in keys)
    db.conn.executemany(f"insert into {_name(table)} ({columns}) values ({marks})",
                        [[row[k] for k in keys] for row in rows])


def update(db: Database, table: str, row_id, values: dict, key: str = "id") -> int:
    if not values:
        return 0
    assignments = ", ".join(f"{_name(c)} = ?" for c in values)
    cursor = db.execute(f"update {_name(table)} set {assignments} where {_name(key)} = ?",
                        [*values.values(), row_id])
    return cursor.rowcount


def get(db: Database, table: str, row_id, key: str = "id") -> dict | None:
    cursor = db.execute(f"select * from {_name(table)} where {_name(key)} = ?", [row_id])
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    return dict(zip(names, rows[0], strict=True)) if rows else None


def claim_write_lock(db: Database) -> None:
    """First statement of a transaction that must read before it writes: a no-op write
    that makes SQLite take (or wait for) the write lock now."""
    db.execute("update meta set value = value where 0")
