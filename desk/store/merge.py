"""``desk merge``: several workstations' logs into one, set-based SQL over ATTACHed files.

Rows are told apart by where they were first written, their origin ``(log_id, table,
id)`` — never by host name or local id, which machines cloned from one image share.
``merged_rows`` keeps that origin for every merged row (also rows that came through an
earlier merge). Merge is an upsert by origin: a row merged before is updated when the
source changed it later (``changed_at``: an answered callback, edited notes, a delay
notice), otherwise left alone, so merging the same log twice changes nothing.

A source speaks for its own log (it holds that log's secret, meta ``log_secret``) and for
rows it received from other logs whose secret it holds (its ``origins``). A claim it
cannot back — another log's rows without that log's secret, or with a secret other than
the one this file already knows — is refused and counted; the real rows are never skipped
or overwritten by it. A row whose values do not fit their columns is kept in
``quarantine`` with the reason, never merged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desk.store import fts, quarantine

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
WHY = {"merged": "already merged, unchanged since",
       "own": "first written in the target log itself",
       "open": "call still in progress (merge again later)",
       "orphan": "belongs to a call or callback that was not merged",
       "bad": "a value does not fit its column (kept in the quarantine table)",
       "claim": "claimed to come from another log without that log's secret (refused)"}


@dataclass
class Outcome:
    source: str
    log_id: str | None
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)  # changed in the source since
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> rows
    refused: str | None = None  # the whole file was refused, and why
    corrected: int = 0  # rows an earlier, false claim had brought in, now the real ones


def _columns(conn, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma {schema}.table_info({table})")]


def _meta(conn, schema: str, key: str) -> str | None:
    try:
        row = conn.execute(f"select value from {schema}.meta where key = ?", [key]).fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def _log_id(conn, schema: str) -> str | None:
    return _meta(conn, schema, "log_id")


def _tables(conn, schema: str) -> set[str]:
    return {r[0] for r in conn.execute(f"select name from {schema}.sqlite_master "
                                       "where type = 'table'")}


def merge_file(conn: sqlite3.Connection, source: Path, target_log: str, now: str) -> Outcome:
    """Merge one read-only source log into the open target ``conn`` (one transaction)."""
    uri = source.resolve().as_uri() + "?mode=ro"
    conn.execute("attach database ? as src", [uri])
    try:
        src_log = _log_id(conn, "src")
        outcome = Outcome(str(source), src_log)
        secret = _meta(conn, "src", "log_secret")
        if src_log is None or secret is None:
            outcome.refused = ("it has no log id or secret (written by an older Desk): open "
                               "it once with this Desk, then merge it")
            return outcome
        if src_log == target_log:
            outcome.refused = "it is the target log itself (same log id)"
            return outcome
        src_tables = _tables(conn, "src")
        conn.execute("begin immediate")
        try:
            correct = _check_claims(conn, source, src_log, secret, target_log, src_tables,
                                    now, outcome)
            if outcome.refused:
                conn.execute("rollback")
                return outcome
            with fts.bulk_load(conn):
                for table, parent, cond in TABLES:
                    _merge_table(conn, table, parent, cond, src_log, target_log, correct,
                                 "merged_rows" in src_tables, source, now, outcome)
            total = sum(outcome.added.values())
            skipped = sum(outcome.skipped.values())
            detail = [f"{n} {WHY[k]}" for k, n in outcome.skipped.items()]
            if outcome.updated:
                detail.insert(0, f"{sum(outcome.updated.values())} updated")
            conn.execute("insert into merges (log_id, source, merged_at, added, skipped, "
                         "detail) values (?, ?, ?, ?, ?, ?)",
                         [src_log, str(source), now, total, skipped, "; ".join(detail)])
            conn.execute("commit")
        except BaseException:
            conn.execute("rollback")
            raise
        return outcome
    finally:
        for temp in ("o", "n", "trusted") + tuple(f"map_{t}" for t, _p, _c in TABLES):
            conn.execute(f"drop table if exists temp.{temp}")
        conn.execute("detach database src")


def _check_claims(conn, source, src_log, secret, target_log, src_tables, now,
                  outcome) -> bool:
    """Which origins the source may speak for (``temp.trusted``). Returns True when the
    target's rows of the source's own log came through a false claim and are to be
    replaced by the real ones, whatever their change times."""
    known = conn.execute("select secret, direct from main.origins where log_id = ?",
                         [src_log]).fetchone()
    correct = False
    if known is None:
        conn.execute("insert into main.origins (log_id, secret, direct, first_seen_at, "
                     "source) values (?, ?, 1, ?, ?)", [src_log, secret, now, str(source)])
    elif known[0] != secret:
        if known[1]:
            outcome.refused = (f"it claims to be log {src_log}, but another file with that "
                               "log id and a different secret was merged before")
            return False
        correct = True  # the earlier rows of this log came second-hand, with a false secret
        conn.execute("update main.origins set secret = ?, direct = 1, source = ? "
                     "where log_id = ?", [secret, str(source), src_log])
    elif not known[1]:
        conn.execute("update main.origins set direct = 1 where log_id = ?", [src_log])
    conn.execute("create temp table trusted (log_id text primary key)")
    conn.execute("insert into temp.trusted values (?)", [src_log])
    if "merged_rows" not in src_tables:
        return correct
    has_origins = "origins" in src_tables
    claimed = conn.execute(
        "select distinct r.log_id, " + ("so.secret" if has_origins else "null") +
        " from src.merged_rows r " +
        ("left join src.origins so on so.log_id = r.log_id " if has_origins else "") +
        "where r.log_id not in (?, ?)", [src_log, target_log]).fetchall()
    for log_id, claimed_secret in claimed:
        mine = conn.execute("select secret from main.origins where log_id = ?",
                            [log_id]).fetchone()
        if claimed_secret is None or (mine is not None and mine[0] != claimed_secret):
            continue  # refused: counted per row as "claim"
        if mine is None:  # first seen second-hand: believed until the log itself comes
            conn.execute("insert into main.origins (log_id, secret, direct, first_seen_at, "
                         "source) values (?, ?, 0, ?, ?)",
                         [log_id, claimed_secret, now, str(source)])
        conn.execute("insert into temp.trusted values (?)", [log_id])
    return correct


def _merge_table(conn, table, parent, cond, src_log, target_log, correct, has_origins,
                 source, now, outcome):
    src_cols = set(_columns(conn, "src", table))
    shared = [c for c in _columns(conn, "main", table) if c in src_cols
              and c != "id" and (parent is None or c != parent[0])]
    origin = ("left join src.merged_rows r on r.tbl = ? and r.local_id = s.id"
              if has_origins else "left join (select null as log_id, null as source_id) r on ?")
    parent_join, parent_ok = "", "1"
    if parent is not None:
        column, parent_table = parent
        parent_join = f"left join temp.map_{parent_table} p on p.src_id = s.{column}"
        parent_ok = f"(s.{column} is null or p.local_id is not null)"
    bad = quarantine.bad_value_sql(conn, "main", table, "s", shared)
    # Each source row: its origin, what is wrong with it, and what it is in the target
    # (merged before, or first written there).
    conn.execute("drop table if exists temp.o")
    conn.execute(
        f"create temp table o as select x.*, coalesce(m.local_id, case when x.log_id = ? "
        f"then x.origin_id end) as local_id, "
        f"case when x.log_id = ? then 'own' when x.bad is not null then 'bad' "
        f"when x.log_id not in (select log_id from temp.trusted) then 'claim' "
        f"when not x.ok then 'left' when m.local_id is not null then 'known' "
        f"else 'new' end as state "
        f"from (select s.id as src_id, coalesce(r.log_id, ?) as log_id, "
        f"coalesce(r.source_id, s.id) as origin_id, {bad} as bad, "
        f"({parent_ok} and ({cond or '1'})) as ok, "
        f"{'p.local_id' if parent else 'null'} as parent_local "
        f"from src.{table} s {origin} {parent_join}) x "
        f"left join main.merged_rows m on m.log_id = x.log_id and m.tbl = ? "
        f"and m.source_id = x.origin_id",
        [target_log, target_log, src_log, table, table])
    conn.execute("create index temp.o_src on o (src_id)")
    counts = dict(conn.execute("select state, count(*) from temp.o group by state"))
    if counts.get("bad"):
        quarantine.keep(conn, "merge", str(source), table, now,
                        f"select o.log_id, o.origin_id as row_id, o.bad as reason, {{row}} as row "
                        f"from temp.o o "
                        f"join src.{table} s on s.id = o.src_id where o.state = 'bad'",
                        [c for c in _columns(conn, "src", table)])
    base = conn.execute(f"select coalesce(max(id), 0) from main.{table}").fetchone()[0]
    conn.execute("drop table if exists temp.n")
    conn.execute(f"create temp table n as select src_id, log_id, origin_id, parent_local, "
                 f"{base} + row_number() over (order by src_id) as local_id "
                 f"from temp.o where state = 'new'")
    parent_value = f"{parent[0]}, " if parent else ""
    conn.execute(f"insert into main.{table} (id, {parent_value}{', '.join(shared)}) "
                 f"select n.local_id, {'n.parent_local, ' if parent else ''}"
                 f"{', '.join('s.' + c for c in shared)} "
                 f"from temp.n n join src.{table} s on s.id = n.src_id order by n.local_id")
    added = counts.get("new", 0)
    conn.execute("insert into main.merged_rows (log_id, tbl, source_id, local_id) "
                 "select log_id, ?, origin_id, local_id from temp.n", [table])
    updated = _update_changed(conn, table, shared, src_log, correct) if counts.get("known") \
        else 0
    conn.execute(f"create temp table map_{table} as select src_id, local_id from temp.o "
                 f"where state in ('own', 'known', 'bad', 'left') and local_id is not null "
                 f"union all select src_id, local_id from temp.n")
    conn.execute(f"create index temp.map_{table}_src on map_{table} (src_id)")
    left = counts.get("left", 0)
    for reason, rows in (("own", counts.get("own", 0)),
                         ("merged", counts.get("known", 0) - updated),
                         ("bad", counts.get("bad", 0)), ("claim", counts.get("claim", 0)),
                         ("open" if table == "calls" else "orphan", left)):
        if rows:
            outcome.skipped[reason] = outcome.skipped.get(reason, 0) + rows
    outcome.added[table] = added
    if updated:
        outcome.updated[table] = updated
    if correct:
        outcome.corrected += conn.execute("select count(*) from temp.o where state = 'known' "
                                          "and log_id = ?", [src_log]).fetchone()[0]


def _update_changed(conn, table, shared, src_log, correct) -> int:
    """Rows merged before that the source changed since (a later ``changed_at``) take the
    source's values; rows a false claim brought in take the real ones."""
    later = "coalesce(s.changed_at, '') > coalesce(t.changed_at, '')"
    params = []
    if correct:
        later, params = f"({later} or o.log_id = ?)", [src_log]
    sets = ", ".join(f"{c} = s.{c}" for c in shared)
    cur = conn.execute(
        f"update main.{table} as t set {sets} from temp.o o join src.{table} s "
        f"on s.id = o.src_id where o.state = 'known' and t.id = o.local_id and {later}",
        params)
    return cur.rowcount
