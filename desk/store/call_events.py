"""Timed events of a call (``call_events``) and the start-of-shift checks (``shift_checks``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def add_event(db: Database, call_id: int, at: str, kind: str, detail: str = "",
              operator: str = "") -> int:
    table = db["call_events"]
    table.insert({"call_id": call_id, "at": at, "kind": kind, "detail": detail,
                  "operator": operator})
    return table.last_pk


def first_event(db: Database, call_id: int, kind: str) -> dict | None:
    row = db.execute("select id, call_id, at, kind, detail, operator from call_events "
                     "where call_id = ? and kind = ? order by at, id limit 1",
                     [call_id, kind]).fetchone()
    if row is None:
        return None
    return dict(zip(("id", "call_id", "at", "kind", "detail", "operator"), row, strict=True))


def shift_check(db: Database, day: str, operator: str) -> dict | None:
    row = db.execute("select day, operator, workstation, done_at, items from shift_checks "
                     "where day = ? and operator = ?", [day, operator]).fetchone()
    if row is None:
        return None
    record = dict(zip(("day", "operator", "workstation", "done_at", "items"), row, strict=True))
    record["items"] = json.loads(record["items"] or "[]")
    return record


def save_shift_check(db: Database, day: str, operator: str, workstation: str, done_at: str,
                     items: list[str]) -> None:
    db["shift_checks"].upsert({"day": day, "operator": operator, "workstation": workstation,
                               "done_at": done_at, "items": json.dumps(items)},
                              pk=("day", "operator"))
