"""The call in progress, as Qt signals the console's panels listen to."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal

from desk.ui.services import Services


class CallSession(QObject):
    """Holds the current call id; every change goes to the store first, then out as a signal."""

    started = Signal(int)  # call id
    ended = Signal(int)  # call id
    changed = Signal(int)  # caller details, notes, stage or mood of the call changed

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.call_id: int | None = None

    @property
    def active(self) -> bool:
        return self.call_id is not None

    def current(self):
        """The stored row of the call in progress, or ``None``."""
        if self.call_id is None or self.services.desk is None:
            return None
        return self.services.desk.get(self.call_id)

    def start(self, channel: str = "phone", **caller) -> int:
        call = self.services.desk.start_call(channel, **caller)
        self.call_id = call.id
        self.started.emit(call.id)
        return call.id

    def resume(self, call_id: int) -> None:
        self.call_id = call_id
        self.started.emit(call_id)

    def update(self, **values) -> None:
        if self.call_id is None:
            return
        self.services.desk.update(self.call_id, **values)
        self.changed.emit(self.call_id)

    def end(self, outcome: str, topic: str = "", reason: str | None = None) -> None:
        if self.call_id is None:
            return
        call_id = self.call_id
        self.services.desk.end_call(call_id, outcome, topic, reason=reason)
        self.call_id = None
        self.ended.emit(call_id)

    def context(self) -> dict:
        """The live call's context for an incident: who, what, how long, where in the call."""
        call = self.current()
        if call is None:
            return {}
        return {
            "call_id": call.id,
            "caller_number": call.caller_number,
            "caller_name": call.caller_name,
            "topic": call.topic,
            "elapsed_s": self.services.desk.elapsed_s(call),
            "stage": call.stage,
            "notes": (call.notes or "")[-500:],
            "channel": call.channel,
        }

    def context_json(self) -> str:
        return json.dumps(self.context(), ensure_ascii=False)
