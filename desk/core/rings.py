"""Answer by the third ring, checked from the phone system's own times (seed 001).

When the phone link reports a ring (``desk incoming``) and later the answer
(``desk answered``), the greeting's first item is marked by itself: ``done`` if the
call was picked up by ``norms.answer_by_ring``, else ``late`` (with the answer time).
The ring count assumes the phone system's cadence, ``norms.ring_seconds`` from one
ring to the next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.core.clock import seconds_between
from desk.store import calls as store

if TYPE_CHECKING:
    from sqlite_utils import Database

ANSWER_STAGE, ANSWER_ITEM = "greeting", "answered_by_third_ring"
DONE, LATE = "done", "late"


def ring_number(started_at: str, answered_at: str, ring_s: float) -> int:
    """Which ring the call was answered on: the first ring starts when it starts ringing."""
    return int(max(0, seconds_between(started_at, answered_at)) // ring_s) + 1


def record_answer(db: Database, call: store.CallRow, answer_by_ring: int,
                  ring_s: float) -> tuple[str, int] | None:
    """Mark the answer item from the ring and answer times, once per call.

    Returns ``(status, ring)`` when it marked something; ``None`` for a call started by
    hand (no ring time), one not answered yet, or one already marked (by hand or before).
    """
    if call.channel != "phone" or not call.answered_at or call.answered_at == call.started_at:
        return None
    if any(m["stage"] == ANSWER_STAGE and m["item"] == ANSWER_ITEM
           for m in store.marks(db, call.id)):
        return None
    ring = ring_number(call.started_at, call.answered_at, ring_s)
    status = DONE if ring <= answer_by_ring else LATE
    store.add_mark(db, call.id, ANSWER_STAGE, ANSWER_ITEM, status, call.answered_at)
    return status, ring


def late_ring(db: Database, call: store.CallRow, ring_s: float) -> int | None:
    """The ring a call was answered on, if its answer was marked late."""
    late = any(m["stage"] == ANSWER_STAGE and m["item"] == ANSWER_ITEM and m["status"] == LATE
               for m in store.marks(db, call.id))
    if not late or not call.answered_at:
        return None
    return ring_number(call.started_at, call.answered_at, ring_s)
