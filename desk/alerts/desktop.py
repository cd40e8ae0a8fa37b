"""Desktop channel: a system notification through plyer.

plyer has no working backend on many Linux desktops (it raises, or prints and
returns): then the console shows an in-app banner instead, so the channel still
reaches the person at this desk. Never a crash.
"""

from __future__ import annotations

from desk.alerts.channel import Check, describe

IN_APP = "in-app banner"


class DesktopChannel:
    def __init__(self, name: str, notify=None):
        self.name = name
        self._notify = notify  # injectable for tests

    def send(self, message: dict) -> str:
        subject, body = describe(message)
        try:
            notify = self._notify or _plyer_notify()
            notify(title=subject[:64], message=body[:256], app_name="Desk", timeout=30)
        except Exception:  # any backend failure: fall back, never crash
            return IN_APP
        return "notification shown"

    def check(self) -> Check:
        try:
            _plyer_notify()
        except Exception as exc:
            return Check(self.name, True, f"no system notifications ({type(exc).__name__}); "
                         "in-app banner instead")
        return Check(self.name, True, "system notifications")


def _plyer_notify():
    from plyer import notification

    return notification.notify
