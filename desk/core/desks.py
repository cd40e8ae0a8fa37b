"""The small desks a console op gets beside the call and callback desks (Qt-free).

Each one is a named facade over the store for one concern, so an op says
``ctx.drafts.save(…)`` or ``ctx.phone.take_events(…)`` and never holds the database
itself (``desk.ui.ops.LogContext``). They run on the log thread, inside the op's one
transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.core import history, repeat_callers, shift
from desk.core.clock import Clock
from desk.store import call_events, drafts, identity, phone_events, ring_times

if TYPE_CHECKING:
    from datetime import datetime

    from sqlite_utils import Database


class DraftsDesk:
    """What the operator was typing in a dialog (one draft per kind), kept crash-safe."""

    def __init__(self, db: Database):
        self._db = db

    def load(self, kind: str) -> tuple[int | None, dict] | None:
        return drafts.load(self._db, kind)

    def save(self, kind: str, call_id: int | None, data: dict, at: str) -> None:
        drafts.save(self._db, kind, call_id, data, at)

    def clear(self, kind: str) -> None:
        drafts.clear(self._db, kind)


class HistoryDesk:
    """What the log knows of a caller: earlier calls, open callbacks, calls this month."""

    def __init__(self, db: Database):
        self._db = db

    def lookup(self, number: str | None, email: str | None, *, exclude_call: int | None,
               name: str | None, now: datetime) -> history.History:
        return history.lookup(self._db, number, email, exclude_call=exclude_call, name=name,
                              now=now)

    def earlier_calls(self, number: str | None, email: str | None, started: datetime) -> int:
        return repeat_callers.earlier_calls(self._db, number, email, started)


class PhoneDesk:
    """Events the phone system queued for this console and the ring times they carry."""

    def __init__(self, db: Database):
        self._db = db

    def take_events(self, workstation: str, now: str) -> list[dict]:
        return phone_events.take_events(self._db, workstation, now)

    def record_ring(self, call_id: int, rang_at: str) -> None:
        ring_times.record_ring(self._db, call_id, rang_at)

    def record_answer(self, call_id: int, *, answered_at: str, answer_s: float | None,
                      late: bool | None, mark: dict | None) -> None:
        ring_times.record_answer(self._db, call_id, answered_at=answered_at,
                                 answer_s=answer_s, late=late, mark=mark)


class ShiftDesk:
    """The start-of-shift check and the warning to an abusive caller."""

    def __init__(self, db: Database, clock: Clock):
        self._db, self._clock = db, clock

    def checked(self, operator: str) -> bool:
        return shift.shift_checked(self._db, self._clock, operator)

    def record_check(self, operator: str, workstation: str, items: list[str]) -> str:
        return shift.record_shift_check(self._db, self._clock, operator, workstation, items)

    def warn_abuse(self, call_id: int, at: str, detail: str, operator: str) -> None:
        """The warning as given at ``at`` (on screen then; the write may land later)."""
        call_events.add_event(self._db, call_id, at, shift.ABUSE_WARNING, detail.strip(),
                              operator)

    def abuse_warned_at(self, call_id: int) -> str | None:
        return shift.abuse_warned_at(self._db, call_id)


class IdentityDesk:
    """This log's own identity: the one-time notice that it is a copy of another log."""

    def __init__(self, db: Database):
        self._db = db

    def take_copy_notice(self) -> str | None:
        return identity.take_copy_notice(self._db.conn)
