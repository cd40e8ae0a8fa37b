"""SQL for caller history: indexed lookups by E.164 number and by e-mail."""

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
    found: dict[int, dict] = {}
    for column, value in (("caller_number", number), ("caller_email", email)):
        if not value:
            continue
        for row in _rows(db, f"select {CALL_COLUMNS} from calls where {column} = ? "
                             f"and id != ? order by started_at desc limit ?",
                         [value, exclude_id or -1, limit]):
            found[row["id"]] = row
    return sorted(found.values(), key=lambda r: r["started_at"], reverse=True)[:limit]


def open_callbacks(db: Database, number: str | None, email: str | None) -> list[dict]:
    found: dict[int, dict] = {}
    for column, value in (("phone", number), ("email", email)):
        if not value:
            continue
        for row in _rows(db, f"select {CALLBACK_COLUMNS} from callbacks where {column} = ? "
                             "and answered_at is null order by due_at", [value]):
            found[row["id"]] = row
    return sorted(found.values(), key=lambda r: r["due_at"])
