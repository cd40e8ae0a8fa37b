"""Time as an injectable dependency, so tests never sleep.

All stored timestamps are ISO 8601 text in UTC with a trailing ``Z``
(``2026-11-22T09:30:00Z``); these helpers are the only place that format is
produced or parsed.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps backwards (for backoff and timeouts)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC).replace(microsecond=0)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | str = "2026-11-23T09:00:00Z"):
        self._now = parse_iso(start) if isinstance(start, str) else start.astimezone(UTC)
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float = 0, **delta: float) -> datetime:
        step = timedelta(seconds=seconds, **delta)
        self._now += step
        self._mono += step.total_seconds()
        return self._now

    def set(self, when: datetime | str) -> None:
        target = parse_iso(when) if isinstance(when, str) else when.astimezone(UTC)
        self._mono += (target - self._now).total_seconds()
        self._now = target


def to_iso(moment: datetime) -> str:
    """UTC ISO 8601 with a ``Z``, whole seconds: the one stored format."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: Desk stores only timezone-aware UTC times")
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    """Read a stored timestamp back (also accepts ``+00:00`` and offsets)."""
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def seconds_between(start: str, end: str) -> int:
    return int((parse_iso(end) - parse_iso(start)).total_seconds())
