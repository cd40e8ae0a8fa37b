"""Pushing the local queue to the server: an idempotent upsert keyed by ``(log_id, id)``,
the row's ORIGIN log id and ORIGIN row id.

A row received from another log (``desk merge``, or the rows a copied log had before it
got its own id) is pushed under that log's id and its id there, so a call reaches head
office once whether it came directly or through a merged file. A later change wins
(``changed_at``, stamped locally by trigger); of two states with the same change time,
the one with the higher queue position. A row whose values do not fit their columns is
kept in the local ``quarantine`` table, never pushed, and counted.

One batch = one server transaction: copy the rows into a staging table, upsert them,
delete rows this log (its own rows only) no longer has, commit; only then the local
entries are dropped. A crash at any point
leaves entries that are pushed again, which rewrites the same rows: never a duplicate.
A per-log advisory lock keeps two pushers of one log (console and ``desk sync now``)
from interleaving.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desk.core.clock import Clock, SystemClock, to_iso
from desk.sync import queue, refusals, schema
from desk.sync.errors import SyncProblem, is_refusal
from desk.sync.settings import SyncSettings
from desk.sync.tables import COLUMNS

log = logging.getLogger("desk.sync")
BATCH_ROWS = 5000
STEP_BUDGET_S = 2.0  # one step stays short, so the supervisor's deadline never trips
EXTRA = ("log_id", "log_no", "sync_seq", "changed_at")
# A later change wins; of two states with the same change time, the later queue position.
NEWER = ("(coalesce(excluded.changed_at, '') > coalesce({t}.changed_at, '') or "
         "(coalesce(excluded.changed_at, '') = coalesce({t}.changed_at, '') and "
         "{t}.sync_seq <= excluded.sync_seq))")


def _upsert_sql(table: str) -> tuple[str, str, str]:
    columns = list(COLUMNS[table])
    names = ", ".join((*EXTRA, *columns))
    stage = f"desk_stage_{table}"
    create = (f"create temp table if not exists {stage} "
              f"(like public.{table} including defaults) on commit delete rows")
    copy = f"copy {stage} ({names}) from stdin"
    updates = ", ".join(f"{c} = excluded.{c}"
                        for c in ("sync_seq", "changed_at", *columns[1:]))
    upsert = (f"insert into public.{table} ({names}) select {names} from {stage} "
              f"on conflict (log_id, id) do update set {updates} "
              f"where {NEWER.format(t='public.' + table)}")
    return create, copy, upsert


def fingerprint(secret: str | None) -> str | None:
    """What head office keeps of a log's secret (never the secret itself)."""
    import hashlib

    return hashlib.sha256(secret.encode()).hexdigest() if secret else None


def _register(cur, log_id: str, settings: SyncSettings, now: str, rows: int,
              print_: str | None = None) -> int:
    cur.execute("insert into logs (log_id, branch, workstation, first_push_at, last_push_at, "
                "rows_pushed, fingerprint) values (%s, %s, %s, %s, %s, %s, %s) "
                "on conflict (log_id) do update "
                "set branch = excluded.branch, workstation = excluded.workstation, "
                "last_push_at = excluded.last_push_at, "
                "rows_pushed = logs.rows_pushed + excluded.rows_pushed, "
                "fingerprint = coalesce(logs.fingerprint, excluded.fingerprint) "
                "returning log_no, fingerprint",
                [log_id, settings.branch, settings.workstation, now, now, rows, print_])
    log_no, known = cur.fetchone()
    if print_ is not None and known != print_:
        raise SyncProblem(f"head office already has log {log_id} from another file (not the "
                          "same secret): this file is a copy made without Desk noticing; "
                          "nothing was pushed")
    return log_no


def _register_origins(cur, batch: queue.Batch, now: str,
                      prints: dict[str, str | None] | None = None) -> dict[str, int]:
    """``log_no`` of each other log whose rows this batch carries (received by merge, or
    from before this log was found to be a copy), registering logs the server has not
    seen yet (their own first push fills in branch and workstation). Rows of a log whose
    secret this file does not hold, or holds wrong, while head office knows it, are
    claims it cannot back: taken out of the batch and counted (``batch.refused``)."""
    origins = sorted({row[-2] for rows in batch.upserts.values() for row in rows} - {None})
    numbers, refused = {}, set()
    for origin in origins:
        mine = (prints or {}).get(origin)
        cur.execute("insert into logs (log_id, first_push_at, last_push_at, fingerprint) "
                    "values (%s, %s, %s, %s) on conflict (log_id) do update "
                    "set fingerprint = coalesce(logs.fingerprint, excluded.fingerprint) "
                    "returning log_no, fingerprint", [origin, now, now, mine])
        numbers[origin], known = cur.fetchone()
        if prints is not None and known is not None and known != mine:
            refused.add(origin)
    if refused:
        for table, rows in batch.upserts.items():
            kept = [row for row in rows if row[-2] not in refused]
            batch.refused += len(rows) - len(kept)
            batch.upserts[table] = kept
        log.warning("sync: %d rows claimed for logs %s without their secret: refused",
                    batch.refused, ", ".join(sorted(refused)))
    return numbers


def _cleaned(table: str, rows: list[tuple]) -> list[tuple]:
    """Rows PostgreSQL would refuse, made acceptable: a number column holding text (SQLite
    allows it) becomes NULL, a NUL character in text becomes U+FFFD. Only used after a
    batch was refused, so one odd value never blocks the queue behind it."""
    kinds = list(COLUMNS[table].values()) + ["text", "text"]  # changed_at, origin
    out = []
    for row in rows:
        values = list(row)
        for i, kind in enumerate(kinds):
            value = values[i]
            if kind == "double precision" and value is not None \
                    and type(value) not in (int, float):
                try:
                    values[i] = float(value)
                except (TypeError, ValueError, OverflowError):
                    log.warning("sync: %s %s: %r is not a number; sent as NULL", table,
                                list(COLUMNS[table])[i], value)
                    values[i] = None
            elif kind == "bigint" and value is not None and type(value) is not int:
                try:
                    number = float(value)
                    values[i] = int(number) if number.is_integer() else round(number)
                except (TypeError, ValueError, OverflowError):
                    log.warning("sync: %s %s: %r is not a number; sent as NULL", table,
                                list(COLUMNS[table])[i], value)
                    values[i] = None
            elif type(value) is str and "\x00" in value:
                values[i] = value.replace("\x00", "\ufffd")
        out.append(tuple(values))
    return out


def write_batch(cur, batch: queue.Batch, log_id: str, log_no: int,
                clean: bool = False, origins: dict[str, int] | None = None) -> None:
    """The batch's upserts and deletes, inside the caller's server transaction.
    ``origins``: the ``log_no`` of each other log whose rows the batch carries."""
    numbers = {None: log_no, **(origins if origins is not None
                                else _register_origins(cur, batch, ""))}
    for table, rows in batch.upserts.items():
        if not rows:
            continue
        if clean:
            rows = _cleaned(table, rows)
        create, copy_sql, upsert = _upsert_sql(table)
        cur.execute(create)
        with cur.copy(copy_sql) as copy:
            for row in rows:
                *values, changed_at, origin, seq = row
                copy.write_row((origin or log_id, numbers[origin], seq, changed_at, *values))
        cur.execute(upsert)
    for table, gone in batch.deletes.items():
        cur.execute(f"delete from public.{table} t using unnest(%s::bigint[], %s::bigint[]) "
                    f"as g(id, seq) where t.log_id = %s and t.id = g.id "
                    f"and t.sync_seq <= g.seq",
                    [[g[0] for g in gone], [g[1] for g in gone], log_id])


def push_once(local: sqlite3.Connection, pg, settings: SyncSettings, now: str,
              limit: int = BATCH_ROWS,
              after_commit: Callable[[queue.Batch], None] | None = None,
              write: Callable | None = None) -> int:
    """Push the oldest ``limit`` queued changes; returns how many rows went (0: none).
    ``write(fn)`` runs the local bookkeeping ``fn(conn)`` in one transaction (the
    console's log thread); by default ``local`` with BEGIN IMMEDIATE."""
    import psycopg

    try:
        batch = _push_batch(local, pg, settings, now, limit, clean=False)
    except psycopg.DataError as exc:  # a value the server refuses: send it cleaned
        log.warning("sync: the server refused a value (%s); cleaning the batch", exc)
        batch = _push_batch(local, pg, settings, now, limit, clean=True)
    if batch is None:
        return 0
    if after_commit:
        after_commit(batch)  # tests: a crash between the server commit and the local ack
    queue.acknowledge(local, batch, now, write)
    if batch.refused or batch.quarantined:
        log.warning("sync: %d rows not pushed, a value does not fit its column (kept in the "
                    "quarantine table)", len(batch.quarantined))
    return batch.rows or (1 if batch.quarantined or batch.refused else 0)


def _push_batch(local, pg, settings, now, limit, clean: bool) -> queue.Batch | None:
    log_id = queue.log_id(local)
    with pg.transaction(), pg.cursor() as cur:
        cur.execute("select pg_advisory_xact_lock(hashtextextended(%s, 0))", [log_id])
        batch = queue.read_batch(local, limit)  # read under the lock: no stale overwrite
        if batch is None:
            return None
        prints = {k: fingerprint(v) for k, v in queue.secrets(local).items()}
        log_no = _register(cur, log_id, settings, now, batch.rows, prints.get(log_id))
        origins = _register_origins(cur, batch, now, prints)
        write_batch(cur, batch, log_id, log_no, clean, origins)
    return batch


@dataclass
class StepResult:
    pushed: int = 0
    waiting_more: bool = False
    error: str | None = None
    refused: bool = False  # head office said this log is another branch's (h8)


class SyncWorker:
    """The head-office push loop as a supervisor ``step()``: one round of work, then the
    seconds to wait. Qt-free; owns its own SQLite and PostgreSQL connections."""

    def __init__(self, db_path: Path | str, settings: SyncSettings,
                 clock: Clock | None = None, batch_rows: int = BATCH_ROWS,
                 budget_s: float = STEP_BUDGET_S, write: Callable | None = None):
        self.db_path, self.settings = Path(db_path), settings
        self.clock = clock or SystemClock()
        self.batch_rows, self.budget_s = batch_rows, budget_s
        self.failures = 0
        self.write = write  # the local bookkeeping's writer (default: own connection)
        self.last = StepResult()
        self._local: sqlite3.Connection | None = None
        self._pg = None
        self._lock = threading.Lock()  # step() and close() from different threads

    def _open_local(self) -> sqlite3.Connection:
        if self._local is None:
            conn = sqlite3.connect(self.db_path, timeout=3.0, isolation_level=None,
                                   check_same_thread=False)  # the supervisor may restart us
            conn.execute("pragma busy_timeout = 3000")
            queue.enable(conn)
            self._local = conn
        return self._local

    def _server(self):
        if self._pg is None or self._pg.closed:
            from desk.sync.server import connect

            pg = connect(self.settings.url)
            try:
                schema.check_current(pg)
            except BaseException:
                pg.close()
                raise
            self._pg = pg
        return self._pg

    def _drop_server(self) -> None:
        if self._pg is not None:
            with contextlib.suppress(Exception):  # already broken: nothing to keep
                self._pg.close()
            self._pg = None

    def run_once(self) -> StepResult:
        """Push until nothing waits or the step's time budget is spent."""
        import psycopg

        with self._lock:
            result = StepResult()
            local = self._open_local()
            start = time.monotonic()
            try:
                pg = self._server()
                while True:
                    pushed = push_once(local, pg, self.settings, to_iso(self.clock.now()),
                                       self.batch_rows, write=self.write)
                    result.pushed += pushed
                    if pushed == 0:
                        break
                    if time.monotonic() - start > self.budget_s:
                        result.waiting_more = True
                        break
            except SyncProblem as exc:
                result.error = str(exc)
            except psycopg.Error as exc:
                from desk.sync.server import explain

                result.error = explain(self.settings.url, exc)
                result.refused = is_refusal(exc)
            if result.error:
                self._drop_server()
                self.failures += 1
                log.warning("sync: %s", result.error)
                queue.record_result(local, to_iso(self.clock.now()), result.error,
                                    self.settings.url, self.write)
                if result.refused:
                    refusals.record(local, to_iso(self.clock.now()), self.write)
            else:
                self.failures = 0
                if result.pushed == 0:
                    queue.record_result(local, to_iso(self.clock.now()), None,
                                        self.settings.url, self.write)
            self.last = result
            return result

    def step(self) -> float | None:
        """Supervisor entry: returns seconds until the next round."""
        if not self.settings.enabled:
            return self.settings.interval_s
        result = self.run_once()
        if result.error:
            return min(self.settings.interval_s, 2.0 * 2 ** min(self.failures, 10))
        return 0.0 if result.waiting_more else self.settings.interval_s

    def close(self) -> None:
        with self._lock:
            self._drop_server()
            if self._local is not None:
                self._local.close()
                self._local = None


def supervise(supervisor, db_path: Path | str, settings: SyncSettings,
              clock: Clock | None = None, name: str = "sync",
              write: Callable | None = None) -> SyncWorker:
    """Run the push loop under the workers' supervisor (``supervisor.wake(name)`` pushes
    at once, e.g. after a call ends). Close the returned worker after stopping it.
    ``write(fn)``: where the local bookkeeping runs (the console's log thread)."""
    from desk.sync.server import CONNECT_TIMEOUT_S, STATEMENT_TIMEOUT_S

    worker = SyncWorker(db_path, settings, clock, write=write)
    supervisor.add(name, worker.step,
                   deadline_s=CONNECT_TIMEOUT_S + STEP_BUDGET_S + STATEMENT_TIMEOUT_S)
    return worker
