"""Retry timing for everything that must eventually arrive (alarms, forwarded callbacks)."""

from __future__ import annotations

from datetime import datetime, timedelta

FIRST_DELAY_S = 1.0
MAX_DELAY_S = 60.0
# 2 ** 62 seconds is far past any cap: beyond it the doubling is not computed at all, so
# the thousandth retry costs the same as the tenth (no OverflowError from 2.0 ** 1024).
_MAX_DOUBLINGS = 62


def retry_delay_s(attempts: int, first: float = FIRST_DELAY_S, cap: float = MAX_DELAY_S) -> float:
    """Seconds to wait after ``attempts`` failed tries: 1, 2, 4, … capped (never gives up)."""
    if attempts <= 0:
        return 0.0
    doublings = min(attempts - 1, _MAX_DOUBLINGS)
    return min(cap, first * float(1 << doublings))


def next_attempt_at(now: datetime, attempts: int, first: float = FIRST_DELAY_S,
                    cap: float = MAX_DELAY_S) -> datetime:
    return now + timedelta(seconds=retry_delay_s(attempts, first, cap))
