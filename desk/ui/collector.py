"""Python's cycle collector runs on the UI thread only (the shape Anki uses).

Left automatic, the collector runs on whichever thread happens to allocate: a log,
alarm or review thread may then free a Qt object's wrapper, and PySide6 crashes. So
the console turns automatic collection off and collects on a timer of the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 10_000


class UiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def set_aside_start_up(self) -> None:
        """Once the console is ready: what the start made (modules, classes, the window)
        lives as long as the console, so no later collection walks it again
        (``gc.freeze``); each one then takes a fraction of the time on the UI thread."""
        gc.freeze()

    def collect(self) -> int:
        return gc.collect()

    def stop(self) -> None:
        """The last collection on the UI thread; automatic collection stays as it is
        (``desk.app.main`` gives back the setting it found)."""
        self.timer.stop()
        gc.collect()
