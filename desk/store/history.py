"""SQL for caller history: indexed lookups by E.164 number and by e-mail, and by name.

One statement per table: a UNION ALL of the index searches for calls (each half skips
what an earlier half already found), and the OR of the contacts for open callbacks.
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
                  limit: int, name: str | None = None, name_since: str | None = None
                  ) -> list[dict]:
    # UNION ALL (no de-duplicating temp b-tree): each later half skips calls an earlier
    # half matched. "coalesce(x = ?, 0) = 0" is "x is not the value" that also keeps the
    # rows where either side is null (an e-mail-only call has no number).
    exclude = exclude_id or -1
    query = (f"select {CALL_COLUMNS} from calls where caller_number = ? and id != ? "
             f"union all select {CALL_COLUMNS} from calls where caller_email = ? "
             "and id != ? and coalesce(caller_number = ?, 0) = 0 ")
    args: list = [number, exclude, email, exclude, number]
    name = (name or "").strip()
    if name:
        # Names have no index of their own: the started_at index bounds the search to
        # calls since ``name_since``, and the half is only there when a name was typed.
        query += (f"union all select {CALL_COLUMNS} from calls where started_at >= ? "
                  "and caller_name = ? collate nocase and id != ? "
                  "and coalesce(caller_number = ?, 0) = 0 "
                  "and coalesce(caller_email = ?, 0) = 0 ")
        args += [name_since or "", name, exclude, number, email]
    return _rows(db, query + "order by started_at desc limit ?", args + [limit])


def open_callbacks(db: Database, number: str | None, email: str | None,
                   name: str | None = None) -> list[dict]:
    # "+answered_at": keep the planner on the contact indexes, not the open-callbacks one.
    query = (f"select {CALLBACK_COLUMNS} from callbacks where (phone = ? or email = ?) "
             "and +answered_at is null ")
    args: list = [number, email]
    name = (name or "").strip()
    if name:  # by name among the open ones only (few), skipping those found above
        query += (f"union all select {CALLBACK_COLUMNS} from callbacks where answered_at is "
                  "null and full_name = ? collate nocase and coalesce(phone = ?, 0) = 0 "
                  "and coalesce(email = ?, 0) = 0 ")
        args += [name, number, email]
    return _rows(db, query + "order by due_at", args)
