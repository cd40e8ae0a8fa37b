"""FROZEN COPY of desk/sync/queue.py before h2 (upsert by origin), the benchmark's baseline.

The local change queue (``sync_outbox``, m010) and what the console shows of it.

Triggers append ``(table, row id)`` in the transaction that changed the row, once sync is
switched on. The pusher reads a batch in one snapshot — each queued row's *current*
state, or its absence (a delete) — pushes it, then removes the entries it covered.
Plain ``sqlite3`` only: the console can call ``sync_state`` without loading psycopg.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from desk.sync.tables import COLUMNS, SYNCED

# meta keys
QUEUE_ON = "sync_queue"
LAST_SUCCESS = "sync_last_success_at"
LAST_ATTEMPT = "sync_last_attempt_at"
LAST_ERROR = "sync_last_error"
PUSHED_TOTAL = "sync_pushed_total"
SERVER = "sync_server"
BACKFILL = "sync_backfill"  # "table:last id queued" while the history is being queued
BACKFILL_CHUNK = 50_000


def _conn(db) -> sqlite3.Connection:
    return getattr(db, "conn", db)  # a sqlite-utils Database or a plain connection


@contextmanager
def writing(db) -> Iterator[sqlite3.Connection]:
    """One write transaction, started as a writer so SQLite waits for the lock."""
    conn = _conn(db)
    if conn.in_transaction:  # the caller's transaction: join it
        yield conn
        return
    conn.execute("begin immediate")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("select value from meta where key = ?", [key]).fetchone()
    return row[0] if row else None


def _set_meta(conn: sqlite3.Connection, values: dict[str, str | None]) -> None:
    conn.executemany("insert into meta (key, value) values (?, ?) "
                     "on conflict (key) do update set value = excluded.value",
                     list(values.items()))


def log_id(db) -> str:
    value = _meta(_conn(db), "log_id")
    if not value:
        raise RuntimeError("this log has no log_id (migration m004 missing)")
    return value


def is_enabled(db) -> bool:
    return _meta(_conn(db), QUEUE_ON) == "on"


def enable(db, chunk: int = BACKFILL_CHUNK) -> int:
    """Switch the queue on; the first time, queue every existing row too (the log's
    history goes to head office). The history is queued in short transactions, so a
    console writing meanwhile waits milliseconds, not seconds; an interrupted backfill
    resumes where it stopped. Returns how many history rows were queued now."""
    with writing(db) as conn:
        if _meta(conn, QUEUE_ON) != "on":
            _set_meta(conn, {QUEUE_ON: "on", BACKFILL: f"{SYNCED[0]}:0"})
    queued = 0
    while True:
        with writing(db) as conn:
            position = _meta(conn, BACKFILL)
            if not position:
                return queued
            table, after = position.split(":")
            count, last = conn.execute(
                f"select count(*), max(id) from (select id from {table} where id > ? "
                f"order by id limit ?)", [int(after), chunk]).fetchone()
            if count:
                conn.execute(f"insert into sync_outbox (tbl, row_id) select '{table}', id "
                             f"from {table} where id > ? and id <= ? order by id",
                             [int(after), last])
            queued += count
            if count == chunk:
                following = f"{table}:{last}"
            else:
                index = SYNCED.index(table) + 1
                following = f"{SYNCED[index]}:0" if index < len(SYNCED) else ""
            _set_meta(conn, {BACKFILL: following})


@dataclass
class Batch:
    """Queued rows as they are now: ``upserts[table]`` holds column values followed by
    the row's queue position; ``deletes[table]`` holds ``(id, seq)`` of rows gone."""

    last_seq: int
    entries: int
    upserts: dict[str, list[tuple]] = field(default_factory=dict)
    deletes: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(map(len, self.upserts.values())) + sum(map(len, self.deletes.values()))


def read_batch(db, limit: int) -> Batch | None:
    """The oldest ``limit`` queue entries and their rows, from one consistent snapshot."""
    conn = _conn(db)
    began = not conn.in_transaction
    if began:
        conn.execute("begin")
    try:
        entries = conn.execute("select seq, tbl, row_id from sync_outbox order by seq limit ?",
                               [limit]).fetchall()
        if not entries:
            return None
        latest: dict[str, dict[int, int]] = {}
        for seq, table, row_id in entries:
            latest.setdefault(table, {})[row_id] = seq  # ascending: the last one wins
        batch = Batch(last_seq=entries[-1][0], entries=len(entries))
        for table, seqs in latest.items():
            if table not in COLUMNS:
                continue  # a table a newer Desk syncs: its entries are skipped
            columns = ", ".join(COLUMNS[table])
            found = conn.execute(
                f"select {columns} from {table} where id in (select value from json_each(?))",
                [json.dumps(list(seqs))]).fetchall()
            batch.upserts[table] = [(*row, seqs[row[0]]) for row in found]
            present = {row[0] for row in found}
            gone = [(row_id, seq) for row_id, seq in seqs.items() if row_id not in present]
            if gone:
                batch.deletes[table] = gone
        return batch
    finally:
        if began:
            conn.rollback()  # a read: nothing to keep, the snapshot ends


def acknowledge(db, batch: Batch, now: str) -> None:
    """The server has the batch: drop its entries and note the success."""
    with writing(db) as conn:
        conn.execute("delete from sync_outbox where seq <= ?", [batch.last_seq])
        total = int(_meta(conn, PUSHED_TOTAL) or 0) + batch.rows
        _set_meta(conn, {LAST_SUCCESS: now, LAST_ATTEMPT: now, LAST_ERROR: "",
                         PUSHED_TOTAL: str(total)})


def record_result(db, now: str, error: str | None, server: str | None = None) -> None:
    """Note an attempt that pushed nothing new: its error, or that all is sent."""
    values: dict[str, str | None] = {LAST_ATTEMPT: now, LAST_ERROR: error or ""}
    if error is None:
        values[LAST_SUCCESS] = now
    if server is not None:
        values[SERVER] = server
    with writing(db) as conn:
        _set_meta(conn, values)


@dataclass(frozen=True)
class SyncState:
    """What the console and ``desk sync status`` show."""

    enabled: bool  # the queue is on (sync was configured at least once)
    waiting: int  # queued changes not yet on the server
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    pushed_total: int
    server: str | None
    waiting_by_table: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"enabled": self.enabled, "waiting": self.waiting,
                "waiting_by_table": dict(self.waiting_by_table),
                "last_success_at": self.last_success_at,
                "last_attempt_at": self.last_attempt_at, "last_error": self.last_error,
                "pushed_total": self.pushed_total, "server": self.server}


def sync_state(db, per_table: bool = False) -> SyncState:
    """The sync state of this log; cheap enough to poll off the UI thread, no network."""
    conn = _conn(db)
    meta = dict(conn.execute("select key, value from meta where key like 'sync\\_%' "
                             "escape '\\'").fetchall())
    if per_table:
        counts = dict(conn.execute("select tbl, count(*) from sync_outbox group by tbl"))
        by_table = {t: counts.get(t, 0) for t in SYNCED}
        waiting = sum(counts.values())
    else:
        by_table = {}
        waiting = conn.execute("select count(*) from sync_outbox").fetchone()[0]
    return SyncState(enabled=meta.get(QUEUE_ON) == "on", waiting=waiting,
                     last_success_at=meta.get(LAST_SUCCESS) or None,
                     last_attempt_at=meta.get(LAST_ATTEMPT) or None,
                     last_error=meta.get(LAST_ERROR) or None,
                     pushed_total=int(meta.get(PUSHED_TOTAL) or 0),
                     server=meta.get(SERVER) or None, waiting_by_table=by_table)
