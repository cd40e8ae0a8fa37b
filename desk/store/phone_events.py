"""Phone events queued by ``desk incoming|answered|hangup`` for the running console."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("incoming", "answered", "hangup")


def add_event(db: Database, kind: str, at: str, number: str | None = None,
              name: str | None = None, workstation: str = "") -> int:
    if kind not in KINDS:
        raise ValueError(kind)
    with db.atomic():
        return db["phone_events"].insert({"kind": kind, "number": number, "name": name,
                                          "at": at, "workstation": workstation}).last_pk


def take_events(db: Database, workstation: str, now: str) -> list[dict]:
    """Pending events for this workstation, oldest first, marked consumed in one step."""
    with db.atomic():
        rows = list(db.query(
            "select id, kind, number, name, at from phone_events where consumed_at is null "
            "and (workstation = '' or workstation is null or workstation = ?) order by id",
            [workstation]))
        if rows:
            db.execute(f"update phone_events set consumed_at = ? where id in "
                       f"({', '.join('?' for _ in rows)})", [now, *(r["id"] for r in rows)])
    return rows
