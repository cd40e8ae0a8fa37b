"""The console's one path to the call log: ``run_op(parent, fn, changes=…)`` for a write,
``read_op(parent, fn)`` for a read, then ``.success(…)`` / ``.failure(…)``.

The shape of Anki's ``CollectionOp``/``QueryOp``: ``fn`` runs on the log thread with a
``LogContext`` (the desks over the open log, never the database itself) and its result
comes back on the UI thread through ``success`` or ``failure``, nowhere else. Writes keep
their order, each one transaction (a retried write never doubles a row); a write the log
cannot take yet is retried until it lands while ``LogOps.status`` tells the window what is
not saved yet. Every write says what it changed (``Change``); once it lands that is
announced on ``LogOps.changed``, and views that show it refresh from that one signal
instead of being reloaded by whoever wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desk.store.log_thread import Job, LogThread, db_connection

if TYPE_CHECKING:  # type hints only: these load on the log thread, with the database
    from sqlite_utils import Database

    from desk.core.callback_desk import CallbackDesk
    from desk.core.calls import CallDesk
    from desk.core.desks import DraftsDesk, HistoryDesk, IdentityDesk, PhoneDesk, ShiftDesk
    from desk.sync.queue import SyncState

log = logging.getLogger("desk.ui.ops")


class Change(StrEnum):
    """What a write op changed in the log: the names views subscribe to."""

    CALLS = "calls"  # a call, its marks, events or ring times
    CALLBACKS = "callbacks"
    DRAFTS = "drafts"  # what a dialog kept as typed
    PHONE_EVENTS = "phone_events"  # the phone system's events, taken
    SHIFT = "shift"  # the start-of-shift check
    LOG_IDENTITY = "log_identity"  # the copy notice, told


class SyncDesk:
    """The log's head-office sync state, for the status bar (here, not in ``desk.core``:
    the sync package sits above the core)."""

    def __init__(self, db: Database):
        self._db = db

    def state(self) -> SyncState:
        from desk.sync.queue import sync_state

        return sync_state(self._db.conn)


@dataclass(frozen=True)
class LogContext:
    """What an op gets on the log thread: the desks over the open log, no database."""

    calls: CallDesk
    callbacks: CallbackDesk
    drafts: DraftsDesk
    history: HistoryDesk
    phone: PhoneDesk
    shift: ShiftDesk
    sync: SyncDesk
    identity: IdentityDesk


@dataclass
class OpenLog:
    """What the log thread holds: the database and the desks over it. Only background
    writers (``Services.writer``: the alarm's recorder, callback forwarding) see ``db``;
    an op gets ``desks``."""

    db: Database
    desks: LogContext


class Op:
    def __init__(self, ops: LogOps, fn: Callable[[LogContext], Any], *, write: bool,
                 key: Any, label: str, changes: frozenset[Change]):
        self._ops, self._fn = ops, fn
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self.changes = changes
        self.job = Job(fn=lambda open_log: fn(open_log.desks), on_done=ops._finished_from_thread,
                       write=write, key=key, label=label)
        self.job.extra["op"] = self

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op:
        self._failure = callback
        return self

    def _finish(self) -> None:
        job = self.job
        if job.cancelled:  # replaced by a newer write of the same thing: nothing to say
            return
        if job.error is None:
            if self._success is not None:
                self._success(job.result)
            if self.changes:
                self._ops.changed.emit(set(self.changes))
        elif self._failure is not None:
            self._failure(job.error)
        else:
            log.error("call log operation failed: %s", job.error,
                      exc_info=(type(job.error), job.error, job.error.__traceback__))
            self._ops.failed.emit(job.label, str(job.error) or type(job.error).__name__)


class LogOps(QObject):
    """Owns the log thread; results and status arrive on the UI thread as signals."""

    _finished = Signal(object)  # Op, queued from the log thread
    # Reason ("busy", "full", "read-only"; "" once all is saved) and what waits. Not
    # Signal(object) with None: a queued None from another thread can corrupt None's
    # reference count in some PySide6 releases.
    status = Signal(str, list)
    changed = Signal(set)  # what a landed write changed: {Change.CALLS, ...}
    failed = Signal(str, str)  # label, message of an op nobody handled

    def __init__(self, open_context: Callable[[], OpenLog],
                 close_context: Callable[[OpenLog], None], parent: QObject | None = None,
                 after_first: Callable[[OpenLog], None] | None = None):
        super().__init__(parent)
        self._finished.connect(self._deliver)
        self._outstanding = 0  # ops queued whose result has not reached the UI thread yet
        # What the opening left for later, off the start path: queued by ``finish_opening``
        # once the console is ready (not at the first op's result: the alarm's read-back
        # can come before the log's first read, and sqlite-utils' import would then run
        # beside it).
        self._after_first = after_first
        self._after_first_job: Job | None = None
        self.thread = LogThread(open_context, close_context,
                                on_status=lambda reason, labels: self.status.emit(reason or "", labels),
                                connection=db_connection)
        self.thread.start()

    def _finished_from_thread(self, job: Job) -> None:
        self._finished.emit(job.extra["op"])

    def _deliver(self, op: Op) -> None:
        self._outstanding -= 1
        op._finish()

    def finish_opening(self) -> None:
        """The console is ready: queue the rest of the opening (once)."""
        if self._after_first is not None:
            later, self._after_first = self._after_first, None
            self._after_first_job = self.thread.submit(
                Job(fn=later, on_done=_log_failure, write=False))

    def _queue(self, fn: Callable[[LogContext], Any], *, write: bool, key: Any = None,
               label: str = "", changes: Iterable[Change] = ()) -> Op:
        """Only for ``run_op`` / ``read_op``: the one spelling the UI uses."""
        op = Op(self, fn, write=write, key=key, label=label,
                changes=frozenset(Change(c) for c in changes))
        self._outstanding += 1
        self.thread.submit(op.job)
        return op

    def announce(self, changes: Iterable[Change]) -> None:
        """A change the log got by another writer of this console (callback forwarding):
        told like an op's, so views refresh from ``changed`` alone."""
        self.changed.emit({Change(c) for c in changes})

    def idle(self) -> bool:
        """Nothing queued, running, or finished but not yet handled on the UI thread."""
        return self._outstanding == 0

    def stop(self) -> None:
        if self._after_first_job is not None:  # closing: nobody needs it any more
            self._after_first_job.cancelled = True
        self.thread.stop()


def _log_failure(job: Job) -> None:
    if job.error is not None:
        log.error("finishing the call log's opening failed: %s", job.error,
                  exc_info=(type(job.error), job.error, job.error.__traceback__))


def run_op(parent, fn: Callable[[LogContext], Any], *, changes: Iterable[Change],
           key: Any = None, label: str = "") -> Op:
    """Queue the write ``fn(ctx)`` on the log thread of ``parent``'s console, in one
    transaction; ``changes`` says what it changes (told on ``LogOps.changed`` once it
    lands). A newer write with the same ``key`` replaces a queued one; ``label`` says what
    waits while the log is busy."""
    changes = frozenset(Change(c) for c in changes)
    if not changes:
        raise ValueError("a write says what it changes (changes={Change.…})")
    return _ops_of(parent)._queue(fn, write=True, key=key, label=label, changes=changes)


def read_op(parent, fn: Callable[[LogContext], Any], *, key: Any = None) -> Op:
    """Queue the read ``fn(ctx)`` on the log thread of ``parent``'s console. A newer read
    with the same ``key`` replaces a queued one (typed searches: the newest wins)."""
    return _ops_of(parent)._queue(fn, write=False, key=key)


def _ops_of(parent) -> LogOps:
    """The console's ``LogOps``: from ``parent`` (a widget, a part holding ``services`` or
    the ops themselves) or the nearest of its Qt parents that has them."""
    node = parent
    while node is not None:
        for found in (getattr(node, "ops", None),
                      getattr(getattr(node, "services", None), "ops", None)):
            if isinstance(found, LogOps):
                return found
        node = node.parent() if isinstance(node, QObject) else None
    raise RuntimeError("no console with a call log above this widget")
