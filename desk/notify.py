"""Desktop notifications through plyer, quietly: False when this desktop has none.

plyer warns on stderr and then raises on many Linux desktops (no dbus, no
notify-send); callers fall back to an in-app banner, so the warnings are noise.
"""

from __future__ import annotations

import warnings


def notify(title: str, message: str, timeout: int = 15) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from plyer import notification

            notification.notify(title=title[:64], message=message[:256], app_name="Desk",
                                timeout=timeout)
    except Exception:  # any backend failure means: no notifications here
        return False
    return True
