"""Rows whose values do not fit their columns: refused at merge and at push, kept aside.

SQLite stores whatever it is given (``'abc'`` in ``duration_s``, ``'yesterday-ish'`` in
``started_at``, bytes in ``topic``). Such a row is never merged or pushed: it goes to the
``quarantine`` table (m011) with the reason and the row as JSON, and the command counts
it. Reports skip what they cannot read (``desk.report.readable``).
"""

from __future__ import annotations

import json
import sqlite3

INTEGER, NUMBER, TEXT, TIME = "integer", "number", "text", "time"


def is_time_column(name: str) -> bool:
    return name == "at" or name.endswith("_at")


def kinds(conn: sqlite3.Connection, schema: str, table: str) -> dict[str, str]:
    """Each column's kind, from its declared type (and ``*_at``: a timestamp)."""
    out = {}
    for _cid, name, declared, *_rest in conn.execute(f"pragma {schema}.table_info({table})"):
        declared = (declared or "").upper()
        if "INT" in declared:
            out[name] = INTEGER
        elif any(k in declared for k in ("REAL", "FLOA", "DOUB")):
            out[name] = NUMBER
        elif is_time_column(name):
            out[name] = TIME
        else:
            out[name] = TEXT
    return out


def _column_check(column: str, kind: str, ref: str) -> tuple[str, str]:
    if kind == INTEGER:
        return f"typeof({ref}) not in ('integer', 'null')", f"{column}: not a whole number"
    if kind == NUMBER:
        return (f"typeof({ref}) not in ('integer', 'real', 'null')",
                f"{column}: not a number")
    if kind == TIME:
        return (f"({ref} is not null and (typeof({ref}) <> 'text' or julianday({ref}) "
                f"is null))", f"{column}: not a time")
    # A text column can hold only text, NULL or (by accident) bytes: numbers are stored as
    # text there by the column's affinity. One comparison is enough.
    return f"typeof({ref}) = 'blob'", f"{column}: not text"


def bad_value_sql(conn, schema: str, table: str, alias: str, columns=None) -> str:
    """An SQL expression on row ``alias``: NULL when every value fits, else the reason."""
    checks = [_column_check(c, k, f"{alias}.{c}") for c, k in kinds(conn, schema, table).items()
              if columns is None or c in columns or c == "id"]
    if not checks:
        return "null"
    whens = " ".join(f"when {cond} then '{why}'" for cond, why in checks)
    return f"(case {whens} end)"


def bad_value(row: dict, column_kinds: dict[str, str]) -> str | None:
    """The same check in Python, for rows already read (the push)."""
    from datetime import datetime

    for column, kind in column_kinds.items():
        value = row.get(column)
        if value is None:
            continue
        if kind == INTEGER and type(value) is not int:
            return f"{column}: not a whole number"
        if kind == NUMBER and type(value) not in (int, float):
            return f"{column}: not a number"
        if kind in (TEXT, TIME) and type(value) is not str:
            return f"{column}: not text" if kind == TEXT else f"{column}: not a time"
        if kind == TEXT and "\x00" in value:
            return f"{column}: holds a NUL character"
        if kind == TIME:
            try:
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return f"{column}: not a time"
    return None


def _json_value(ref: str) -> str:
    return f"case when typeof({ref}) = 'blob' then 'x''' || hex({ref}) || '''' else {ref} end"


def keep(conn, stage: str, source: str, table: str, now: str, select: str,
         columns: list[str]) -> None:
    """Insert the rows ``select`` yields — columns ``log_id, row_id, reason, row``, with
    ``{row}`` in it standing for the row ``s`` as JSON — once per (stage, table, origin)."""
    row = "json_object(" + ", ".join(f"'{c}', {_json_value('s.' + c)}" for c in columns) + ")"
    conn.execute(f"insert into main.quarantine (at, stage, source, log_id, tbl, row_id, "
                 f"reason, row) select ?, ?, ?, q.log_id, ?, q.row_id, q.reason, q.row "
                 f"from ({select.format(row=row)}) q where true on conflict (stage, tbl, log_id, row_id) do update set "
                 f"at = excluded.at, reason = excluded.reason, row = excluded.row",
                 [now, stage, source, table])


def keep_rows(conn, stage: str, source: str, table: str, now: str,
              rows: list[tuple[str, int, str, dict]]) -> None:
    """The same for rows already read in Python: ``(log_id, row id, reason, row)``."""
    def plain(value):
        return f"x'{value.hex()}'" if isinstance(value, bytes) else value

    conn.executemany(
        "insert into quarantine (at, stage, source, log_id, tbl, row_id, reason, row) "
        "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (stage, tbl, log_id, row_id) do update "
        "set at = excluded.at, reason = excluded.reason, row = excluded.row",
        [(now, stage, source, log_id, table, row_id, reason,
          json.dumps({k: plain(v) for k, v in row.items()})) for log_id, row_id, reason, row
         in rows])
