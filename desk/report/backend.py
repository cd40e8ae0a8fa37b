"""Where the report's SQL runs: a tiny protocol, so head office can run the same report
against PostgreSQL (its backend translates the ``?`` placeholders).

The shared queries use only portable SQL (CASE, COUNT/SUM, GROUP BY, subqueries); the few
things SQL dialects spell differently are the backend's to write: seconds between two
timestamps, a timestamp's UTC day and hour, and the text search.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol


class Backend(Protocol):
    def query(self, sql: str, params: list) -> list[tuple]:
        """Run one SELECT with ``?`` placeholders; all rows as tuples."""

    def seconds_between(self, earlier: str, later: str) -> str:
        """SQL expression: whole seconds from timestamp expression ``earlier`` to ``later``."""

    def day_of(self, column: str) -> str:
        """SQL expression: the UTC day of a timestamp column as text ``YYYY-MM-DD``."""

    def hour_of(self, column: str) -> str:
        """SQL expression: the UTC hour of a timestamp column as text ``YYYY-MM-DDTHH``."""

    def search(self, text: str) -> tuple[str, list]:
        """A condition on ``calls c`` matching every word of ``text`` in topic or notes."""


def words(text: str) -> list[str]:
    return [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]


class SqliteBackend:
    """The local log. ``fts`` is False on a log older than migration m007: search then
    uses LIKE (slower on a big log, and the window says so)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.fts = conn.execute(
            "select 1 from sqlite_master where name = 'calls_fts'").fetchone() is not None
        self._epoch = sqlite3.sqlite_version_info >= (3, 38, 0)

    def query(self, sql: str, params: list) -> list[tuple]:
        return self.conn.execute(sql, list(params)).fetchall()

    def seconds_between(self, earlier: str, later: str) -> str:
        if self._epoch:
            return f"(unixepoch({later}) - unixepoch({earlier}))"
        return f"cast(round((julianday({later}) - julianday({earlier})) * 86400) as integer)"

    def day_of(self, column: str) -> str:
        return f"substr({column}, 1, 10)"

    def hour_of(self, column: str) -> str:
        return f"substr({column}, 1, 13)"

    def search(self, text: str) -> tuple[str, list]:
        terms = words(text)
        if not terms:
            return "1 = 1", []
        if self.fts:
            # Each word as a quoted prefix term: whatever the user types is never FTS syntax.
            match = " ".join(f'"{t}"*' for t in terms)
            return "c.id in (select rowid from calls_fts where calls_fts match ?)", [match]
        clauses, params = [], []
        for term in terms:
            like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(c.topic like ? escape '\\' or c.notes like ? escape '\\')")
            params += [like, like]
        return " and ".join(clauses), params


def open_readonly(path: Path | str) -> sqlite3.Connection:
    """Open a Desk log read-only (never created, never migrated), beside a console that
    may be writing to it; refuse what is not a Desk log with a ``DatabaseProblem``."""
    from desk.store.db import DatabaseProblem, DatabaseTooNew, NotADeskDatabase, explain

    path = Path(path)
    if not path.is_file():
        raise DatabaseProblem(f"{path}: no such database" if not path.exists()
                              else f"{path}: is not a file")
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                           check_same_thread=False)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        if "_sqlite_migrations" not in tables or "calls" not in tables:
            raise NotADeskDatabase(f"{path}: this SQLite file is not a Desk database; "
                                   "it was left untouched")
        applied = {r[0] for r in conn.execute(
            "select name from _sqlite_migrations where migration_set = 'desk'")}
        unknown = applied - known_migrations()
        if unknown:
            raise DatabaseTooNew(f"{path}: this database was written by a newer Desk (schema "
                                 f"steps {', '.join(sorted(unknown))}); update Desk to open it")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise explain(path, exc) from None
    except DatabaseProblem:
        conn.close()
        raise
    return conn


def known_migrations() -> set[str]:
    from desk.store.migrations import migrations

    return {m.name for m in migrations._migrations}
