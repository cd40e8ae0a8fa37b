"""Phone events queued by ``desk incoming|answered|hangup`` for the running console."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.store import sql

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("incoming", "answered", "hangup")


def add_event(db: Database, kind: str, at: str, number: str | None = None,
              name: str | None = None, workstation: str = "") -> int:
    if kind not in KINDS:
        raise ValueError(kind)
    with db.atomic():
        return sql.insert(db, "phone_events", {"kind": kind, "number": number, "name": name,
                                               "at": at, "workstation": workstation})


def take_events(db: Database, workstation: str, now: str) -> list[dict]:
    """Pending events for this workstation, oldest first, marked consumed in one step."""
    query = ("select id, kind, number, name, at from phone_events where consumed_at is null "
             "and (workstation = '' or workstation is null or workstation = ?) order by id")
    if not db.execute(query, [workstation]).fetchall():
        return []  # the common case: nothing waiting, no write transaction
    with db.atomic():
        sql.claim_write_lock(db)
        rows = list(db.query(query, [workstation]))
        db.execute(f"update phone_events set consumed_at = ? where id in "
                   f"({', '.join('?' for _ in rows)})", [now, *(r["id"] for r in rows)])
    return rows
