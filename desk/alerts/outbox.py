"""The durable alarm outbox: one worker thread per channel, so a dead receiver can
never hold up the others. Rows in ``deliveries`` are the queue: a worker sends
what is due, records the result, and retries with backoff until delivered or
cancelled. Pending rows survive restarts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from desk.alerts.channel import Channel, DeliveryError
from desk.alerts.worker import RetryWorker
from desk.core.backoff import next_attempt_at
from desk.core.clock import Clock, to_iso
from desk.core.incidents import message_for
from desk.store import incidents as store

log = logging.getLogger("desk.alerts.outbox")
# Waits grow 1, 2, 4, 8 s and stop at this: a receiver back from an outage hears of a
# running alarm within seconds, not after the general one-minute cap.
RETRY_CAP_S = 15.0


class ChannelWorker(RetryWorker):
    def __init__(self, db_path: Path, channel: Channel, clock: Clock,
                 on_change: Callable[[int], None]):
        super().__init__(db_path, clock, channel.name)
        self.channel = channel
        self.on_change = on_change

    def next_due(self, db) -> str | None:
        return store.next_due_at(db, self.channel.name)

    def due_rows(self, db) -> list[dict]:
        return store.due(db, self.channel.name, to_iso(self.clock.now()))

    def attempt(self, db, row: dict) -> None:
        attempts = row["attempts"] + 1
        store.mark(db, row["id"], status="sending", attempts=attempts)
        self.on_change(row["incident_id"])
        incident = store.get_incident(db, row["incident_id"])
        try:
            note = self.channel.send(message_for(incident, row["message"]))
        except DeliveryError as exc:
            retry = next_attempt_at(self.clock.now(), attempts, cap=RETRY_CAP_S)
            store.mark(db, row["id"], status="failed", last_error=str(exc)[:500],
                       next_attempt_at=to_iso(retry))
            log.warning("%s: %s attempt %d failed: %s", self.channel.name, row["message"],
                        attempts, exc)
        except Exception as exc:  # a bug in one channel must not stop the outbox
            retry = next_attempt_at(self.clock.now(), attempts, cap=RETRY_CAP_S)
            store.mark(db, row["id"], status="failed",
                       last_error=f"{type(exc).__name__}: {exc}"[:500],
                       next_attempt_at=to_iso(retry))
            log.exception("%s: unexpected failure", self.channel.name)
        else:
            store.mark(db, row["id"], status="delivered", last_error=None,
                       delivered_at=to_iso(self.clock.now()), next_attempt_at=None)
            log.info("%s: %s delivered (%s)", self.channel.name, row["message"], note)
            if note:
                self.on_note(row["incident_id"], note)
        self.on_change(row["incident_id"])

    def on_note(self, incident_id: int, note: str) -> None:
        """Hook for a delivery's note (the desktop channel's in-app fallback)."""
