"""SQL for the callback forwarding outbox (``callback_forwards``) as a state machine.

queued -> sending -> sent | failed, failed -> sending, and sending -> queued for a send cut
off by a crash: every change goes through ``move``, which refuses (and says so) any other.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.core.states import FORWARD_MOVES, ForwardState, sql_in
from desk.store import sql

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger("desk.store.forwards")


@dataclass(frozen=True)
class Forward:
    id: int
    callback_id: int
    to_addr: str
    status: ForwardState
    attempts: int
    last_error: str | None
    next_attempt_at: str | None


# Waiting to be sent (again), in SQL.
WAITING = sql_in(ForwardState.QUEUED, ForwardState.FAILED)


def due(db: Database, now: str) -> list[Forward]:
    rows = db.execute("select id, callback_id, to_addr, status, attempts, last_error, "
                      f"next_attempt_at from callback_forwards where status in {WAITING} "
                      "and (next_attempt_at is null or next_attempt_at <= ?) "
                      "order by id", [now]).fetchall()
    return [Forward(r[0], r[1], r[2], ForwardState(r[3]), r[4] or 0, r[5], r[6]) for r in rows]


def next_due_at(db: Database) -> str | None:
    """The soonest retry time ('' when one is due now; None when nothing waits)."""
    return db.execute("select min(coalesce(next_attempt_at, '')) from callback_forwards "
                      f"where status in {WAITING}").fetchall()[0][0]


def move(db: Database, forward_id: int, new: ForwardState, **values) -> bool:
    """Move one row to ``new`` if its state allows it; False (logged) when refused."""
    allowed = sorted(old for old, moves in FORWARD_MOVES.items() if new in moves)
    assignments = ", ".join(f"{sql._name(k)} = ?" for k in ("status", *values))
    marks = ", ".join("?" for _ in allowed)
    with db.atomic():
        changed = db.execute(
            f"update callback_forwards set {assignments} where id = ? and status in ({marks})",
            [str(new), *values.values(), forward_id, *allowed]).rowcount
    if not changed:
        log.info("forward %s: move to %s refused", forward_id, new)
    return bool(changed)


def resume(db: Database) -> int:
    """Sends cut off by a crash go back to the queue (they may not have arrived)."""
    with db.atomic():
        return db.execute(f"update callback_forwards set status = '{ForwardState.QUEUED}' "
                          f"where status = '{ForwardState.SENDING}'").rowcount
