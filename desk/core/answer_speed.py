"""How fast the phone was answered: ring to pick-up against the branch's ring norm.

The greeting's first item ("picked up by the third ring") is not something the operator
should have to remember to tick: when the phone system reports both the ring and the
answer, the console ticks it, or marks it late, by itself from this rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.clock import parse_iso
from desk.core.states import MarkStatus

DONE, LATE = MarkStatus.DONE, MarkStatus.LATE  # the stage mark given to the greeting's first item


@dataclass(frozen=True)
class AnswerSpeed:
    seconds: float  # ring to pick-up
    limit_s: float  # answer_by_ring x ring_seconds

    @property
    def on_time(self) -> bool:
        return self.seconds <= self.limit_s

    @property
    def mark(self) -> str:
        return DONE if self.on_time else LATE


def limit_seconds(answer_by_ring: int, ring_seconds: float) -> float:
    """The last moment that still counts as "by ring N": N rings of ``ring_seconds`` each."""
    if answer_by_ring < 1 or ring_seconds <= 0:
        raise ValueError("answer_by_ring and ring_seconds must be positive")
    return float(answer_by_ring) * float(ring_seconds)


def measure(rang_at: str, answered_at: str, answer_by_ring: int,
            ring_seconds: float) -> AnswerSpeed:
    """Ring-to-answer of one call (timestamps as stored); a clock that went backwards
    between the two events counts as an instant answer, never as a negative time."""
    seconds = (parse_iso(answered_at) - parse_iso(rang_at)).total_seconds()
    return AnswerSpeed(max(0.0, seconds), limit_seconds(answer_by_ring, ring_seconds))


def first_greeting_item(stages) -> tuple[str, str]:
    """(stage id, item id) the answer speed settles: the first item of the first stage."""
    stage = stages[0]
    return stage.id, stage.items[0].id
