"""Start of shift and the abuse warning: small records with their own time stamps.

Seed 001 asks for a ready desk before the first call (clothes, badge, phone on
silent, ...): the console asks once per operator per local day. Seed 000 ends an
abusive call only after a calm warning: the warning is an event with its time, and
``CallDesk.end_call`` refuses "abuse" without one and without a reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.core.clock import Clock, to_iso
from desk.store import call_events as store

if TYPE_CHECKING:
    from sqlite_utils import Database

ABUSE_WARNING = "abuse_warning"


def local_day(clock: Clock) -> str:
    """The operator's calendar day (a night shift belongs to the day it started)."""
    return clock.now().astimezone().date().isoformat()


def shift_checked(db: Database, clock: Clock, operator: str) -> bool:
    return store.shift_check(db, local_day(clock), operator) is not None


def record_shift_check(db: Database, clock: Clock, operator: str, workstation: str,
                       items: list[str]) -> str:
    at = to_iso(clock.now())
    store.save_shift_check(db, local_day(clock), operator, workstation, at, items)
    return at


def record_abuse_warning(db: Database, clock: Clock, call_id: int, detail: str = "",
                         operator: str = "") -> str:
    """The warning given to an abusive caller, stamped now; returns its time."""
    at = to_iso(clock.now())
    store.add_event(db, call_id, at, ABUSE_WARNING, detail.strip(), operator)
    return at


def abuse_warned_at(db: Database, call_id: int) -> str | None:
    """When the caller was first warned, or ``None``: "end for abuse" needs a warning."""
    event = store.first_event(db, call_id, ABUSE_WARNING)
    return event["at"] if event else None
