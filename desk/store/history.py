"""SQL for caller history: indexed lookups by E.164 number and by e-mail.

One statement per table: a UNION of the two index searches for calls, and the
OR of both contact indexes for open callbacks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

CALL_COLUMNS = "id, started_at, duration_s, topic, outcome, notes, tried, operator"
CALLBACK_COLUMNS = "id, full_name, question, department, due_at, created_at, tried"


def _rows(db: Database, query: str, args: list) -> list[dict]:
    cursor = db.execute(query, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def earlier_calls(db: Database, number: str | None, email: str | None, exclude_id: int | None,
                  limit: int) -> list[dict]:
    # UNION ALL (no de-duplicating temp b-tree): the e-mail half skips calls already
    # matched by the number.
    return _rows(db, f"select {CALL_COLUMNS} from calls where caller_number = ? and id != ? "
                     f"union all select {CALL_COLUMNS} from calls where caller_email = ? "
                     "and id != ? and caller_number is not ? order by started_at desc limit ?",
                 [number, exclude_id or -1, email, exclude_id or -1, number, limit])


def open_callbacks(db: Database, number: str | None, email: str | None) -> list[dict]:
    # "+answered_at": keep the planner on the contact indexes, not the open-callbacks one.
    return _rows(db, f"select {CALLBACK_COLUMNS} from callbacks where (phone = ? or email = ?) "
                     "and +answered_at is null order by due_at", [number, email])
