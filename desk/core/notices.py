"""What the console's notice area shows, decided without Qt.

Every notice has a key (its topic: a feature updates or clears its own), a level, a
priority and a lifetime. The board decides which notices take a line on screen:

- outside a call, every notice the operator has not put away;
- during a call, every danger notice but at most ONE ordinary (info or warning) notice;
  the rest wait behind a count the operator can open;
- during an alarm, only the alarm's own notices;
- an info notice the operator put away stays away until its text changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

LEVELS = ("info", "warning", "danger")
# Info news goes stale (a passed test, a peer's test alarm); warnings and dangers stay
# until the part that posted them clears them.
DEFAULT_LIFETIME_S = {"info": 30 * 60, "warning": None, "danger": None}
# The notices that belong to a raised alarm: the only ones that show while it is on.
ALARM_KEYS = frozenset({"alarm_ack", "alarm_failed", "alarm_desktop", "alarm_lan"})


@dataclass
class Notice:
    key: str
    text: str
    level: str = "info"
    priority: int = 0
    expires_at: datetime | None = None
    tooltip: str = ""
    seq: int = 0  # when it last changed: the newer of two equal notices goes first

    @property
    def ordinary(self) -> bool:
        return self.level != "danger"

    @property
    def can_put_away(self) -> bool:
        return self.level == "info"

    @property
    def alarm(self) -> bool:
        return self.key in ALARM_KEYS


@dataclass
class Layout:
    shown: list[Notice] = field(default_factory=list)
    folded: list[Notice] = field(default_factory=list)  # behind the count


class NoticeBoard:
    def __init__(self) -> None:
        self.notices: dict[str, Notice] = {}
        self.put_away: dict[str, str] = {}  # key -> the text the operator put away
        self._seq = 0

    def post(self, key: str, text: str, level: str = "info", *, now: datetime,
             priority: int | None = None, lifetime_s: float | None = None,
             tooltip: str = "") -> Notice:
        if level not in LEVELS:
            level = "warning"
        old = self.notices.get(key)
        changed = old is None or old.text != text or old.level != level
        if lifetime_s is None:
            lifetime_s = DEFAULT_LIFETIME_S[level]
        notice = Notice(key, text, level,
                        priority if priority is not None else LEVELS.index(level) * 10,
                        now + timedelta(seconds=lifetime_s) if lifetime_s else None,
                        tooltip, old.seq if old is not None and not changed else 0)
        if changed:
            self._seq += 1
            notice.seq = self._seq
            self.put_away.pop(key, None)  # news: it comes back
        self.notices[key] = notice
        return notice

    def remove(self, key: str) -> bool:
        self.put_away.pop(key, None)
        return self.notices.pop(key, None) is not None

    def put_away_notice(self, key: str) -> bool:
        notice = self.notices.get(key)
        if notice is None or not notice.can_put_away:
            return False
        self.put_away[key] = notice.text
        return True

    def expire(self, now: datetime) -> list[str]:
        gone = [k for k, n in self.notices.items() if n.expires_at is not None
                and n.expires_at <= now]
        for key in gone:
            self.remove(key)
        return gone

    def layout(self, in_call: bool = False, alarm: bool = False,
               opened: bool = False) -> Layout:
        live = sorted((n for n in self.notices.values() if n.key not in self.put_away),
                      key=lambda n: (-n.priority, -n.seq))
        if opened:
            return Layout(live, [])
        if alarm:
            return Layout([n for n in live if n.alarm], [n for n in live if not n.alarm])
        if not in_call:
            return Layout(live, [])
        out = Layout()
        ordinary_shown = False
        for notice in live:
            if not notice.ordinary:
                out.shown.append(notice)
            elif not ordinary_shown:
                out.shown.append(notice)
                ordinary_shown = True
            else:
                out.folded.append(notice)
        return out


def channel_labels(names: list[str], labels: list[str]) -> dict[str, str]:
    """Each channel's technical name -> what a receptionist reads ("Security desk"); a
    channel without a label keeps its name."""
    return {name: (label or "").strip() or name
            for name, label in zip(names, labels, strict=True)}
