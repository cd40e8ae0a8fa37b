"""sqlite-utils' ``Database`` over an open connection, built the first time it is needed.

Importing sqlite-utils costs about 0.1 s; the console's first read of the log (the calls a
crash left open) needs none of it. Plain reads (``select``/``with``) go straight to the
connection until then; anything else builds the real ``Database`` and hands over to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

_READS = ("select", "with")


def _is_read(sql: str) -> bool:
    return sql.lstrip().split(None, 1)[0].lower() in _READS if sql.strip() else False


class LazyDatabase:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._db = None

    @property
    def built(self) -> bool:
        return self._db is not None

    def materialize(self):
        """The real sqlite-utils ``Database`` (imported and built now if not yet)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)  # no plugins: less to load
        return self._db

    def query(self, sql: str, params: Any = None) -> Iterator[dict]:
        if self._db is None and _is_read(sql):
            cursor = self.conn.execute(sql, params if params is not None else ())
            keys = [column[0] for column in cursor.description]
            return (dict(zip(keys, row, strict=True)) for row in cursor)
        return self.materialize().query(sql, params)

    def execute(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        if self._db is None and _is_read(sql):
            return self.conn.execute(sql, params if params is not None else ())
        return self.materialize().execute(sql, params)

    def __getitem__(self, name: str):
        return self.materialize()[name]

    def __getattr__(self, name: str):  # only for what is not defined here
        if name.startswith("__") or name == "_db":
            raise AttributeError(name)
        return getattr(self.materialize(), name)
