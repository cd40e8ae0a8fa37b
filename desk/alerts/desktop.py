"""Desktop channel: a system notification through plyer.

plyer has no working backend on many Linux desktops (it warns, then raises):
then the console shows an in-app banner instead, so the channel still reaches
the person at this desk. Never a crash.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Callable

from desk.alerts.channel import Check, describe
from desk.platform.notifications import notify as system_notify

IN_APP = "in-app banner"


class DesktopChannel:
    def __init__(self, name: str, notify: Callable[..., bool] | None = None):
        self.name = name
        self._notify = notify or system_notify  # injectable for tests

    def send(self, message: dict) -> str:
        subject, body = describe(message)
        if self._notify(subject, body, timeout=30):
            return "notification shown"
        return IN_APP

    def check(self) -> Check:
        if has_notifications():
            return Check(self.name, True, "system notifications")
        return Check(self.name, True, "no system notifications here: in-app banner instead")


def has_notifications() -> bool:
    """Whether plyer has a backend on this machine (Linux needs dbus or notify-send)."""
    if not sys.platform.startswith("linux"):
        return True
    return importlib.util.find_spec("dbus") is not None or shutil.which("notify-send") is not None
