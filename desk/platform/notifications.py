"""Desktop notifications through plyer, quietly: False when this desktop has none.

plyer warns on stderr and then raises on many Linux desktops (no dbus, no
notify-send); callers fall back to an in-app banner, so the warnings are noise.

The text may carry a caller's name or a peer's words: it is made safe for display
(``desk.core.textsafety``), and on Linux it is escaped, because freedesktop notification
servers read the body as markup (``<b>``, ``<a href>``, ``<img src>``).
"""

from __future__ import annotations

import html
import sys
import warnings

from desk.core.textsafety import display_text


def notification_text(title: str, message: str, markup: bool | None = None) -> tuple[str, str]:
    """Title and body as the notification gets them (``markup``: the body is read as
    markup, as freedesktop servers do; by default on Linux)."""
    if markup is None:
        markup = sys.platform.startswith("linux")
    title = display_text(title, 64, one_line=True)
    body = display_text(message, 256)
    return title, html.escape(body, quote=False) if markup else body


def notify(title: str, message: str, timeout: int = 15) -> bool:
    title, message = notification_text(title, message)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from plyer import notification

            notification.notify(title=title, message=message, app_name="Desk",
                                timeout=timeout)
    except Exception:  # any backend failure means: no notifications here
        return False
    return True
