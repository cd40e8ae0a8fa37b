"""The one thread that writes the call log for the console (Qt-free).

Every read and write the console starts is a *job* on this thread's queue, run in
the order it was queued, so the UI thread never waits on SQLite. Each write job runs
inside ONE ``BEGIN IMMEDIATE … COMMIT`` (rolled back on any error), so a job either
left everything or nothing behind. A write that the log cannot take right now (locked
by another program, disk full, read-only for a moment) is not dropped: the job stays
at the head of the queue and is retried with a short backoff until it lands, and
``on_status`` says what is waiting and why; a retry re-runs a job that left nothing.
A job with a ``key`` replaces a queued, not yet started job with the same key (the
notes typed key by key become one write of the latest text). A ``priority`` job (the
alarm's record) goes ahead of every ordinary job still queued, never interrupting the
one that runs. Background threads use ``LogThread.call`` (blocking, with a timeout).

``OwnWriter`` is the same one-transaction-per-job rule for a worker that runs without
a console (``desk alarm test``): its own connection, jobs run on the caller's thread.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("desk.store.log_thread")

RETRY_FIRST_S = 0.05
RETRY_CAP_S = 0.5  # a lock released is noticed within half a second


class Busy(Exception):
    """The log cannot take this job right now; it will be retried (``reason`` says why)."""

    transient = True  # another program holds the log: a loop waits and tries again

    def __init__(self, reason: str, message: str | None = None):
        super().__init__(message or reason)
        self.reason = reason


def transient_reason(exc: BaseException) -> str | None:
    """Why a failure is worth retrying ("busy", "full", "read-only"), or None if it is not."""
    if isinstance(exc, Busy):
        return exc.reason
    text = str(exc).lower()
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) or "locked" in text:
        if "locked" in text or "busy" in text:
            return "busy"
        if "full" in text:
            return "full"
        if "readonly" in text or "read-only" in text:
            return "read-only"
        if "disk i/o" in text:
            return "io"
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return "full"
    from desk.store.db import DatabaseLocked

    if isinstance(exc, DatabaseLocked):
        return "busy"
    # A log this account may not write (``DatabaseReadOnly``, from opening it) stays so
    # until IT changes its permissions: said at once, like a damaged one. Only a write
    # SQLite refuses on an open log ("readonly database", above) is waited out.
    return None


@dataclass
class Job:
    fn: Callable[[Any], Any]
    on_done: Callable[[Job], None]
    write: bool = True
    key: Any = None
    label: str = ""  # what is not saved yet, in a few words ("notes", "a checklist tick")
    priority: bool = False  # the alarm's record: ahead of every ordinary job queued
    deadline: float | None = None  # time.monotonic() after which it is not retried
    result: Any = None
    error: BaseException | None = None
    cancelled: bool = False
    finished: bool = False  # ran (or was skipped) and is off the queue
    extra: dict = field(default_factory=dict)


def db_connection(context: Any) -> sqlite3.Connection:
    """The connection of a context that has ``db`` (a sqlite-utils Database)."""
    return context.db.conn


def run_in_transaction(conn: sqlite3.Connection | None, fn: Callable[[Any], Any],
                       context: Any) -> Any:
    """``fn(context)`` inside one ``BEGIN IMMEDIATE … COMMIT``; rolled back on any error.

    The store's own ``db.atomic()`` blocks nest inside as savepoints (sqlite-utils does so
    when a transaction is open), so nothing commits before the job's end."""
    if conn is None:
        return fn(context)
    if conn.in_transaction:  # left open by a broken earlier job: not ours to commit
        conn.rollback()
    conn.execute("BEGIN IMMEDIATE")  # the write lock now, or "locked" (retried whole)
    try:
        result = fn(context)
        if not conn.in_transaction:
            log.error("a call log job committed on its own: a retry of it could double rows")
        else:
            conn.execute("COMMIT")
    except BaseException:
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        except sqlite3.Error:  # the connection is broken; the job's error says more
            log.debug("rollback failed", exc_info=True)
        raise
    return result


class LogThread:
    """Runs jobs against a context built once on the thread (``open_context``)."""

    def __init__(self, open_context: Callable[[], Any], close_context: Callable[[Any], None],
                 on_status: Callable[[str | None, list[str]], None] | None = None,
                 wait: Callable[[threading.Event, float], None] | None = None,
                 connection: Callable[[Any], sqlite3.Connection] | None = None):
        self._open_context, self._close_context = open_context, close_context
        # How to find the connection of the context: write jobs then run in one
        # transaction each. None only for contexts without a database (unit tests).
        self._connection = connection
        self.on_status = on_status or (lambda reason, labels: None)
        self._wait = wait or (lambda event, seconds: event.wait(seconds))
        self._jobs: deque[Job] = deque()
        self._lock = threading.Condition()
        self._stop = threading.Event()
        self._drain_until = float("inf")
        self._retry_wake = threading.Event()
        self._current: Job | None = None  # the job running (or retrying) now
        self.context: Any = None
        self.open_error: BaseException | None = None
        self.waiting_reason: str | None = None
        self.last_failure: str | None = None  # the last error a retried job met
        self.thread = threading.Thread(target=self._run, name="desk-log", daemon=True)

    # -- queueing (any thread) -------------------------------------------------------------

    def submit(self, job: Job) -> Job:
        with self._lock:
            if job.key is not None:
                for queued in self._jobs:
                    # The running (or retrying) job is never replaced: only jobs behind it.
                    if queued is not self._current and queued.key == job.key \
                            and not queued.cancelled:
                        queued.cancelled = True
            if job.priority:
                self._jobs.insert(self._priority_slot(), job)
            else:
                self._jobs.append(job)
            self._lock.notify()
        return job

    def _priority_slot(self) -> int:
        """Behind the running job and the priority jobs already waiting, ahead of the rest."""
        slot = 1 if self._jobs and self._jobs[0] is self._current else 0
        while slot < len(self._jobs) and self._jobs[slot].priority:
            slot += 1
        return slot

    def call(self, fn: Callable[[Any], Any], *, priority: bool = False,
             timeout: float | None = None, write: bool = True, label: str = "") -> Any:
        """Run ``fn(context)`` on the log thread (a write in one transaction) and return its
        result or raise its error: the blocking API for background threads (never the UI
        thread). With ``timeout``: a job not started by then is taken off the queue, and a
        started one is not retried past it; both raise ``Busy``."""
        import time

        if threading.current_thread() is self.thread:  # already inside a job: just run it
            return fn(self.context)
        if self._stop.is_set() or not self.thread.is_alive():
            raise Busy("closed")
        done = threading.Event()
        deadline = None if timeout is None else time.monotonic() + timeout
        job = Job(fn=fn, on_done=lambda _job: done.set(), write=write, label=label,
                  priority=priority, deadline=deadline)
        self.submit(job)
        if not done.wait(timeout):
            with self._lock:
                if job is not self._current and not job.finished:
                    job.cancelled = True  # not started yet: it never will be
                    for index, queued in enumerate(self._jobs):
                        if queued is job:
                            del self._jobs[index]
                            break
                    raise self._not_taken()
            done.wait()  # running: its deadline ends its retries
        if job.cancelled:
            raise self._not_taken()
        if job.error is not None:
            raise job.error
        return job.result

    def _not_taken(self) -> Busy:
        reason = self.waiting_reason or "busy"
        why = f" ({self.last_failure})" if self.last_failure else ""
        return Busy(reason, f"the call log did not take it in time: {reason}{why}")

    def pending_labels(self) -> list[str]:
        with self._lock:
            return [j.label for j in self._jobs if j.write and j.label and not j.cancelled]

    def start(self) -> None:
        self.thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Finish what is queued (writes the operator made) for up to ``timeout`` seconds,
        then stop; anything the log still could not take by then is logged as lost."""
        import time

        self._drain_until = time.monotonic() + timeout
        self._stop.set()
        with self._lock:
            self._lock.notify()
        if self.thread.is_alive():
            self.thread.join(timeout + 1.0)

    def _giving_up(self) -> bool:
        import time

        return self._stop.is_set() and time.monotonic() >= self._drain_until

    # -- the thread --------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    while not self._jobs and not self._stop.is_set():
                        self._lock.wait()
                    if not self._jobs:  # stopping, and everything queued is done
                        break
                    job = self._current = self._jobs[0]
                if not job.cancelled:
                    self._run_job(job)
                with self._lock:
                    if self._jobs and self._jobs[0] is job:
                        self._jobs.popleft()
                    self._current = None
                    job.finished = True
                self._report(job)  # a replaced job is reported too (as cancelled)
        finally:
            if self.context is not None:
                try:
                    self._close_context(self.context)
                except Exception:  # closing a broken connection must not hide the real error
                    log.exception("closing the call log failed")

    def _run_job(self, job: Job) -> None:
        import time

        delay = RETRY_FIRST_S
        while not self._giving_up():
            if job.deadline is not None and time.monotonic() >= job.deadline:
                job.error = job.error or self._not_taken()  # else the last failure
                return
            if self.context is None and self.open_error is not None \
                    and transient_reason(self.open_error) is None:
                job.error = self.open_error  # a damaged log stays damaged: fail at once
                return
            try:
                if self.context is None:
                    self.context = self._open_context()
                    self.open_error = None
                conn = self._connection(self.context) \
                    if job.write and self._connection is not None else None
                job.result = run_in_transaction(conn, job.fn, self.context)
                job.error = self.last_failure = None
                self._set_waiting(None)
                return
            except BaseException as exc:  # noqa: BLE001 - a job's failure goes to its owner
                reason = transient_reason(exc)
                if reason is None:
                    if self.context is None:
                        self.open_error = exc
                    job.error = exc
                    return
                if self.context is None:
                    self.open_error = exc
                self.last_failure = str(exc) or type(exc).__name__
                if job.deadline is None:  # a background call with a deadline tells its
                    self._set_waiting(reason)  # caller, not the operator
                if job.cancelled:
                    return
                job.error = exc  # what it will say if its deadline comes first
                wait = delay if job.deadline is None else \
                    max(0.0, min(delay, job.deadline - time.monotonic()))
                self._retry_wake.clear()
                self._wait(self._retry_wake, wait)
                delay = min(RETRY_CAP_S, delay * 2)
        job.error = Busy("stopped")
        if job.write and job.label:
            log.error("closing: the call log could not take %s in time; it is lost", job.label)

    def _set_waiting(self, reason: str | None) -> None:
        if reason == self.waiting_reason and reason is None:
            return
        self.waiting_reason = reason
        try:
            self.on_status(reason, self.pending_labels())
        except Exception:
            log.exception("status listener failed")

    def _report(self, job: Job) -> None:
        try:
            job.on_done(job)
        except Exception:
            log.exception("job listener failed")


@dataclass
class StoreContext:
    """What a job of a worker's own writer gets: the open database."""

    db: Any  # sqlite_utils.Database


class OwnWriter:
    """The one-transaction-per-job rule for a worker running without a console: its own
    connection (opened at the first job, with the one busy wait), jobs run on the calling
    thread, a lock is retried until ``timeout`` (None: tried once), then raised."""

    def __init__(self, db_path, *, wait: Callable[[float], None] | None = None):
        import time

        self.db_path = db_path
        self._wait = wait or time.sleep
        self.context: StoreContext | None = None
        self._opened_on: int | None = None  # SQLite connections stay on their own thread
        self._lock = threading.Lock()  # one job at a time, whichever thread calls

    def call(self, fn: Callable[[Any], Any], *, priority: bool = False,
             timeout: float | None = None, write: bool = True, label: str = "") -> Any:
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        delay = RETRY_FIRST_S
        with self._lock:
            while True:
                try:
                    if self.context is not None and self._opened_on != threading.get_ident():
                        self._close()  # first used from a test, then from the worker thread
                    if self.context is None:
                        self.context = StoreContext(open_connection(self.db_path))
                        self._opened_on = threading.get_ident()
                    conn = self.context.db.conn if write else None
                    return run_in_transaction(conn, fn, self.context)
                except Exception as exc:
                    if transient_reason(exc) is None or deadline is None \
                            or time.monotonic() + delay > deadline:
                        raise
                    self._wait(delay)
                    delay = min(RETRY_CAP_S, delay * 2)

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self.context is not None:
            try:
                self.context.db.conn.close()
            except Exception:
                log.debug("closing a broken connection failed", exc_info=True)
            self.context = None


def open_connection(db_path):
    """Open (create, migrate) the log for a writer, with the one busy wait of the console."""
    from desk.store.db import open_db, set_busy_wait

    db = open_db(db_path)
    set_busy_wait(db.conn)
    return db
