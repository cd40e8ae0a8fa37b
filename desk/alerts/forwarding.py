"""Forwarding callbacks to their department by e-mail, through the callback_forwards queue.

A supervised loop that writes through a ``writer`` (``call(fn, timeout=...)``): inside the
console that is the console's log thread, so the process has one writing connection; run
alone (tests, the CLI) it is an ``OwnWriter`` with the same rule: every write one
transaction. Each row is tried on its own: a refused
address, a mail server that is down or a password SMTP cannot encode fails that row (retried
with backoff), never the rows behind it. If the log is locked after a mail went out, the
result is kept in memory and written first on the next round, so the mail is not sent twice.
A restart picks up whatever was still queued.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from desk.core.backoff import next_attempt_at
from desk.core.callbacks import as_text, subject
from desk.core.clock import Clock, parse_iso, to_iso
from desk.core.states import ForwardState
from desk.mail.smtp import SmtpSettings, send_mail
from desk.store import callbacks as callback_store
from desk.store import forwards as store
from desk.supervisor import Supervisor
from desk.translations import translator

log = logging.getLogger("desk.alerts.forwarding")
NAME = "callback-forwarding"
IDLE_S = 1.0
WRITE_WAIT_S = 3.0  # a longer lock fails the round; the supervisor retries it


def record_result(db, forward_id: int, state: ForwardState, values: dict, callback_id: int,
                  to_addr: str | None = None) -> bool:
    """One job: the row's new state and, once sent, the callback's "forwarded" event."""
    moved = store.move(db, forward_id, state, **values)
    if moved and state == ForwardState.SENT:
        to_addr = to_addr or db.execute("select to_addr from callback_forwards where id = ?",
                                        [forward_id]).fetchall()[0][0]
        callback_store.event(db, callback_id, values["sent_at"], "forwarded", to_addr, None)
    return moved


class ForwardingWorker:
    def __init__(self, db_path: Path, clock: Clock, smtp: dict, region: str,
                 on_change: Callable[[int], None] = lambda callback_id: None, *,
                 supervisor: Supervisor | None = None, writer=None, language: str = "en"):
        from desk.store.log_thread import OwnWriter

        self.db_path, self.clock = Path(db_path), clock
        self.settings = SmtpSettings.from_config(smtp)
        self.region, self.language = region, language
        self.on_change = on_change
        self.supervisor = supervisor
        self._own_supervisor = supervisor is None
        self._own_writer = writer is None
        self.writer = writer or OwnWriter(self.db_path)  # the console's log thread, or ours
        self._resumed = False
        self._unrecorded: dict[int, tuple[ForwardState, dict, int]] = {}
        self._stop = threading.Event()

    # -- under a supervisor ----------------------------------------------------------------

    def add_to(self, supervisor: Supervisor) -> None:
        self.supervisor = supervisor
        supervisor.add(NAME, self.step, deadline_s=3 * self.settings.timeout_s + 5,
                       on_error=self.reset)

    def start(self) -> None:
        if self.supervisor is None:
            self.supervisor = Supervisor()
        if NAME not in {s.name for s in self.supervisor.states()}:
            self.add_to(self.supervisor)
        self.supervisor.start()

    def wake(self) -> None:
        if self.supervisor is not None:
            self.supervisor.wake(NAME)

    def stop(self) -> None:
        self._stop.set()
        if self.supervisor is not None and self._own_supervisor:
            self.supervisor.stop(timeout=5)
        elif self.supervisor is not None:  # a shared supervisor goes on without this loop
            self.supervisor.remove(NAME)
        self.reset()

    def join(self, timeout: float) -> None:
        """Kept for callers of the old thread API: ``stop`` already waited."""

    def _write(self, fn):
        return self.writer.call(lambda ctx: fn(ctx.db), timeout=WRITE_WAIT_S)

    def _read(self, fn):
        return self.writer.call(lambda ctx: fn(ctx.db), timeout=WRITE_WAIT_S, write=False)

    def step(self) -> float | None:
        """One round: settle what a locked log refused, then try every due row once."""
        self._write_unrecorded()  # before the resume: those rows are not to be sent again
        if not self._resumed:
            self._write(store.resume)
            self._resumed = True
        self.send_due()
        upcoming = self._read(store.next_due_at)
        if upcoming is None:
            return None
        if upcoming == "":
            return 0.0
        return max(0.0, min(IDLE_S, (parse_iso(upcoming) - self.clock.now()).total_seconds()))

    def reset(self, _exc: BaseException | None = None) -> None:
        self._resumed = False  # a row left sending by the failed round goes back to the queue
        if self._own_writer:  # a fresh connection next round (the old one may be broken)
            self.writer.close()

    # -- the work --------------------------------------------------------------------------

    def send_due(self, _db=None) -> int:
        """Try every due row once; returns how many were tried. (``_db``: ignored, the
        worker writes through its writer.)"""
        now = to_iso(self.clock.now())
        rows = self._read(lambda db: store.due(db, now))
        for row in rows:
            if self._stop.is_set():
                break
            self.attempt(row)
        return len(rows)

    def attempt(self, row: store.Forward) -> None:
        attempts = row.attempts + 1
        if not self._write(lambda db: store.move(db, row.id, ForwardState.SENDING,
                                                 attempts=attempts)):
            return  # another worker took it, or it is no longer due
        try:
            callback = self._read(lambda db: callback_store.get(db, row.callback_id))
            words = translator(self.language)  # the branch's language, like its console
            send_mail(self.settings, [row.to_addr], subject(callback, words),
                      as_text(callback, self.region, words),
                      {"X-Desk-Callback": str(row.callback_id)})
        except Exception as exc:  # MailError, and what smtplib raises past it (a password
            # it cannot encode): this row failed, the loop and the other rows go on
            error = str(exc) if type(exc).__name__ == "MailError" else \
                f"{type(exc).__name__}: {exc}"
            retry = next_attempt_at(self.clock.now(), attempts)
            result = (ForwardState.FAILED, {"last_error": error[:500],
                                            "next_attempt_at": to_iso(retry)})
            log.warning("callback %s: forwarding attempt %d failed: %s", row.callback_id,
                        attempts, error)
        else:
            result = (ForwardState.SENT, {"last_error": None, "sent_at": to_iso(
                self.clock.now()), "next_attempt_at": None})
        self._unrecorded[row.id] = (*result, row.callback_id)
        self._write_unrecorded({row.id: row.to_addr})

    def _write_unrecorded(self, addresses: dict[int, str] | None = None) -> None:
        for forward_id, (state, values, callback_id) in list(self._unrecorded.items()):
            to_addr = (addresses or {}).get(forward_id)
            self._write(lambda db, f=forward_id, s=state, v=values, c=callback_id, a=to_addr:
                        record_result(db, f, s, v, c, a))
            del self._unrecorded[forward_id]
            self.on_change(callback_id)
