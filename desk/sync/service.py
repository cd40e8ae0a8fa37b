"""The console's handle on head-office sync (Qt-free): start the push loop under the
workers' supervisor when ``[sync]`` is configured, wake it after a change, read its state
for the status bar, stop it. Without ``[sync]`` every method does nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desk.sync.queue import SyncState, sync_state
from desk.sync.settings import from_config

NAME = "sync"


class SyncService:
    def __init__(self, db_path: Path | str, cfg, clock=None, write=None):
        """``write(fn)``: where the push's local bookkeeping runs — in the console, its log
        thread (one writer per process); alone (``desk sync now``), its own connection."""
        self.db_path, self.clock, self.write = Path(db_path), clock, write
        self.settings = from_config(cfg)
        self.supervisor = None
        self.worker = None

    @property
    def configured(self) -> bool:
        return self.settings is not None

    def start(self, supervisor) -> None:
        """Add the loop to ``supervisor`` (the one the alarm channels use) and start it.

        Call it on the UI thread after the first paint: it loads psycopg (about 0.2 s)
        here, because importing a module on a worker thread while Qt's event loop runs can
        crash shiboken's import hook. The loop itself then imports nothing new."""
        if not self.configured or self.worker is not None:
            return
        import psycopg  # noqa: F401 - see above

        import desk.sync.schema  # noqa: F401
        import desk.sync.server  # noqa: F401
        from desk.sync.push import supervise

        self.supervisor = supervisor
        self.worker = supervise(supervisor, self.db_path, self.settings, self.clock, NAME,
                                write=self.write)
        supervisor.start()

    def wake(self) -> None:
        """Push now rather than at the next interval (e.g. when a call ends)."""
        if self.supervisor is not None:
            self.supervisor.wake(NAME)

    def state(self, conn: sqlite3.Connection | None = None) -> SyncState | None:
        """Rows waiting, last success, last error — a local read, no network; ``None``
        when sync is not configured. Call it off the UI thread (the queue may be long)."""
        if not self.configured:
            return None
        if conn is not None:
            return sync_state(conn)
        own = sqlite3.connect(self.db_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return sync_state(own)
        finally:
            own.close()

    def stop(self, timeout: float = 5.0) -> None:
        if self.supervisor is not None:
            self.supervisor.remove(NAME, timeout)
            self.supervisor = None
        if self.worker is not None:
            self.worker.close()
            self.worker = None
