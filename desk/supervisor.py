"""One supervisor for every background loop: alarm channels, the alarm log, callback
forwarding (and later the LAN listener and head-office sync). Qt-free.

A loop is a ``step()`` that does one round of work and returns how long to wait before the
next round (``None``: the idle default). The supervisor runs each loop on its own thread:

- an exception in a step is logged, reported, and the loop goes on after a pause that
  doubles with each failure in a row (capped);
- a step running past its deadline is reported ``stuck`` (a thread cannot be killed; the
  other loops are not affected);
- a thread that dies anyway reports it from its last breath and is started again.

Every change of state goes to ``on_state(WorkerState)`` (from any thread).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from desk.core.backoff import retry_delay_s
from desk.core.states import WorkerStatus

log = logging.getLogger("desk.supervisor")

IDLE_S = 1.0  # a loop that has nothing to do still looks again this often
WATCH_S = 0.25  # how often deadlines and dead threads are checked
RESTART_FIRST_S = 0.25
RESTART_CAP_S = 30.0


_ROUTINE = {WorkerStatus.RUNNING, WorkerStatus.WAITING}


@dataclass(frozen=True)
class WorkerState:
    name: str
    status: WorkerStatus
    detail: str = ""
    restarts: int = 0
    last_error: str | None = None


class _Loop:
    def __init__(self, name: str, step: Callable[[], float | None], deadline_s: float,
                 idle_s: float, on_error: Callable[[BaseException], None] | None):
        self.name, self.step, self.deadline_s, self.idle_s = name, step, deadline_s, idle_s
        self.on_error = on_error
        self.wake = threading.Event()
        self.stopping = threading.Event()  # this loop only (``Supervisor.remove``)
        self.thread: threading.Thread | None = None
        self.state = WorkerState(name, WorkerStatus.STOPPED)
        self.started_step: float | None = None  # monotonic start of the running step
        self.failures_in_a_row = 0


class Supervisor:
    def __init__(self, on_state: Callable[[WorkerState], None] | None = None, *,
                 idle_s: float = IDLE_S, watch_s: float = WATCH_S,
                 restart_first_s: float = RESTART_FIRST_S, restart_cap_s: float = RESTART_CAP_S):
        self.on_state = on_state or (lambda state: None)
        self.idle_s, self.watch_s = idle_s, watch_s
        self.restart_first_s, self.restart_cap_s = restart_first_s, restart_cap_s
        self._loops: dict[str, _Loop] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._running = False
        self._watchdog: threading.Thread | None = None

    # -- set-up --------------------------------------------------------------------------

    def add(self, name: str, step: Callable[[], float | None], *, deadline_s: float = 60.0,
            idle_s: float | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``step`` in a loop of its own (at once if the supervisor is running).

        ``on_error`` is called after a failed step, before the pause: a loop drops what may
        be broken there (a database connection) and builds it again on its next round."""
        loop = _Loop(name, step, deadline_s, self.idle_s if idle_s is None else idle_s,
                     on_error)
        with self._lock:
            if name in self._loops:
                raise ValueError(f"a loop named {name!r} is already supervised")
            self._loops[name] = loop
            running = self._running
        if running:
            self._spawn(loop)

    def start(self) -> None:
        with self._lock:
            if self._running:
                return
            self._running = True
            loops = list(self._loops.values())
        self._stopping.clear()
        for loop in loops:
            loop.stopping.clear()
            self._spawn(loop)
        self._watchdog = threading.Thread(target=self._watch, name="desk-supervisor",
                                          daemon=True)
        self._watchdog.start()

    def wake(self, name: str) -> None:
        loop = self._loops.get(name)
        if loop is not None:
            loop.wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask every loop to finish its round and wait up to ``timeout`` s in all."""
        with self._lock:
            self._running = False
            loops = list(self._loops.values())
        self._stopping.set()
        for loop in loops:
            loop.stopping.set()
            loop.wake.set()
        deadline = time.monotonic() + timeout
        threads = [loop.thread for loop in loops if loop.thread is not None]
        if self._watchdog is not None:
            threads.append(self._watchdog)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        for loop in loops:
            if loop.thread is None or not loop.thread.is_alive():
                self._report(loop, WorkerStatus.STOPPED, "")

    def remove(self, name: str, timeout: float = 5.0) -> None:
        """Stop one loop (its owner is shutting down) and forget it."""
        with self._lock:
            loop = self._loops.pop(name, None)
        if loop is None:
            return
        loop.stopping.set()
        loop.wake.set()
        if loop.thread is not None and loop.thread is not threading.current_thread():
            loop.thread.join(timeout)
        self._report(loop, WorkerStatus.STOPPED, "")

    def states(self) -> list[WorkerState]:
        return [loop.state for loop in list(self._loops.values())]

    def state(self, name: str) -> WorkerState:
        return self._loops[name].state

    # -- the loops -----------------------------------------------------------------------

    def _spawn(self, loop: _Loop) -> None:
        loop.thread = threading.Thread(target=self._run, args=(loop,),
                                       name=f"desk-{loop.name}", daemon=True)
        loop.thread.start()

    def _run(self, loop: _Loop) -> None:
        try:
            while not (self._stopping.is_set() or loop.stopping.is_set()):
                wait = self._round(loop)
                if self._stopping.is_set() or loop.stopping.is_set():
                    break
                if wait is None or wait > 0:
                    loop.wake.wait(loop.idle_s if wait is None else wait)
                loop.wake.clear()
        except BaseException as exc:  # the thread is dying: say so now, the watchdog revives it
            loop.started_step = None
            self._report(loop, WorkerStatus.RESTARTING, "the thread died",
                         error=f"{type(exc).__name__}: {exc}")
            log.error("%s: thread died: %r", loop.name, exc)
            if loop.on_error is not None:
                try:
                    loop.on_error(exc)
                except Exception:
                    log.exception("%s: cleaning up after the thread died failed", loop.name)
            # Not raised again: the thread ends here either way, and the watchdog starts a
            # new one (an unhandled error would only add a second report of the same death).

    def _round(self, loop: _Loop) -> float | None:
        loop.started_step = time.monotonic()
        self._report(loop, WorkerStatus.RUNNING, "")
        try:
            wait = loop.step()
        except Exception as exc:
            loop.started_step = None
            loop.failures_in_a_row += 1
            error = f"{type(exc).__name__}: {exc}"[:500]
            pause = retry_delay_s(loop.failures_in_a_row, self.restart_first_s,
                                  self.restart_cap_s)
            if getattr(exc, "transient", False):  # the log locked by another program:
                # waiting is normal there (the window says what waits), not a fault
                log.warning("%s waits: %s (again in %.1f s)", loop.name, exc, pause)
            else:
                log.exception("%s failed (restart %d in %.1f s)", loop.name,
                              loop.state.restarts + 1, pause)
            self._report(loop, WorkerStatus.RESTARTING, f"again in {pause:.0f} s",
                         error=error, restarted=True)
            if loop.on_error is not None:
                try:
                    loop.on_error(exc)
                except Exception:
                    log.exception("%s: cleaning up after the failure failed too", loop.name)
            loop.stopping.wait(pause)
            return 0.0
        loop.started_step = None
        loop.failures_in_a_row = 0
        self._report(loop, WorkerStatus.WAITING, "")
        return wait

    def _watch(self) -> None:
        while not self._stopping.wait(self.watch_s):
            now = time.monotonic()
            for loop in list(self._loops.values()):
                if self._stopping.is_set():
                    break  # threads ending now were asked to
                if loop.stopping.is_set():
                    continue
                thread = loop.thread
                if thread is not None and not thread.is_alive():
                    self._report(loop, WorkerStatus.RESTARTING, "the thread died; started again",
                                 restarted=True)
                    self._spawn(loop)
                    continue
                started = loop.started_step
                if (started is not None and now - started > loop.deadline_s
                        and loop.state.status != WorkerStatus.STUCK):
                    self._report(loop, WorkerStatus.STUCK,
                                 f"one round has run for over {loop.deadline_s:.0f} s")
                    log.error("%s is stuck: one round has run for %.0f s", loop.name,
                              now - started)

    def _report(self, loop: _Loop, status: WorkerStatus, detail: str, *,
                error: str | None = None, restarted: bool = False) -> None:
        with self._lock:
            old = loop.state
            new = replace(old, status=status, detail=detail,
                          restarts=old.restarts + (1 if restarted else 0),
                          last_error=error if error is not None else old.last_error)
            if new == old:
                return
            loop.state = new
        if {old.status, new.status} <= _ROUTINE:
            return  # running <-> waiting happens every round: not news for the board
        try:
            self.on_state(new)
        except Exception:  # a broken listener must not take the loop with it
            log.exception("reporting %s's state failed", loop.name)
