"""Dates a supervisor types (``--since 2026-11-01``, ``--until 2026-11-30``, ``--since 30d``),
read as branch-local days and turned into the UTC bounds the log is stored in."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from desk.core.clock import to_iso


class BadDate(ValueError):
    pass


def local_day_start(day: date) -> str:
    return to_iso(datetime.combine(day, time(0, 0)).astimezone())


def parse_day(text: str, today: date) -> date:
    """``YYYY-MM-DD``, ``today``, ``yesterday`` or ``Nd`` (N days ago)."""
    value = text.strip().lower()
    if value == "today":
        return today
    if value == "yesterday":
        return today - timedelta(days=1)
    match = re.fullmatch(r"(\d{1,5})d", value)
    if match:
        return today - timedelta(days=int(match.group(1)))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadDate(f"{text!r} is not a date: use YYYY-MM-DD, today, yesterday or "
                      "a number of days like 30d") from None


def bounds(since: str | None, until: str | None, now: datetime) -> tuple[str | None, str | None]:
    """UTC ``[since, until)`` for branch-local days ``since`` to ``until`` inclusive."""
    today = now.astimezone().date()
    start = parse_day(since, today) if since else None
    end = parse_day(until, today) if until else None
    if start and end and end < start:
        raise BadDate(f"--until {until} is before --since {since}")
    return (local_day_start(start) if start else None,
            local_day_start(end + timedelta(days=1)) if end else None)
