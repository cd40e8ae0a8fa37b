"""Head-office sync in the console: the loop under the console's supervisor, and a quiet
line in the status bar ("Head office: 3 waiting · last sent 10:42"). Nothing here waits on
the server or on the log: the state is read on the log thread every few seconds."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from desk.ui.dates import local_time
from desk.ui.plain import plain_label, set_tooltip

REFRESH_MS = 10_000


class SyncStatus(QObject):
    def __init__(self, shell):
        super().__init__(shell)
        from desk.sync.service import SyncService

        self.shell = shell
        services = shell.services
        # The push's bookkeeping (rows sent, last result) is written by the log thread,
        # with a limit so a long lock fails the round and the loop retries it.
        self.service = SyncService(
            services.db_path, services.config, services.clock,
            write=lambda fn: services.write_with_connection(fn, timeout=5.0))
        self.label: QLabel | None = None
        if not self.service.configured:
            return  # no [sync]: nothing changes
        self.label = plain_label("", shell.host)
        self.label.setObjectName("syncStatus")
        self.label.setAccessibleName(self.tr("Head office sync"))
        shell.status.add_permanent(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        shell.ready.connect(self._start)
        shell.call_ended.connect(lambda _call: self.service.wake())
        shell.closing.connect(self.stop)

    def _start(self) -> None:
        # After the first paint: loading the PostgreSQL driver takes a fifth of a second.
        QTimer.singleShot(0, lambda: self.service.start(self.shell.supervisor))
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        from desk.ui.ops import read_op

        read_op(self, lambda ctx: ctx.sync.state()).success(self._show)

    def _show(self, state) -> None:
        if self.label is None or state is None:
            return
        last = local_time(state.last_success_at) if state.last_success_at else self.tr("never")
        text = self.tr("Head office: %1 waiting · last sent %2").replace(
            "%1", str(state.waiting)).replace("%2", last)
        if state.last_error:
            from desk.sync.errors import is_refusal_text

            text += " · " + (self.tr("refused: this log belongs to another branch")
                             if is_refusal_text(state.last_error) else self.tr("retrying"))
        self.label.setText(text)
        set_tooltip(self.label, state.last_error)  # the server's words: escaped
        self.label.setAccessibleDescription(text)

    def stop(self) -> None:
        if self.label is not None:
            self.timer.stop()
            self.service.stop()
