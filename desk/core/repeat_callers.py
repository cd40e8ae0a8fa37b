"""A caller who keeps calling: their Nth call within 30 days gets a quiet cue to thank them
for their patience (seed 003: pamper loyal customers). Counted from the log, Qt-free."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desk.core.clock import to_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

WINDOW_DAYS = 30


def earlier_calls(db: Database, number: str | None, email: str | None, started: datetime,
                  days: int = WINDOW_DAYS) -> int:
    """Calls from this number or e-mail in the ``days`` before ``started`` (when this call
    started, so this call itself never counts, recorded yet or not)."""
    if not number and not email:
        return 0
    since, until = to_iso(started - timedelta(days=days)), to_iso(started)
    row = db.execute(
        "select count(*) from calls where started_at >= ? and started_at < ? and ("
        "(? is not null and caller_number = ?) or (? is not null and caller_email = ?))",
        [since, until, number, number, email, email]).fetchone()
    return int(row[0])


def call_number(earlier: int) -> int:
    """This call's place among the caller's calls in the window (1 = first)."""
    return earlier + 1


def is_repeat(earlier: int, threshold: int) -> bool:
    """The cue shows from the ``threshold``-th call on (default 4: the fourth this month)."""
    return call_number(earlier) >= threshold
