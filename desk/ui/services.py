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
    from desk.ui.ops import LogOps, OpenLog


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
            self.ops = LogOps(self._open_context, _close_context, parent,
                              after_first=self._finish_opening)
        return self.ops

    @property
    def writer(self):
        """The console's one writer for background threads (``LogThread.call``): give it to
        the alarm's recorder, callback forwarding and the like; None before ``start_log``."""
        return self.ops.thread if self.ops is not None else None

    def write_with_connection(self, fn, *, timeout: float | None = None):
        """``fn(sqlite3.Connection)`` on the log thread in one transaction; its result or
        its error (``Busy`` past ``timeout``). For services that take a ``write(fn)``, not
        for the UI: its ops go through ``run_op`` and the desks."""
        return self.writer.call(lambda log: fn(log.db.conn), timeout=timeout)

    def _open_context(self) -> OpenLog:
        """On the log thread: open (create, migrate) the database; raises ``DatabaseProblem``."""
        from desk.core import desks
        from desk.core.callback_desk import CallbackDesk
        from desk.core.calls import CallDesk
        from desk.store.db import open_db, set_busy_wait
        from desk.ui.ops import LogContext, OpenLog, SyncDesk

        # Lazy: a current log is opened and first read with plain sqlite3; sqlite-utils
        # loads after the console is ready (``_finish_opening``), not on the start path.
        db = open_db(self.db_path, lazy=True)
        # The one busy wait (desk.store.db.BUSY_WAIT_S): short, the log thread retries by
        # itself and meanwhile tells the operator what is waiting.
        set_busy_wait(db.conn)
        identity = self.identity
        return OpenLog(db=db, desks=LogContext(
            calls=CallDesk(db, self.clock, self.content, identity),
            callbacks=CallbackDesk(db, self.clock, self.config, identity.operator,
                                   identity.workstation),
            drafts=desks.DraftsDesk(db), history=desks.HistoryDesk(db),
            phone=desks.PhoneDesk(db), shift=desks.ShiftDesk(db, self.clock),
            sync=SyncDesk(db), identity=desks.IdentityDesk(db)))

    def _finish_opening(self, context: OpenLog) -> None:
        """On the log thread, once the first read is on screen: the rest of the opening."""
        from desk.store.db import finish_lazy_open

        finish_lazy_open(context.db, self.db_path)


def _close_context(context: OpenLog) -> None:
    context.db.conn.close()
