"""What the operator is typing in a dialog, saved keystroke by keystroke (crash-safe)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def save(db: Database, kind: str, call_id: int | None, data: dict, now: str) -> None:
    with db.atomic():
        db.execute("insert into drafts (kind, call_id, data, updated_at) values (?, ?, ?, ?) "
                   "on conflict(kind) do update set call_id = excluded.call_id, "
                   "data = excluded.data, updated_at = excluded.updated_at",
                   [kind, call_id, json.dumps(data, ensure_ascii=False), now])


def load(db: Database, kind: str) -> tuple[int | None, dict] | None:
    rows = db.execute("select call_id, data from drafts where kind = ?", [kind]).fetchall()
    if not rows:
        return None
    return rows[0][0], json.loads(rows[0][1])


def clear(db: Database, kind: str) -> None:
    with db.atomic():
        db.execute("delete from drafts where kind = ?", [kind])
