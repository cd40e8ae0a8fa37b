"""The console's one path to the call log: ``run_op(parent, fn).success(...).failure(...)``.

The shape of Anki's ``CollectionOp``/``QueryOp``: ``fn`` runs on the log thread with a
``LogContext`` (the open database and the desks built on it) and its result comes back
on the UI thread. Writes keep their order, each one transaction (a retried write never
doubles a row); a write the log cannot take yet is retried until it lands while
``LogOps.status`` tells the window what is not saved yet. A
successful op that declares ``changes`` is announced once on ``LogOps.changed`` so
views refresh from that one signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desk.store.log_thread import Job, LogThread, db_connection

if TYPE_CHECKING:  # type hints only: these load on the log thread, with the database
    from sqlite_utils import Database

    from desk.core.callback_desk import CallbackDesk
    from desk.core.calls import CallDesk

log = logging.getLogger("desk.ui.ops")


@dataclass
class LogContext:
    """What an op gets on the log thread; a write op runs in one transaction on ``db``."""

    db: Database  # raw: prefer the desks (issue 23 removes it once the UI uses only them)
    desk: CallDesk
    callbacks: CallbackDesk


class Op:
    def __init__(self, ops: LogOps, fn: Callable[[LogContext], Any], *, write: bool,
                 key: Any, label: str, changes: frozenset[str]):
        self._ops, self._fn = ops, fn
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self.changes = changes
        self.job = Job(fn=fn, on_done=ops._finished_from_thread, write=write, key=key,
                       label=label)
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
    changed = Signal(set)  # what a finished op changed: {"call", "callbacks", ...}
    failed = Signal(str, str)  # label, message of an op nobody handled

    def __init__(self, open_context: Callable[[], LogContext],
                 close_context: Callable[[LogContext], None], parent: QObject | None = None,
                 after_first: Callable[[LogContext], None] | None = None):
        super().__init__(parent)
        self._finished.connect(self._deliver)
        self._outstanding = 0  # ops queued whose result has not reached the UI thread yet
        # Queued once the first op's result is handled on the UI thread (the console is
        # ready by then): what the opening left for later, off the start path.
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
        if self._after_first is not None and op.job.error is None:  # the log is open
            later, self._after_first = self._after_first, None
            self._after_first_job = self.thread.submit(
                Job(fn=later, on_done=_log_failure, write=False))

    def run(self, fn: Callable[[LogContext], Any], *, write: bool = True, key: Any = None,
            label: str = "", changes: Iterable[str] = ()) -> Op:
        op = Op(self, fn, write=write, key=key, label=label, changes=frozenset(changes))
        self._outstanding += 1
        self.thread.submit(op.job)
        return op

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


def run_op(parent, fn: Callable[[LogContext], Any], **options) -> Op:
    """Queue ``fn`` on the log thread of ``parent``'s console; attach success/failure."""
    return _ops_of(parent).run(fn, **options)


def read_op(parent, fn: Callable[[LogContext], Any], **options) -> Op:
    return _ops_of(parent).run(fn, write=False, **options)


def _ops_of(parent) -> LogOps:
    widget = parent
    while widget is not None:
        services = getattr(widget, "services", None)
        if services is not None and getattr(services, "ops", None) is not None:
            return services.ops
        widget = widget.parent() if hasattr(widget, "parent") else None
    raise RuntimeError("no console with a call log above this widget")
