"""The console's one supervisor of background loops, and what it says on screen.

Every loop (each alarm channel, the alarm's recorder, callback forwarding, the LAN
listener, head-office sync) runs under ``desk.supervisor.Supervisor``. Its state changes
arrive here from worker threads and become a banner: a loop that failed and is restarting,
or hangs, is visible within seconds, and the banner goes when it is back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk.core.states import WorkerStatus
from desk.supervisor import Supervisor, WorkerState

PROBLEMS = (WorkerStatus.RESTARTING, WorkerStatus.STUCK)


class Workers(QObject):
    state = Signal(str, str, str)  # name, status, detail: queued to the UI thread

    def __init__(self, shell):
        super().__init__(shell)
        self.notices = shell.notices
        self.supervisor = Supervisor(on_state=self._from_thread)
        self.state.connect(self._show)
        shell.closing.connect(self.stop)

    def _from_thread(self, state: WorkerState) -> None:
        self.state.emit(state.name, str(state.status), state.detail or state.last_error or "")

    def _show(self, name: str, status: str, detail: str) -> None:
        key = f"worker_{name}"
        if status in PROBLEMS:
            words = (self.tr("failed and is restarting by itself")
                     if status == WorkerStatus.RESTARTING else self.tr("is not answering"))
            text = self.tr("Background task “%1” %2: %3").replace("%1", name) \
                .replace("%2", words).replace("%3", detail)
            self.notices.show_banner(key, text,
                                     "danger" if name.startswith("alarm") else "warning")
        elif status != WorkerStatus.STOPPED:
            self.notices.clear_banner(key)

    def stop(self) -> None:
        self.supervisor.stop(timeout=5.0)
