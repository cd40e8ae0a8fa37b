"""A thread that sends what is due from an outbox table and sleeps until the next try.

Used by the alarm outbox (one per channel) and by callback forwarding. The
database rows are the queue, so nothing pending is lost when the program stops.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desk.core.clock import Clock, parse_iso

IDLE_WAIT_S = 1.0  # re-check at least this often (the clock may be a fake one in tests)


class RetryWorker:
    def __init__(self, db_path: Path, clock: Clock, name: str):
        self.db_path, self.clock, self.name = db_path, clock, name
        self.wake_event = threading.Event()
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"desk-outbox-{name}",
                                       daemon=True)

    # Subclasses: which rows are due now, how to try one, and when the next one is due.
    def due_rows(self, db) -> list[dict]:
        raise NotImplementedError

    def attempt(self, db, row: dict) -> None:
        raise NotImplementedError

    def next_due(self, db) -> str | None:
        raise NotImplementedError

    def send_due(self, db) -> int:
        """Try every due row once; returns how many were tried."""
        rows = self.due_rows(db)
        for row in rows:
            if self.stop_event.is_set():
                break
            self.attempt(db, row)
        return len(rows)

    def start(self) -> None:
        self.thread.start()

    def wake(self) -> None:
        self.wake_event.set()

    def stop(self) -> None:
        self.stop_event.set()
        self.wake_event.set()

    def join(self, timeout: float) -> None:
        if self.thread.is_alive():
            self.thread.join(timeout)

    def _run(self) -> None:
        from desk.store.db import open_db

        db = open_db(self.db_path)  # a connection of this thread's own
        try:
            while not self.stop_event.is_set():
                self.wake_event.clear()
                self.send_due(db)
                self.wake_event.wait(self._wait_s(db))
        finally:
            db.conn.close()

    def _wait_s(self, db) -> float:
        upcoming = self.next_due(db)
        if upcoming is None:
            return IDLE_WAIT_S
        if upcoming == "":
            return 0.0
        seconds = (parse_iso(upcoming) - self.clock.now()).total_seconds()
        return max(0.0, min(IDLE_WAIT_S, seconds))
