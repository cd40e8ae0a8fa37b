"""Calls and their four stages: start, tick, move on, end — every step stored at once.

Nothing is kept only in memory: a crash or power cut loses nothing, and the
next start finds the call still open (``open_calls``) to resume or close.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.content import Content
from desk.core.clock import Clock, parse_iso, seconds_between, to_iso
from desk.core.outcomes import INTERRUPTED, OUTCOMES
from desk.core.states import CallOutcome, MarkStatus
from desk.store import calls as store

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["CallDesk", "Identity", "OUTCOMES"]
CHANNELS = ("phone", "counter")
DONE, UNDONE, SKIPPED, ENTERED = (MarkStatus.DONE, MarkStatus.UNDONE, MarkStatus.SKIPPED,
                                  MarkStatus.ENTERED)


@dataclass(frozen=True)
class Identity:
    """Who and where: stamped on every call and incident."""

    operator: str
    workstation: str
    branch: str


def elapsed_s(started_at: str, clock: Clock) -> int:
    return max(0, int((clock.now() - parse_iso(started_at)).total_seconds()))


class CallDesk:
    """The call operations of one workstation."""

    def __init__(self, db: Database, clock: Clock, content: Content, identity: Identity):
        self.db, self.clock, self.content, self.identity = db, clock, content, identity

    def now_iso(self) -> str:
        return to_iso(self.clock.now())

    def start_call(self, channel: str = "phone", *, caller_number: str | None = None,
                   caller_name: str | None = None, answered: bool = True,
                   at: str | None = None) -> store.CallRow:
        """Start a call; ``answered=False`` for one still ringing (phone-system events).

        ``at`` is when the operator started it (the write may land later, e.g. after a lock).
        """
        if channel not in CHANNELS:
            raise ValueError(f"channel must be one of {CHANNELS}")
        now = at or self.now_iso()
        first = self.content.stages[0].id
        call_id = store.insert_call(
            self.db, started_at=now, channel=channel, stage=first,
            answered_at=now if answered else None,
            caller_number=caller_number, caller_name=caller_name, upset=0,
            operator=self.identity.operator, workstation=self.identity.workstation,
            branch=self.identity.branch,
        )
        store.add_mark(self.db, call_id, first, "", ENTERED, now)
        return store.get_call(self.db, call_id)

    def get(self, call_id: int) -> store.CallRow:
        return store.get_call(self.db, call_id)

    def mark(self, call_id: int, stage: str, item: str, done: bool = True, *,
             at: str | None = None, by: str = "operator") -> None:
        """Tick (or untick) a checklist item, stored with the time it was ticked and who
        ticked it (``by``: the operator, or the console from what the operator did)."""
        if item not in self.content.stage(stage).item_ids():
            raise KeyError(f"{stage}/{item}")
        store.add_mark(self.db, call_id, stage, item, DONE if done else UNDONE,
                       at or self.now_iso(), by=by)

    def ticked_by(self, call_id: int) -> dict[tuple[str, str], str]:
        """Who ticked each item ticked now (``operator`` or ``console``): the review's split."""
        state: dict[tuple[str, str], tuple[str, str]] = {}
        for mark in store.marks(self.db, call_id):
            if mark["item"]:
                state[(mark["stage"], mark["item"])] = (mark["status"], mark["by"])
        return {key: by for key, (status, by) in state.items() if status == DONE}

    def enter_stage(self, call_id: int, stage: str, *, at: str | None = None) -> None:
        self.content.stage(stage)  # unknown stage raises
        now = at or self.now_iso()
        with self.db.atomic():
            store.update_call(self.db, call_id, stage=stage)
            store.add_mark(self.db, call_id, stage, "", ENTERED, now)

    def answered(self, call_id: int) -> None:
        store.update_call(self.db, call_id, answered_at=self.now_iso())

    def update(self, call_id: int, **values) -> None:
        store.update_call(self.db, call_id, **values)

    def ticked(self, call_id: int) -> set[tuple[str, str]]:
        """The items ticked now (the last word on each item wins)."""
        state: dict[tuple[str, str], str] = {}
        for mark in store.marks(self.db, call_id):
            if mark["item"]:
                state[(mark["stage"], mark["item"])] = mark["status"]
        return {key for key, status in state.items() if status == DONE}

    def settled_late(self, call_id: int) -> set[tuple[str, str]]:
        """Items marked ``late`` as their last word (answer speed): not "skipped" at the end."""
        state = {(m["stage"], m["item"]): m["status"] for m in store.marks(self.db, call_id)
                 if m["item"]}
        return {key for key, status in state.items() if status == MarkStatus.LATE}

    def elapsed_s(self, call: store.CallRow) -> int:
        """Seconds since the call started, from the stored start: it never drifts."""
        return elapsed_s(call.started_at, self.clock)

    def end_call(self, call_id: int, outcome: str, topic: str = "", *,
                 reason: str | None = None, at: str | None = None) -> store.CallRow:
        """End the call; every item not ticked is recorded as skipped, not hidden."""
        if outcome not in OUTCOMES and outcome != INTERRUPTED:
            raise ValueError(f"outcome must be one of {OUTCOMES}")
        call = store.get_call(self.db, call_id)
        if call.ended_at:
            return call
        if outcome == CallOutcome.ABUSE:  # seed 000: warn first, then end it, and say why
            from desk.core.shift import abuse_warned_at

            if not (reason or "").strip():
                raise ValueError("a call ended for abuse needs its reason")
            if abuse_warned_at(self.db, call_id) is None:
                raise ValueError("a call can be ended for abuse only after a recorded warning")
        now = at or self.now_iso()
        done = self.ticked(call_id) | self.settled_late(call_id)
        skipped = [
            {"call_id": call_id, "stage": stage.id, "item": item.id, "status": SKIPPED, "at": now}
            for stage in self.content.stages for item in stage.items
            if (stage.id, item.id) not in done
        ]
        values = {}
        if topic.strip():
            values["topic"] = topic.strip()
        if reason:
            values["end_reason"] = reason
        store.finish_call(self.db, call_id, ended_at=now,
                          duration_s=seconds_between(call.started_at, now),
                          outcome=outcome, skipped=skipped, **values)
        return store.get_call(self.db, call_id)

    def open_calls(self) -> list[store.CallRow]:
        """Calls a crash left open on this workstation's database."""
        return store.open_calls(self.db)

    def close_interrupted(self, call_id: int) -> store.CallRow:
        return self.end_call(call_id, INTERRUPTED)

    def topics(self) -> list[str]:
        return store.recent_topics(self.db)
