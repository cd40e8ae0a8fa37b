"""Every review query runs here: one thread with its own read-only connection.

Requests are keyed by kind ("table", "summary", "page:3" …); a newer request of a kind
replaces a waiting one and interrupts a running one, so the newest always wins and the
window never waits on a stale query. While idle, the thread watches ``PRAGMA data_version``
and says when another connection (the console) changed the log.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

# Imported here, on the UI thread: importing a module on a worker thread while Qt runs
# its event loop can crash shiboken's import hook.
import desk.store.migrations  # noqa: F401 - open_readonly checks the schema names
from desk.core.states import ReviewResult
from desk.report.backend import SqliteBackend, open_readonly
from desk.store.db import DatabaseProblem

log = logging.getLogger("desk.ui.review.worker")
SWITCH_INTERVAL_S = 0.001
PRIORITY = ("table", "page", "summary", "detail", "checklist", "charts", "incidents",
            "branches", "coaching", "choices", "export")


def _rank(kind: str) -> int:
    base = kind.split(":", 1)[0]
    return PRIORITY.index(base) if base in PRIORITY else len(PRIORITY)


class ReviewWorker(QObject):
    """Results wait in ``self.results``; ``ready`` (no arguments) tells the UI thread to
    take them with ``take()``. Python objects do not travel through the queued signal:
    PySide6 6.12 mis-counts references of ``object`` arguments sent across threads."""

    ready = Signal()
    changed = Signal()  # another connection changed the log

    def __init__(self, db_path: Path | str, poll_s: float = 2.0, parent: QObject | None = None):
        super().__init__(parent)
        # A path to a log, or head office's postgresql:// URL (read-only either way).
        self.db_path = db_path if _is_central(db_path) else Path(db_path)
        if _is_central(db_path):  # load the driver here, not on the query thread
            import desk.sync.backend  # noqa: F401
        self.poll_s = poll_s
        self.pending: dict[str, tuple[int, Callable, str | None]] = {}
        # Head office: the branch the window narrows to (None: all); each request keeps
        # the one chosen when it was asked. One read-only connection per branch, opened
        # on first use (a PgBackend narrows its views when it connects).
        self.branch: str | None = None
        self.branch_backends: dict[str, object] = {}
        self.results: queue.SimpleQueue = queue.SimpleQueue()
        self.cond = threading.Condition()
        self.running: tuple[str, int] | None = None
        self.conn = None  # the backend's connection (sqlite3 or psycopg)
        self.backend = None
        self.stopping = False
        self.thread = threading.Thread(target=self._run, name="desk-review-queries",
                                       daemon=True)

    def start(self) -> None:
        """Start the thread once ``ready`` is connected (a damaged file fails at once)."""
        # The query thread turns rows into Python objects holding the GIL; the UI thread
        # gets it back within 1 ms instead of Python's default 5 ms.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self.thread.start()

    def submit(self, kind: str, generation: int, fn: Callable) -> None:
        """Run ``fn(backend)`` off the UI thread; its result arrives through ``done``."""
        with self.cond:
            self.pending[kind] = (generation, fn, self.branch)
            if self.running and self.running[0] == kind and self.running[1] < generation \
                    and self.backend is not None:
                _interrupt(self.backend)  # a stale query of this kind: stop it now
            self.cond.notify()

    def take(self) -> list[tuple[str, int, bool, object]]:
        """(kind, generation, ok, result or error message) of every finished query."""
        out = []
        while True:
            try:
                out.append(self.results.get_nowait())
            except queue.Empty:
                return out

    def _put(self, kind: str, generation: int, ok: bool, value) -> None:
        self.results.put((kind, generation, ok, value))
        self.ready.emit()

    def stop(self) -> None:
        with self.cond:
            self.stopping = True
            self.pending.clear()
            if self.backend is not None and self.running:
                _interrupt(self.backend)
            self.cond.notify()
        if self.thread.is_alive():
            self.thread.join(5)

    def _take(self, backend) -> tuple[str, int, Callable, str | None] | None:
        with self.cond:
            while not self.pending and not self.stopping:
                if not self.cond.wait(self.poll_s):
                    self.cond.release()
                    try:
                        self._watch(backend)
                    finally:
                        self.cond.acquire()
            if self.stopping:
                return None
            kind = min(self.pending, key=_rank)
            generation, fn, branch = self.pending.pop(kind)
            self.running = (kind, generation)
            return kind, generation, fn, branch

    def _watch(self, backend) -> None:
        version = _version(backend)
        if version != self._version:
            self._version = version
            self.changed.emit()

    def _run(self) -> None:
        # Under load the UI thread (the console's key presses) gets the CPU first; not on
        # every platform (Linux nices threads one by one).
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 5)
        # Not SCHED_IDLE: on a busy machine the kernel then preempts this thread while it
        # holds the GIL, and the UI thread waits for it (a 0.7 s stall measured).
        try:
            if isinstance(self.db_path, str):  # head office's server
                from desk.sync.backend import open_central

                backend = open_central(self.db_path)
            else:
                backend = SqliteBackend(open_readonly(self.db_path))
        except DatabaseProblem as exc:
            self._put(ReviewResult.OPEN, 0, False, str(exc))
            return
        self.backend, self.conn = backend, backend.conn
        self._version = _version(backend)
        self._put(ReviewResult.OPENED, 0, True, backend.fts)
        try:
            while (job := self._take(backend)) is not None:
                kind, generation, fn, branch = job
                try:
                    result = fn(self._narrowed(backend, branch))
                except Exception as exc:
                    if _interrupted(exc):
                        continue
                    if not isinstance(exc, sqlite3.OperationalError):
                        log.exception("review query %s failed", kind)
                        self._put(kind, generation, False, f"{type(exc).__name__}: {exc}")
                        continue
                    log.warning("review query %s failed: %s", kind, exc)
                    self._put(kind, generation, False, str(exc))
                    continue
                finally:
                    with self.cond:
                        self.running = None
                self._put(kind, generation, True, result)
        finally:
            for narrowed in self.branch_backends.values():
                narrowed.close()
            self.conn.close()

    def _narrowed(self, backend, branch: str | None):
        if branch is None or not isinstance(self.db_path, str):
            return backend
        if branch not in self.branch_backends:
            from desk.sync.backend import open_central

            self.branch_backends[branch] = open_central(self.db_path, branch)
        return self.branch_backends[branch]


def _is_central(db_path) -> bool:
    return isinstance(db_path, str) and db_path.startswith(("postgresql://", "postgres://"))


def _version(backend):
    """What changes when someone writes: SQLite's data_version, or the server's own."""
    if hasattr(backend, "data_version"):
        return backend.data_version()
    return backend.conn.execute("pragma data_version").fetchone()[0]


def _interrupt(backend) -> None:
    if hasattr(backend, "interrupt"):
        backend.interrupt()
    else:
        backend.conn.interrupt()


def _interrupted(exc: BaseException) -> bool:
    """A stale query stopped on purpose (SQLite's interrupt, PostgreSQL's cancel)."""
    text = str(exc).lower()
    return "interrupt" in text or "canceling statement" in text or \
        type(exc).__name__ == "QueryCanceled"
