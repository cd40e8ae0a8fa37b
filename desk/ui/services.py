"""What every view needs, in one object handed down (no global registry)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk.config import Config
from desk.content import Content
from desk.core.calls import Identity
from desk.core.clock import Clock

if TYPE_CHECKING:
    from desk.ui.ops import LogContext, LogOps

BUSY_TIMEOUT_MS = 250


@dataclass
class Services:
    db_path: Path
    config: Config
    clock: Clock
    content: Content
    language: str
    ops: LogOps | None = None  # the one path to the call log (started by the window)

    @property
    def identity(self) -> Identity:
        return Identity(self.config.operator, self.config.workstation_name,
                        self.config.branch["name"])

    def start_log(self, parent=None) -> LogOps:
        """Start the log thread; the database opens there, with the first op."""
        from desk.ui.ops import LogOps

        if self.ops is None:
            self.ops = LogOps(self._open_context, _close_context, parent)
        return self.ops

    def _open_context(self) -> LogContext:
        """On the log thread: open (create, migrate) the database; raises ``DatabaseProblem``."""
        from desk.core.callback_desk import CallbackDesk
        from desk.core.calls import CallDesk
        from desk.store.db import open_db
        from desk.ui.ops import LogContext

        db = open_db(self.db_path)
        # A short wait for the lock: the log thread retries by itself and meanwhile tells
        # the operator what is waiting (SQLite's own wait would be silent).
        db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        identity = self.identity
        return LogContext(
            db=db, desk=CallDesk(db, self.clock, self.content, identity),
            callbacks=CallbackDesk(db, self.clock, self.config, identity.operator,
                                   identity.workstation))


def _close_context(context) -> None:
    context.db.conn.close()
