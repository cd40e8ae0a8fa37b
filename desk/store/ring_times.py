"""Ring and answer times of calls reported by the phone system (migration m009)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.store import sql

if TYPE_CHECKING:
    from sqlite_utils import Database


def record_ring(db: Database, call_id: int, rang_at: str) -> None:
    with db.atomic():
        sql.update(db, "calls", call_id, {"rang_at": rang_at})


def record_answer(db: Database, call_id: int, *, answered_at: str, answer_s: float | None,
                  late: bool | None, mark: dict | None) -> None:
    """The pick-up time, how long it rang, and the greeting item it settles, in one step."""
    with db.atomic():
        sql.update(db, "calls", call_id, {
            "answered_at": answered_at,
            "answer_s": None if answer_s is None else round(answer_s, 1),
            "answer_late": None if late is None else int(late)})
        if mark is not None:
            sql.insert(db, "stage_marks", {"call_id": call_id, **mark})


def ring_times(db: Database, call_id: int) -> dict:
    row = db.execute("select rang_at, answered_at, answer_s, answer_late from calls "
                     "where id = ?", [call_id]).fetchone()
    return dict(zip(("rang_at", "answered_at", "answer_s", "answer_late"), row, strict=True))
