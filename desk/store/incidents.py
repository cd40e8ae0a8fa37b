"""SQL for incidents and their per-channel deliveries: the record of the alarm outbox.

The live outbox is in memory (``desk.alerts.book``); this module writes what it did, as
snapshots keyed by the incident's uid, and reads back what was still pending at a restart.
A delivery row only moves forward along ``DELIVERY_MOVES``: a snapshot that would move it
backwards (a stale journal line saying ``queued`` over ``cancelled``) is refused, the row
is left as it is, and the refusal is returned and logged.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.core.states import DeliveryState, IncidentKind, MessageKind, reachable_from, sql_in
from desk.store import sql
from desk.store.incident_model import ONCE_FIELDS, RAISED_FIELDS, DeliveryRecord, IncidentRecord

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger("desk.store.incidents")
@dataclass(frozen=True)
class Refusal:
    uid: str
    channel: str
    message: str
    stored: str
    wanted: str


@dataclass(frozen=True)
class Recorded:
    uid: str
    incident_id: int | None  # None: this one could not be recorded (``error`` says why)
    refused: tuple[Refusal, ...] = ()
    error: str | None = None


def record(db: Database, snapshots: list[dict]) -> list[Recorded]:
    """Write incident snapshots (new or known by uid) and their deliveries, in one
    transaction. Idempotent: the same snapshot twice leaves the log as once. A snapshot the
    log refuses on its own (a constraint) is skipped with its error, never the others; a
    log that cannot write at all (locked, damaged, full) raises."""
    results = []
    with db.atomic():
        sql.claim_write_lock(db)
        for snapshot in snapshots:
            try:
                with db.atomic():  # a savepoint: a bad one is undone alone
                    incident_id = _upsert_incident(db, snapshot)
                    refused = tuple(
                        r for row in snapshot.get("deliveries", [])
                        if (r := _upsert_delivery(db, incident_id, snapshot["uid"], row)))
            except sqlite3.IntegrityError as exc:
                log.error("%s cannot be recorded: %s", snapshot.get("uid"), exc)
                results.append(Recorded(snapshot["uid"], None, error=str(exc)))
                continue
            results.append(Recorded(snapshot["uid"], incident_id, refused))
    for result in results:
        for r in result.refused:
            log.info("%s %s %s: the log has %s, %s refused", r.uid, r.channel, r.message,
                     r.stored, r.wanted)
    return results


def _upsert_incident(db: Database, snapshot: dict) -> int:
    found = db.execute("select id from incidents where uid = ?", [snapshot["uid"]]).fetchall()
    context = dict(snapshot.get("context") or {})
    values = {k: snapshot.get(k) for k in RAISED_FIELDS + ONCE_FIELDS}
    call_id = values["call_id"]
    if call_id is not None and not db.execute("select 1 from calls where id = ?",
                                              [call_id]).fetchall():
        # Not in this log (a restored backup, a call still waiting to be written): the
        # incident is kept all the same, its call number in the context.
        context["call_id_not_in_log"] = call_id
        values["call_id"] = None
    if not found:
        return sql.insert(db, "incidents", {
            **values, "context": json.dumps(context, ensure_ascii=False)})
    incident_id = found[0][0]
    assignments = ", ".join(f"{k} = coalesce({k}, ?)" for k in ONCE_FIELDS)
    db.execute(f"update incidents set {assignments} where id = ?",
               [*(snapshot.get(k) for k in ONCE_FIELDS), incident_id])
    return incident_id


def _upsert_delivery(db: Database, incident_id: int, uid: str, row: dict) -> Refusal | None:
    found = db.execute("select id, status from deliveries where incident_id = ? and "
                       "channel = ? and message = ? order by id desc limit 1",
                       [incident_id, row["channel"], row["message"]]).fetchall()
    if not found:
        sql.insert(db, "deliveries", {
            "incident_id": incident_id, "channel": row["channel"], "message": row["message"],
            "status": row["status"], "attempts": row.get("attempts") or 0,
            "last_error": row.get("last_error"), "next_attempt_at": row.get("next_attempt_at"),
            "created_at": row.get("created_at"), "delivered_at": row.get("delivered_at")})
        return None
    delivery_id, stored = found[0]
    allowed = sorted(reachable_from(row["status"]))
    marks = ", ".join("?" for _ in allowed)
    changed = db.execute(
        "update deliveries set status = ?, attempts = max(coalesce(attempts, 0), ?), "
        "last_error = ?, next_attempt_at = ?, delivered_at = coalesce(delivered_at, ?) "
        f"where id = ? and status in ({marks})",
        [row["status"], row.get("attempts") or 0, row.get("last_error"),
         row.get("next_attempt_at"), row.get("delivered_at"), delivery_id,
         *allowed]).rowcount
    if changed:
        return None
    return Refusal(uid, row["channel"], row["message"], stored, row["status"])


def acknowledge(db: Database, uid: str, at: str, by: str, channel: str | None) -> bool:
    """Security acknowledged the incident with this uid (any incident in this log, also one
    raised before a restart). False when the log has no such incident."""
    with db.atomic():
        sql.claim_write_lock(db)
        found = db.execute("select id from incidents where uid = ?", [uid]).fetchall()
        if not found:
            return False
        db.execute("update incidents set acknowledged_at = coalesce(acknowledged_at, ?), "
                   "acknowledged_by = coalesce(acknowledged_by, ?) where id = ?",
                   [at, by, found[0][0]])
        if channel:
            db.execute(f"update deliveries set status = '{DeliveryState.ACKNOWLEDGED}' "
                       f"where incident_id = ? and channel = ? "
                       f"and message = '{MessageKind.ALARM}' "
                       f"and status = '{DeliveryState.DELIVERED}'",
                       [found[0][0], channel])
    return True


def get(db: Database, uid: str) -> IncidentRecord | None:
    rows = _incidents(db, "uid = ?", [uid])
    return rows[0] if rows else None


def pending(db: Database, workstation: str) -> list[IncidentRecord]:
    """What a restart must pick up: this workstation's incidents with an alarm or cancel
    still to send, and its newest alarm that is neither cancelled nor closed."""
    return _incidents(db, (
        "workstation = ? and (id in (select incident_id from deliveries where message != "
        f"'{MessageKind.TEST}' and status in "
        f"{sql_in(DeliveryState.QUEUED, DeliveryState.FAILED, DeliveryState.SENDING)}) "
        f"or id = (select max(id) from incidents where kind = '{IncidentKind.ALARM}' and "
        "workstation = ? and cancelled_at is null and closed_at is null))"),
        [workstation, workstation])


def _incidents(db: Database, where: str, args: list) -> list[IncidentRecord]:
    cursor = db.execute(f"select * from incidents where {where} order by id", args)
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    result = []
    for row in rows:
        cursor = db.execute("select * from deliveries where incident_id = ? order by id",
                            [row["id"]])
        columns = [d[0] for d in cursor.description]
        deliveries = tuple(DeliveryRecord.from_row(dict(zip(columns, d, strict=True)))
                           for d in cursor.fetchall())
        result.append(IncidentRecord(
            **{k: row[k] for k in RAISED_FIELDS + ONCE_FIELDS},
            context=json.loads(row["context"] or "{}"), incident_id=row["id"], recorded=True,
            deliveries=deliveries))
    return result


def last_successful_test(db: Database) -> str | None:
    """The alarm's last proof in the log: a test delivered on a channel, or a real alarm
    delivered on every channel it was sent on (see desk/core/alarm_proof.py)."""
    reached = f"('{DeliveryState.DELIVERED}', '{DeliveryState.ACKNOWLEDGED}')"
    return db.execute(
        "select max(t) from ("
        "select max(d.delivered_at) as t from deliveries d join incidents i on "
        f"i.id = d.incident_id where i.kind = '{IncidentKind.TEST}' "
        f"and d.status = '{DeliveryState.DELIVERED}' "
        "union all "
        "select max(d.delivered_at) from deliveries d join incidents i on "
        f"i.id = d.incident_id where i.kind = '{IncidentKind.ALARM}' and d.message = 'alarm' "
        f"group by i.id having sum(d.status not in {reached} or d.delivered_at is null) = 0)"
        ).fetchall()[0][0]
