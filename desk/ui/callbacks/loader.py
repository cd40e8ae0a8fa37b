"""Searching callbacks off the UI thread: one thread with its own database connection.

Only the newest request counts: typing faster than the queries run skips the stale ones.
"""

from __future__ import annotations

import logging
import queue
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desk.core.callback_desk import CallbackDesk

log = logging.getLogger("desk.ui.callbacks.loader")


class CallbackLoader(QObject):
    loaded = Signal(int, list)  # request number, ids in listing order (queued to the UI thread)

    def __init__(self, db_path: Path, clock, config, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path, self.clock, self.config = db_path, clock, config
        self.requests: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="desk-callbacks-search",
                                       daemon=True)
        self.thread.start()

    def ask(self, number: int, filters: dict) -> None:
        self.requests.put((number, filters))

    def stop(self) -> None:
        self.requests.put(None)
        self.thread.join(5)

    def _next(self):
        item = self.requests.get()
        while item is not None:
            try:
                newer = self.requests.get_nowait()
            except queue.Empty:
                break
            item = newer
        return item

    def _run(self) -> None:
        from desk.store.db import open_db, set_busy_wait

        db = open_db(self.db_path)  # this thread's own connection, for reading only
        set_busy_wait(db.conn)  # the console's one busy wait
        try:
            desk = CallbackDesk(db, self.clock, self.config, "", "")
            while (item := self._next()) is not None:
                number, filters = item
                try:
                    ids = desk.listing_ids(**filters)
                except Exception:  # a failed search must not end the thread
                    log.exception("callback search failed")
                    continue
                self.loaded.emit(number, ids)
        finally:
            db.conn.close()
