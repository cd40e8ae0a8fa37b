"""The one thread that talks to the call log for the console (Qt-free).

Every read and write the console starts is a *job* on this thread's queue, run in
the order it was queued, so the UI thread never waits on SQLite. A write that the
log cannot take right now (locked by another program, disk full, read-only for a
moment) is not dropped: the job stays at the head of the queue and is retried with
a short backoff until it lands, and ``on_status`` says what is waiting and why. A
job with a ``key`` replaces a queued, not yet started job with the same key (the
notes typed key by key become one write of the latest text).
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

    def __init__(self, reason: str):
        super().__init__(reason)
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
    from desk.store.db import DatabaseLocked, DatabaseReadOnly

    if isinstance(exc, DatabaseLocked):
        return "busy"
    if isinstance(exc, DatabaseReadOnly):
        return "read-only"
    return None


@dataclass
class Job:
    fn: Callable[[Any], Any]
    on_done: Callable[[Job], None]
    write: bool = True
    key: Any = None
    label: str = ""  # what is not saved yet, in a few words ("notes", "a checklist tick")
    result: Any = None
    error: BaseException | None = None
    cancelled: bool = False
    extra: dict = field(default_factory=dict)


class LogThread:
    """Runs jobs against a context built once on the thread (``open_context``)."""

    def __init__(self, open_context: Callable[[], Any], close_context: Callable[[Any], None],
                 on_status: Callable[[str | None, list[str]], None] | None = None,
                 wait: Callable[[threading.Event, float], None] | None = None):
        self._open_context, self._close_context = open_context, close_context
        self.on_status = on_status or (lambda reason, labels: None)
        self._wait = wait or (lambda event, seconds: event.wait(seconds))
        self._jobs: deque[Job] = deque()
        self._lock = threading.Condition()
        self._stop = threading.Event()
        self._drain_until = float("inf")
        self._retry_wake = threading.Event()
        self.context: Any = None
        self.open_error: BaseException | None = None
        self.waiting_reason: str | None = None
        self.thread = threading.Thread(target=self._run, name="desk-log", daemon=True)

    # -- queueing (any thread) -------------------------------------------------------------

    def submit(self, job: Job) -> Job:
        with self._lock:
            if job.key is not None:
                for queued in self._jobs:
                    # The head may be running or retrying: only replace jobs behind it.
                    if queued is not self._jobs[0] and queued.key == job.key \
                            and not queued.cancelled:
                        queued.cancelled = True
            self._jobs.append(job)
            self._lock.notify()
        return job

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
                    job = self._jobs[0]
                if not job.cancelled:
                    self._run_job(job)
                with self._lock:
                    if self._jobs and self._jobs[0] is job:
                        self._jobs.popleft()
                self._report(job)  # a replaced job is reported too (as cancelled)
        finally:
            if self.context is not None:
                try:
                    self._close_context(self.context)
                except Exception:  # closing a broken connection must not hide the real error
                    log.exception("closing the call log failed")

    def _run_job(self, job: Job) -> None:
        delay = RETRY_FIRST_S
        while not self._giving_up():
            if self.context is None and self.open_error is not None \
                    and transient_reason(self.open_error) is None:
                job.error = self.open_error  # a damaged log stays damaged: fail at once
                return
            try:
                if self.context is None:
                    self.context = self._open_context()
                    self.open_error = None
                job.result = job.fn(self.context)
                job.error = None
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
                self._set_waiting(reason)
                if job.cancelled:
                    return
                self._retry_wake.clear()
                self._wait(self._retry_wake, delay)
                delay = min(RETRY_CAP_S, delay * 2)
        job.error = job.error or Busy("stopped")
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
