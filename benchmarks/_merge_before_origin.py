"""FROZEN COPY of desk/store/merge.py before h2 (upsert by origin), the benchmark's baseline.

``desk merge``: several workstations' logs into one, set-based SQL over ATTACHed files.

Rows are told apart by where they were first written, ``(log_id, table, id)`` — never by
host name or local id, which machines cloned from one image share. ``merged_rows`` keeps
that origin for every merged row (also rows that came through an earlier merge), so
merging the same log twice adds nothing. Merge only adds rows; it never changes or
deletes one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desk.store import fts

# table, (parent column, parent table) or None, extra condition on the source row ``s``
TABLES = [
    ("calls", None, "s.ended_at is not null"),
    ("stage_marks", ("call_id", "calls"), None),
    ("callbacks", ("call_id", "calls"), None),
    ("callback_notices", ("callback_id", "callbacks"), None),
    ("callback_events", ("callback_id", "callbacks"), None),
    ("incidents", ("call_id", "calls"), None),
    ("deliveries", ("incident_id", "incidents"), None),
]
WHY = {"merged": "already merged", "own": "first written in the target log itself",
       "open": "call still in progress (merge again later)",
       "orphan": "belongs to a call or callback that was not merged"}


@dataclass
class Outcome:
    source: str
    log_id: str | None
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> rows
    refused: str | None = None  # the whole file was refused, and why


def _columns(conn, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma {schema}.table_info({table})")]


def _log_id(conn, schema: str) -> str | None:
    try:
        row = conn.execute(f"select value from {schema}.meta where key = 'log_id'").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def merge_file(conn: sqlite3.Connection, source: Path, target_log: str, now: str) -> Outcome:
    """Merge one read-only source log into the open target ``conn`` (one transaction)."""
    uri = source.resolve().as_uri() + "?mode=ro"
    conn.execute("attach database ? as src", [uri])
    try:
        src_log = _log_id(conn, "src")
        outcome = Outcome(str(source), src_log)
        if src_log is None:
            outcome.refused = ("it has no log id (written by a Desk older than m004): open it "
                               "once with this Desk, then merge it")
            return outcome
        if src_log == target_log:
            outcome.refused = "it is the target log itself (same log id)"
            return outcome
        has_origins = "merged_rows" in {r[0] for r in conn.execute(
            "select name from src.sqlite_master where type = 'table'")}
        conn.execute("begin immediate")
        try:
            with fts.bulk_load(conn):
                for table, parent, cond in TABLES:
                    _merge_table(conn, table, parent, cond, src_log, target_log,
                                 has_origins, outcome)
            total = sum(outcome.added.values())
            skipped = sum(outcome.skipped.values())
            conn.execute("insert into merges (log_id, source, merged_at, added, skipped, "
                         "detail) values (?, ?, ?, ?, ?, ?)",
                         [src_log, str(source), now, total, skipped,
                          "; ".join(f"{n} {WHY[k]}" for k, n in outcome.skipped.items())])
            conn.execute("commit")
        except BaseException:
            conn.execute("rollback")
            raise
        return outcome
    finally:
        for temp in ("o", "n") + tuple(f"map_{t}" for t, _p, _c in TABLES):
            conn.execute(f"drop table if exists temp.{temp}")
        conn.execute("detach database src")


def _merge_table(conn, table, parent, cond, src_log, target_log, has_origins, outcome):
    shared = [c for c in _columns(conn, "main", table) if c in set(_columns(conn, "src", table))
              and c != "id" and (parent is None or c != parent[0])]
    origin = ("left join src.merged_rows r on r.tbl = ? and r.local_id = s.id"
              if has_origins else "left join (select null as log_id, null as source_id) r on ?")
    conn.execute("drop table if exists temp.o")
    conn.execute(f"create temp table o as select s.id as src_id, "
                 f"coalesce(r.log_id, ?) as log_id, coalesce(r.source_id, s.id) as origin_id "
                 f"from src.{table} s {origin}", [src_log, table])
    conn.execute("create index temp.o_src on o (src_id)")
    # What each source row is in the target: merged before, or first written there.
    known = ("select o.src_id, coalesce(m.local_id, case when o.log_id = ? then o.origin_id "
             "end) as local_id from o left join main.merged_rows m on m.log_id = o.log_id "
             "and m.tbl = ? and m.source_id = o.origin_id")
    conn.execute("drop table if exists temp.n")
    parent_join, parent_ok, parent_value = "", "1 = 1", ""
    if parent is not None:
        column, parent_table = parent
        parent_join = f"left join temp.map_{parent_table} p on p.src_id = s.{column}"
        parent_ok = f"(s.{column} is null or p.local_id is not null)"
        parent_value = f"{column}, "
    base = conn.execute(f"select coalesce(max(id), 0) from main.{table}").fetchone()[0]
    conn.execute(
        f"create temp table n as select k.src_id, o.log_id, o.origin_id, "
        f"{base} + row_number() over (order by k.src_id) as local_id, "
        f"{'p.local_id' if parent else 'null'} as parent_local "
        f"from ({known}) k join o on o.src_id = k.src_id join src.{table} s on s.id = k.src_id "
        f"{parent_join} where k.local_id is null and {parent_ok} and ({cond or '1 = 1'})",
        [target_log, table])
    cols = ", ".join(shared)
    conn.execute(f"insert into main.{table} (id, {parent_value}{cols}) "
                 f"select n.local_id, {'n.parent_local, ' if parent else ''}"
                 f"{', '.join('s.' + c for c in shared)} "
                 f"from temp.n n join src.{table} s on s.id = n.src_id order by n.local_id")
    added = conn.execute("select count(*) from temp.n").fetchone()[0]
    conn.execute("insert into main.merged_rows (log_id, tbl, source_id, local_id) "
                 "select log_id, ?, origin_id, local_id from temp.n", [table])
    conn.execute(f"create temp table map_{table} as {known}", [target_log, table])
    conn.execute(f"delete from temp.map_{table} where local_id is null")
    conn.execute(f"create index temp.map_{table}_src on map_{table} (src_id)")
    # Why the others were left out.
    total = conn.execute("select count(*) from o").fetchone()[0]
    own = conn.execute("select count(*) from o where log_id = ?", [target_log]).fetchone()[0]
    merged_before = total - own - added - _left_out(conn, table, parent, cond)
    for reason, rows in (("own", own), ("merged", merged_before),
                         ("open" if table == "calls" else "orphan", total - own - added
                          - merged_before)):
        if rows:
            outcome.skipped[reason] = outcome.skipped.get(reason, 0) + rows
    outcome.added[table] = added


def _left_out(conn, table, parent, cond) -> int:
    """Source rows neither merged before nor added: open calls, or whose parent is missing."""
    parent_bad = "0 = 1"
    if parent is not None:
        column, parent_table = parent
        parent_bad = (f"(s.{column} is not null and s.{column} not in "
                      f"(select src_id from temp.map_{parent_table}))")
    bad = f"({parent_bad} or not ({cond or '1 = 1'}))"
    return conn.execute(f"select count(*) from src.{table} s where {bad} and s.id not in "
                        f"(select src_id from temp.map_{table})").fetchone()[0] \
        if _exists(conn, f"map_{table}") else 0


def _exists(conn, temp_table: str) -> bool:
    return conn.execute("select 1 from temp.sqlite_master where name = ?",
                        [temp_table]).fetchone() is not None
