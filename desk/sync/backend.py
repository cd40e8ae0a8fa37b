"""The central database as a read-only report backend (``--db postgresql://...``).

It speaks the report's backend protocol (``query(sql, params)`` with ``?`` placeholders,
plus the few expressions SQL dialects spell differently), over the ``desk_report`` views:
the same table and column names as a local log, with ids made global, so the report's
portable SQL runs unchanged. ``branch`` narrows every view to one branch's logs.
"""

from __future__ import annotations

from decimal import Decimal

from desk.sync import schema
from desk.sync.errors import SyncProblem
from desk.sync.tables import SYNCED

# Unqualified on purpose: the search path finds ``desk_report.logs`` (every branch) for the
# reader and, since a branch role may not use that schema, ``public.logs`` (row-level
# security: only its own logs) for a branch.
LOGS = "logs"


def is_central(db_option: str | None) -> bool:
    """``--db`` names the central database rather than a log file."""
    return bool(db_option) and db_option.startswith(("postgresql://", "postgres://"))


def central_url(db_option: str | None) -> str | None:
    """The central database named by ``--db`` or ``DESK_DB``, if that is what they name."""
    import os

    value = db_option or os.environ.get("DESK_DB")
    return value if is_central(value) else None


def open_central(url: str, branch: str | None = None) -> PgBackend:
    """``PgBackend``, with a refusal as ``DatabaseProblem`` (the CLI: one line, exit 2)."""
    try:
        return PgBackend(url, branch=branch)
    except SyncProblem as exc:
        from desk.store.db import DatabaseProblem

        raise DatabaseProblem(str(exc)) from None


def translate(sql: str) -> str:
    """``?`` placeholders to psycopg's ``%s`` (and a literal ``%`` to ``%%``), leaving
    quoted strings and identifiers alone."""
    out, quote = [], None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


def _plain(value):
    # PostgreSQL sums and averages come back as Decimal; SQLite gives int or float.
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


class PgBackend:
    """Read-only: the session refuses writes, whatever SQL arrives."""

    fts = False  # search is ILIKE over topic and notes, not a full-text index

    def __init__(self, url: str, branch: str | None = None):
        import psycopg

        from desk.sync.server import connect, explain

        self.url = url
        self.conn = connect(url)
        self.conn.cursor_factory = psycopg.ClientCursor  # binds like SQLite: untyped values
        try:
            schema.check_current(self.conn)
            self.conn.execute(f"set search_path = {schema.REPORT_SCHEMA}, public")
            if branch:  # session-private views (pg_temp is searched first) over one branch
                for table in SYNCED:
                    self.conn.execute(
                        f"create temp view {table} as select * from "
                        f"{schema.REPORT_SCHEMA}.{table} where log_no in "
                        f"(select log_no from {schema.REPORT_SCHEMA}.logs "
                        f"where branch = %s)", [branch])
            self.conn.execute("set statement_timeout = 0")  # a big report may take a while
            self.conn.execute("set session characteristics as transaction read only")
        except psycopg.Error as exc:
            self.conn.close()
            raise SyncProblem(explain(url, exc)) from None
        except SyncProblem:
            self.conn.close()
            raise

    def query(self, sql: str, params: list) -> list[tuple]:
        with self.conn.cursor() as cur:
            cur.execute(translate(sql), list(params))
            return [tuple(_plain(v) for v in row) for row in cur.fetchall()]

    def seconds_between(self, earlier: str, later: str) -> str:
        return (f"(floor(extract(epoch from ({later})::timestamptz)) - "
                f"floor(extract(epoch from ({earlier})::timestamptz)))::bigint")

    def day_of(self, column: str) -> str:
        return f"substr({column}, 1, 10)"

    def hour_of(self, column: str) -> str:
        return f"substr({column}, 1, 13)"

    def search(self, text: str) -> tuple[str, list]:
        terms = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
        if not terms:
            return "1 = 1", []
        clauses, params = [], []
        for term in terms:
            like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(c.topic ilike ? or c.notes ilike ?)")
            params += [like, like]
        return " and ".join(clauses), params

    def data_version(self) -> tuple:
        """Changes whenever any log pushes (the review's refresh signal, like SQLite's
        ``pragma data_version``)."""
        return tuple(self.query("select count(*), coalesce(sum(rows_pushed), 0), "
                                f"coalesce(max(last_push_at), '') from {LOGS}", [])[0])

    def interrupt(self) -> None:
        """Stop the running query from another thread (it raises ``QueryCanceled``)."""
        self.conn.cancel_safe()

    def branches(self) -> list[str]:
        return [r[0] for r in self.query(f"select distinct branch from {LOGS} "
                                         "order by branch", [])]

    def close(self) -> None:
        self.conn.close()
