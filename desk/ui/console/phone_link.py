"""The phone system drives the call: ``desk incoming|answered|hangup`` events reach the console.

The events are queued durably in the log (``phone_events``); the command also wakes the
console over its local socket (``desk.ui.single_instance``), so the queue is read at once.
The slow poll stays as the safety net for a wake-up that got lost.

Ring and answer times come from the events (when the phone system reported them, not when
the console got round to them); the answer speed ticks the greeting's first item, or marks
it late, by itself (``desk.core.answer_speed``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer

from desk.core import answer_speed
from desk.core.clock import to_iso
from desk.store.phone_events import take_events

POLL_MS = 1000  # only a fallback now: the command wakes the console at once


class PhoneLink(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)  # a cheap indexed query; keeps the CLI decoupled
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.last_speed: answer_speed.AnswerSpeed | None = None
        window.closing.connect(self.timer.stop)

    def poll(self) -> None:
        services = self.window.services
        if services.db is None:
            return
        events = take_events(services.db, services.identity.workstation,
                             to_iso(services.clock.now()))
        for event in events:
            getattr(self, f"_on_{event['kind']}")(event)

    def _on_incoming(self, event: dict) -> None:
        session = self.window.session
        if session.active:
            self.window.banners.show_banner(
                "incoming", self.tr("Another call is ringing: %1").replace(
                    "%1", event["name"] or event["number"] or ""), "info")
            return
        self.window.banners.clear_banner("incoming")
        from desk.store.ring_times import record_ring

        call_id = session.start("phone", caller_number=event["number"],
                                caller_name=event["name"], answered=False)
        record_ring(self.window.services.db, call_id, event["at"])
        if os.environ.get("DESK_ANNOUNCE_READY"):  # the latency benchmark waits for this line
            print(f"desk call {event['number']}", flush=True)

    def _on_answered(self, event: dict) -> None:
        session = self.window.session
        call = session.current()
        if call is None or call.answered_at:
            return  # nothing ringing: the pick-up of a call the console never saw
        services = self.window.services
        from desk.store.ring_times import record_answer, ring_times

        rang_at = ring_times(services.db, call.id)["rang_at"]
        speed = mark = None
        if rang_at:
            norms = services.config.norms
            try:
                speed = answer_speed.measure(rang_at, event["at"], int(norms["answer_by_ring"]),
                                             float(norms.get("ring_seconds", 5)))
            except ValueError:  # a nonsensical norm in the config: record the time only
                speed = None
        if speed is not None:
            stage, item = answer_speed.first_greeting_item(services.content.stages)
            mark = {"stage": stage, "item": item, "status": speed.mark, "at": event["at"]}
        record_answer(services.db, call.id, answered_at=event["at"],
                      answer_s=speed.seconds if speed else None,
                      late=(not speed.on_time) if speed else None, mark=mark)
        self.last_speed = speed
        if speed is not None:
            self._show_speed(speed, call.stage)

    def _show_speed(self, speed: answer_speed.AnswerSpeed, stage: str) -> None:
        window = self.window
        seconds, limit = f"{speed.seconds:.0f}", f"{speed.limit_s:.0f}"
        text = (self.tr("Answered after %1 s: within the norm (%2 s).") if speed.on_time
                else self.tr("Answered after %1 s: later than the norm (%2 s)."))
        window.statusBar().showMessage(text.replace("%1", seconds).replace("%2", limit), 15000)
        panel = window.call_panel
        if panel.checklist.stage_id == stage:  # show the settled item at once
            panel.checklist.show_stage(stage, window.services.desk.ticked(window.session.call_id))
        window.session.changed.emit(window.session.call_id)

    def _on_hangup(self, _event: dict) -> None:
        self.window.banners.clear_banner("incoming")
        self.window.call_panel.ask_end_call()


def install(window) -> None:
    window.phone_link = PhoneLink(window)
    # Events queued while the console was starting (``desk incoming`` started it) or closed.
    QTimer.singleShot(0, window.phone_link.poll)
