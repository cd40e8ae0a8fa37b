"""SQL for incidents and their per-channel deliveries (the alarm outbox)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from desk.store import sql

if TYPE_CHECKING:
    from sqlite_utils import Database

PENDING = ("queued", "failed")
# A test is tried once: its result is the point, and a late retry would fake a pass.
RETRIED = "(message != 'test' or attempts = 0)"


def insert_incident(db: Database, incident: dict, channels: list[str], message: str,
                    now: str) -> int:
    """The incident and one queued delivery per channel, in one transaction."""
    with db.atomic():
        incident_id = sql.insert(db, "incidents", {
            **incident, "context": json.dumps(incident.get("context") or {},
                                              ensure_ascii=False)})
        queue(db, incident_id, channels, message, now)
    return incident_id


def queue(db: Database, incident_id: int, channels: list[str], message: str, now: str) -> None:
    sql.insert_many(db, "deliveries", [
        {"incident_id": incident_id, "channel": channel, "message": message,
         "status": "queued", "attempts": 0, "created_at": now} for channel in channels])


def get_incident(db: Database, incident_id: int) -> dict:
    row = sql.get(db, "incidents", incident_id)
    row["context"] = json.loads(row["context"] or "{}")
    return row


def deliveries(db: Database, incident_id: int) -> list[dict]:
    return list(db.query("select * from deliveries where incident_id = ? order by id",
                         [incident_id]))


def due(db: Database, channel: str, now: str) -> list[dict]:
    return list(db.query(
        "select * from deliveries where channel = ? and status in ('queued', 'failed') "
        f"and {RETRIED} and (next_attempt_at is null or next_attempt_at <= ?) order by id",
        [channel, now]))


def next_due_at(db: Database, channel: str) -> str | None:
    row = db.execute("select min(coalesce(next_attempt_at, '')) from deliveries where "
                     f"channel = ? and status in ('queued', 'failed') and {RETRIED}",
                     [channel]).fetchall()[0]
    return row[0]


def mark(db: Database, delivery_id: int, **values) -> None:
    with db.atomic():
        sql.update(db, "deliveries", delivery_id, values)


def resume_interrupted(db: Database) -> int:
    """Deliveries caught mid-send by a crash go back to the queue."""
    with db.atomic():
        return db.execute("update deliveries set status = 'queued' "
                          "where status = 'sending'").rowcount


def cancel_incident(db: Database, incident_id: int, now: str, reason: str) -> list[str]:
    """Record the cancellation; stop unsent alarms; return the channels that got the alarm."""
    with db.atomic():
        sql.update(db, "incidents", incident_id, {"cancelled_at": now, "cancel_reason": reason})
        db.execute("update deliveries set status = 'cancelled' where incident_id = ? and "
                   "message = 'alarm' and status in ('queued', 'failed')", [incident_id])
        # A send in flight may have arrived: its receiver gets the cancellation too.
        got = [r[0] for r in db.execute(
            "select distinct channel from deliveries where incident_id = ? and message = 'alarm' "
            "and status in ('delivered', 'acknowledged', 'sending')", [incident_id])]
        queue(db, incident_id, got, "cancel", now)
    return got


def acknowledge(db: Database, incident_id: int, now: str, by: str, channel: str | None) -> None:
    with db.atomic():
        db.execute("update incidents set acknowledged_at = coalesce(acknowledged_at, ?), "
                   "acknowledged_by = coalesce(acknowledged_by, ?) where id = ?",
                   [now, by, incident_id])
        if channel:
            db.execute("update deliveries set status = 'acknowledged' where incident_id = ? "
                       "and channel = ? and message = 'alarm' and status = 'delivered'",
                       [incident_id, channel])


def close_incident(db: Database, incident_id: int, now: str, by: str) -> None:
    """Handled: counts as acknowledged here (if nobody did) and unsent alarms stop."""
    with db.atomic():
        db.execute("update incidents set acknowledged_at = coalesce(acknowledged_at, ?), "
                   "acknowledged_by = coalesce(acknowledged_by, ?) where id = ?",
                   [now, by, incident_id])
        db.execute("update deliveries set status = 'cancelled', last_error = coalesce("
                   "last_error, 'closed before delivery') where incident_id = ? and "
                   "message = 'alarm' and status in ('queued', 'failed')", [incident_id])


def open_incident(db: Database) -> dict | None:
    """The latest real alarm that is neither cancelled nor closed (survives a restart)."""
    row = db.execute("select id from incidents where kind = 'alarm' and cancelled_at is null "
                     "order by id desc limit 1").fetchall()
    row = row[0] if row else None
    return get_incident(db, row[0]) if row else None


def last_successful_test(db: Database) -> str | None:
    return db.execute("select max(d.delivered_at) from deliveries d join incidents i on "
                      "i.id = d.incident_id where i.kind = 'test' and d.status = 'delivered'"
                      ).fetchall()[0][0]
