"""Ticks that follow what the operator does: each event proves one checklist item.

Typing the caller's name proves "asked for their name"; saving a callback proves "said
where the request goes". The console ticks such an item itself, marked ``by = 'console'``
in ``stage_marks`` so the review can tell it from the operator's own ticks. The table is
data, the rule is here (Qt-free); the console only reports events.
"""

from __future__ import annotations

from collections.abc import Iterable

from desk.core.states import MarkSource

CONSOLE, OPERATOR = MarkSource.CONSOLE, MarkSource.OPERATOR  # stage_marks.by

# event -> (stage id, item id) it proves. Ids from resources/content/en.toml.
PROOFS: dict[str, tuple[str, str]] = {
    "caller_name": ("clarification", "asked_name"),
    "caller_number": ("clarification", "asked_contact"),
    "caller_email": ("clarification", "asked_contact"),
    "tried": ("clarification", "noted_tried"),
    "notes": ("clarification", "listened_first"),  # what they said, written down
    "root_cause": ("clarification", "found_root_cause"),
    "read_back": ("confirmation", "read_back"),  # Enter in the request field
    "callback_saved": ("confirmation", "said_next_step"),
    "answered": ("greeting", "answered_by_third_ring"),  # the phone system, on time
}


def proven_item(event: str, value: object = True) -> tuple[str, str] | None:
    """The item ``event`` proves, or ``None`` (unknown event, or a field left empty)."""
    if isinstance(value, str) and not value.strip():
        return None
    if value is None or value is False:
        return None
    return PROOFS.get(event)


def console_tick(event: str, value: object, ticked: Iterable[tuple[str, str]],
                 known: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The item the console should tick now for ``event``, or ``None``: never one that is
    ticked already (the operator's tick stays theirs), never one the content lacks."""
    item = proven_item(event, value)
    if item is None or item in set(ticked) or item not in set(known):
        return None
    return item


def next_open(items: list[str], current: int, ticked: Iterable[str]) -> int:
    """After a tick at ``current``: the next item not ticked yet, wrapping round; ``current``
    when every item is ticked."""
    done = set(ticked)
    count = len(items)
    for step in range(1, count + 1):
        index = (current + step) % count
        if items[index] not in done:
            return index
    return current


def remaining(items: list[str], ticked: Iterable[str]) -> list[str]:
    """The stage's items still open, in order (what "complete the stage" ticks)."""
    done = set(ticked)
    return [item for item in items if item not in done]
