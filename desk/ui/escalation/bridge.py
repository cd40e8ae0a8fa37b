"""Carries the alarm service's events (from worker threads) to the UI thread as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AlarmEvents(QObject):
    event = Signal(str, dict)  # queued across threads: slots run on the UI thread

    def __call__(self, kind: str, details: dict) -> None:
        self.event.emit(kind, dict(details))
