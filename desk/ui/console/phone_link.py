"""The phone system drives the call: ``desk incoming|answered|hangup`` events reach the console.

The events are queued durably in the log (``phone_events``); the command also wakes the
console over its local socket (``desk.ui.single_instance``), so the queue is read at once.
A slow poll stays as the safety net for a wake-up that got lost. The queue is read on the
log thread (``desk.ui.ops``), never on the UI thread.

Ring and answer times come from the events (when the phone system reported them, not when
the console got round to them); the answer speed ticks the greeting's first item, or marks
it late, by itself (``desk.core.answer_speed``).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer

from desk.core import answer_speed
from desk.core.clock import to_iso
from desk.core.states import MarkSource
from desk.core.textsafety import NAME_MAX, NUMBER_MAX, display_text
from desk.ui.ops import Change, run_op

POLL_MS = 1000  # only a fallback now: the command wakes the console at once


class PhoneLink(QObject):
    def __init__(self, shell):
        super().__init__(shell)
        self.shell = shell
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.polling = False
        self.again = False  # woken while a poll was on its way: read once more after it
        self.rang_at: str | None = None  # the ringing call's ring time (from its event)
        self.last_speed: answer_speed.AnswerSpeed | None = None
        # Events queued while the console was starting (``desk incoming`` started it).
        shell.ready.connect(self.timer.start)
        shell.ready.connect(self.poll)
        shell.closing.connect(self.timer.stop)

    def poll(self) -> None:
        if not self.shell.log_open:
            return
        if self.polling:  # the last read is still on the log thread: no pile-up
            self.again = True
            return
        self.polling = True
        services = self.shell.services
        workstation, now = services.identity.workstation, to_iso(services.clock.now())
        run_op(self, lambda ctx: ctx.phone.take_events(workstation, now),
               changes={Change.PHONE_EVENTS}) \
            .success(self._handle).failure(lambda _exc: self._done())

    def _done(self) -> None:
        self.polling = False
        if self.again:
            self.again = False
            self.poll()

    def _handle(self, events: list) -> None:
        for event in events:
            getattr(self, f"_on_{event['kind']}")(event)
        self._done()

    def _on_incoming(self, event: dict) -> None:
        # Anything that can write the log's queue can put text here: capped and made safe
        # before any widget or the call sees it (the banner is plain text besides).
        event = {**event, "name": _capped(event.get("name"), NAME_MAX),
                 "number": _capped(event.get("number"), NUMBER_MAX)}
        session = self.shell.session
        if session.active:
            self.shell.notices.show_banner(
                "incoming", self.tr("Another call is ringing: %1").replace(
                    "%1", event["name"] or event["number"] or ""), "info")
            return
        self.shell.notices.clear_banner("incoming")
        session.start("phone", caller_number=event["number"], caller_name=event["name"],
                      answered=False)
        self.rang_at = rang_at = event["at"]
        session.for_call("ring", lambda ctx, call_id: ctx.phone.record_ring(call_id, rang_at))
        if os.environ.get("DESK_ANNOUNCE_READY"):  # the latency benchmark waits for this line
            print(f"desk call {event['number']}", flush=True)

    def _on_answered(self, event: dict) -> None:
        session = self.shell.session
        call = session.current()
        if call is None or call.answered_at:
            return  # nothing ringing: the pick-up of a call the console never saw
        services = self.shell.services
        speed = mark = None
        if self.rang_at:
            norms = services.config.norms
            speed = answer_speed.measure(self.rang_at, event["at"],
                                         int(norms["answer_by_ring"]),
                                         float(norms["ring_seconds"]))
            stage, item = answer_speed.first_greeting_item(services.content.stages)
            mark = {"stage": stage, "item": item, "status": speed.mark, "at": event["at"],
                    "by": MarkSource.CONSOLE}  # the phone system's word, not the operator's
            if speed.on_time:
                self.shell.call.tick_by_console(stage, item)
        session.answered(at=event["at"], record=False)
        answered_at = event["at"]
        session.for_call("answered", lambda ctx, call_id: ctx.phone.record_answer(
            call_id, answered_at=answered_at,
            answer_s=speed.seconds if speed else None,
            late=(not speed.on_time) if speed else None, mark=mark))
        self.last_speed = speed
        if speed is not None:
            self._show_speed(speed, call.stage)

    def _show_speed(self, speed: answer_speed.AnswerSpeed, stage: str) -> None:
        seconds, limit = f"{speed.seconds:.0f}", f"{speed.limit_s:.0f}"
        text = (self.tr("Answered after %1 s: within the norm (%2 s).") if speed.on_time
                else self.tr("Answered after %1 s: later than the norm (%2 s)."))
        self.shell.status.say(text.replace("%1", seconds).replace("%2", limit), 15000)
        self.shell.call.show_ticks(stage)  # the settled item at once

    def _on_hangup(self, _event: dict) -> None:
        self.shell.notices.clear_banner("incoming")
        self.rang_at = None
        self.shell.call.ask_end()


def _capped(value, limit: int) -> str | None:
    return None if value is None else display_text(value, limit, one_line=True)
