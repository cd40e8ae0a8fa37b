"""Working days and the callback promise: counted by the rule, never typed by hand.

Seed 001 promises a detailed answer within 3 days. ``callback_day_kind`` says how they
count: ``calendar`` (the default: day 3 is three days later, whatever the weekday) or
``business`` (weekends and holidays skipped, Desk's earlier rule). Either way a due day
that is not a working day moves to the working day *before* it: the promise is kept
early rather than broken on a Saturday.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

DAY_KINDS = ("calendar", "business")


def is_business_day(day: date, holidays: Iterable[date] = ()) -> bool:
    return day.weekday() < 5 and day not in set(holidays)


def add_business_days(start: date, days: int, holidays: Iterable[date] = ()) -> date:
    """The date ``days`` business days after ``start`` (weekends and holidays skipped)."""
    if days < 0:
        raise ValueError("days must not be negative")
    skip = set(holidays)
    current = start
    remaining = days
    while remaining:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in skip:
            remaining -= 1
    return current


def working_day_on_or_before(day: date, holidays: Iterable[date] = ()) -> date:
    """``day`` if it is a working day, else the last working day before it."""
    skip = set(holidays)
    for _ in range(3660):  # a holiday list can never hide every day of ten years
        if is_business_day(day, skip):
            return day
        day -= timedelta(days=1)
    raise ValueError("no working day in the ten years before the due date")


def due_day(start: date, days: int, kind: str = "calendar",
            holidays: Iterable[date] = ()) -> date:
    """The day a promise of ``days`` days made on ``start`` falls due (see module text)."""
    if kind not in DAY_KINDS:
        raise ValueError(f"callback_day_kind must be one of {', '.join(DAY_KINDS)}")
    if days < 0:
        raise ValueError("days must not be negative")
    holidays = set(holidays)
    counted = (start + timedelta(days=days) if kind == "calendar"
               else add_business_days(start, days, holidays))
    # Never earlier than the day it was promised (a promise made on a Sunday for "0 days").
    return max(start, working_day_on_or_before(counted, holidays)) if days else start
