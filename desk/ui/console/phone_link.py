"""Picks up ``desk incoming|answered|hangup`` events from the database while the console runs."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desk.core.clock import to_iso
from desk.store.phone_events import take_events

POLL_MS = 500


class PhoneLink(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)  # a cheap indexed query; keeps the CLI decoupled
        self.timer.timeout.connect(self.poll)
        self.polling = False
        window.database_ready.connect(self.timer.start)
        window.closing.connect(self.timer.stop)

    def poll(self) -> None:
        if self.polling:  # the last poll is still waiting on the log: no pile-up
            return
        self.polling = True
        services = self.window.services
        workstation, now = services.identity.workstation, to_iso(services.clock.now())
        services.ops.run(lambda ctx: take_events(ctx.db, workstation, now),
                         label="").success(self._handle) \
            .failure(lambda _exc: setattr(self, "polling", False))

    def _handle(self, events: list) -> None:
        self.polling = False
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
        session.start("phone", caller_number=event["number"], caller_name=event["name"],
                      answered=False)

    def _on_answered(self, _event: dict) -> None:
        self.window.session.answered()

    def _on_hangup(self, _event: dict) -> None:
        self.window.banners.clear_banner("incoming")
        self.window.call_panel.ask_end_call()
