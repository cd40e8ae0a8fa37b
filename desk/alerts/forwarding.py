"""Forwarding callbacks to their department by e-mail, through the callback_forwards queue.

Retried with backoff until sent; a restart picks up whatever was still queued.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from desk.alerts.worker import RetryWorker
from desk.core.backoff import next_attempt_at
from desk.core.callbacks import as_text, local_due_date
from desk.core.clock import Clock, to_iso
from desk.mail import MailError, SmtpSettings, send_mail
from desk.store import callbacks as store

log = logging.getLogger("desk.alerts.forwarding")


class ForwardingWorker(RetryWorker):
    def __init__(self, db_path: Path, clock: Clock, smtp: dict, region: str,
                 on_change: Callable[[int], None] = lambda callback_id: None):
        super().__init__(db_path, clock, "callbacks")
        self.settings = SmtpSettings.from_config(smtp)
        self.region = region
        self.on_change = on_change

    def next_due(self, db) -> str | None:
        return store.next_forward_due(db)

    def due_rows(self, db) -> list[dict]:
        return store.forwards_due(db, to_iso(self.clock.now()))

    def attempt(self, db, row: dict) -> None:
        attempts = row["attempts"] + 1
        callback = store.get(db, row["callback_id"])
        store.mark_forward(db, row["id"], status="sending", attempts=attempts)
        subject = (f"Callback for {callback['department']}: {callback['full_name']} — answer by "
                   f"{local_due_date(callback['due_at']).isoformat()}")
        try:
            send_mail(self.settings, [row["to_addr"]], subject, as_text(callback, self.region),
                      {"X-Desk-Callback": str(callback["id"])})
        except MailError as exc:
            retry = next_attempt_at(self.clock.now(), attempts)
            store.mark_forward(db, row["id"], status="failed", last_error=str(exc)[:500],
                               next_attempt_at=to_iso(retry))
            log.warning("callback %s: forwarding attempt %d failed: %s", callback["id"],
                        attempts, exc)
        else:
            now = to_iso(self.clock.now())
            store.mark_forward(db, row["id"], status="sent", last_error=None, sent_at=now,
                               next_attempt_at=None)
            with db.atomic():
                store.event(db, callback["id"], now, "forwarded", row["to_addr"], None)
        self.on_change(callback["id"])
