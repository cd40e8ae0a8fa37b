"""SQL for callbacks, their notices, events and forwarding queue."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from desk.core.states import ForwardState, sql_in
from desk.store import sql

if TYPE_CHECKING:
    from sqlite_utils import Database

LIST_COLUMNS = ("c.id, c.call_id, c.full_name, c.question, c.phone, c.email, c.department, "
                "c.preferred_channel, c.tried, c.created_at, c.due_at, c.answered_at, "
                "c.answered_by, c.answered_how, c.operator, c.workstation")
FORWARD_STATE = ("(select f.status || coalesce(': ' || f.last_error, '') from callback_forwards f "
                 "where f.callback_id = c.id order by f.id desc limit 1) as forward_state")


def create(db: Database, values: dict, forward_to: str | None, now: str) -> int:
    with db.atomic():
        callback_id = sql.insert(db, "callbacks", values)
        event(db, callback_id, now, "taken", f"for {values['department']}", values["operator"])
        if forward_to:
            queue_forward(db, callback_id, forward_to, now)
    return callback_id


def queue_forward(db: Database, callback_id: int, to_addr: str, now: str) -> None:
    sql.insert(db, "callback_forwards", {"callback_id": callback_id, "to_addr": to_addr,
                                         "status": "queued", "attempts": 0, "created_at": now})


def event(db: Database, callback_id: int, at: str, kind: str, detail: str,
          operator: str | None) -> None:
    sql.insert(db, "callback_events", {"callback_id": callback_id, "at": at, "kind": kind,
                                       "detail": detail, "operator": operator})


def get(db: Database, callback_id: int) -> dict | None:
    rows = _rows(db, f"select {LIST_COLUMNS}, {FORWARD_STATE} from callbacks c where c.id = ?",
                 [callback_id])
    if not rows:
        return None
    row = rows[0]
    row["notices"] = _rows(db, "select told_at, how, new_due_at, old_due_at, note from "
                               "callback_notices where callback_id = ? order by id",
                           [callback_id])
    row["events"] = _rows(db, "select at, kind, detail, operator from callback_events where "
                              "callback_id = ? order by id", [callback_id])
    return row


def _filters(open_only: bool, overdue_before: str | None, department: str | None,
             search: str) -> tuple[list[str], list]:
    where, args = [], []
    if open_only:
        where.append("c.answered_at is null")
    if overdue_before:
        where.append("c.answered_at is null and c.due_at < ?")
        args.append(overdue_before)
    if department:
        where.append("c.department = ?")
        args.append(department)
    if search.strip():
        # % and _ typed by the operator are searched for as themselves, not as wildcards.
        text = search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{text}%"
        where.append("(" + " or ".join(f"c.{col} like ? escape '\\'" for col in (
            "full_name", "phone", "email", "question", "department")) + ")")
        args += [like] * 5
    return where, args


def listing(db: Database, *, open_only: bool = True, overdue_before: str | None = None,
            department: str | None = None, search: str = "", limit: int | None = None
            ) -> list[dict]:
    """Callbacks by due date (open ones first when all are listed)."""
    where, args = _filters(open_only, overdue_before, department, search)
    query = f"select {LIST_COLUMNS}, {FORWARD_STATE} from callbacks c"
    if where:
        query += " where " + " and ".join(where)
    query += " order by c.answered_at is not null, c.due_at, c.id"
    if limit:
        query += f" limit {int(limit)}"
    return _rows(db, query, args)


def listing_ids(db: Database, *, open_only: bool = True, overdue_before: str | None = None,
                department: str | None = None, search: str = "") -> list[int]:
    """Just the ids, in listing order: cheap for 100,000 rows (open ones come off the
    (answered_at, due_at) index already sorted; answered ones follow)."""
    where, args = _filters(open_only, overdue_before, department, search)
    ids = []
    for answered in ((False,) if open_only else (False, True)):
        clause = ["c.answered_at is not null" if answered else "c.answered_at is null", *where]
        ids += [r[0] for r in db.execute(
            f"select c.id from callbacks c where {' and '.join(clause)} order by c.due_at, c.id",
            args).fetchall()]
    return ids


def rows_by_ids(db: Database, ids: list[int]) -> list[dict]:
    """Full rows for one page of ids, in the order given."""
    if not ids:
        return []
    found = {r["id"]: r for r in _rows(
        db, f"select {LIST_COLUMNS}, {FORWARD_STATE} from callbacks c where c.id in "
            f"({', '.join('?' for _ in ids)})", list(ids))}
    return [found[i] for i in ids if i in found]


def notices_for(db: Database, ids: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {i: [] for i in ids}
    for chunk in range(0, len(ids), 900):
        part = ids[chunk:chunk + 900]
        for row in _rows(db, "select callback_id, told_at, how, new_due_at, old_due_at, note "
                             f"from callback_notices where callback_id in "
                             f"({', '.join('?' for _ in part)}) order by id", part):
            out[row.pop("callback_id")].append(row)
    return out


def mark_answered(db: Database, callback_id: int, at: str, by: str, how: str) -> None:
    with db.atomic():
        sql.update(db, "callbacks", callback_id, {"answered_at": at, "answered_by": by,
                                                  "answered_how": how})
        event(db, callback_id, at, "answered", how, by)


def add_notice(db: Database, callback_id: int, told_at: str, how: str, new_due_at: str,
               note: str, operator: str) -> None:
    """The caller was told of a delay: keep the old date in the notice, move the due date."""
    with db.atomic():
        sql.claim_write_lock(db)
        old = db.execute("select due_at from callbacks where id = ?",
                         [callback_id]).fetchall()[0][0]
        sql.insert(db, "callback_notices", {"callback_id": callback_id, "told_at": told_at,
                                            "how": how, "new_due_at": new_due_at,
                                            "old_due_at": old, "note": note})
        sql.update(db, "callbacks", callback_id, {"due_at": new_due_at})
        event(db, callback_id, told_at, "delay notice",
              json.dumps({"old_due_at": old, "new_due_at": new_due_at, "how": how}), operator)


def move(db: Database, callback_id: int, department: str, at: str, operator: str,
         forward_to: str | None) -> None:
    with db.atomic():
        sql.claim_write_lock(db)
        old = db.execute("select department from callbacks where id = ?",
                         [callback_id]).fetchall()[0][0]
        sql.update(db, "callbacks", callback_id, {"department": department})
        event(db, callback_id, at, "moved", f"{old} -> {department}", operator)
        if forward_to:
            queue_forward(db, callback_id, forward_to, at)


def counts(db: Database, now: str, end_of_today: str) -> tuple[int, int]:
    """(overdue, due today) among open callbacks."""
    row = db.execute(
        "select sum(due_at < ?), sum(due_at >= ? and due_at <= ?) from callbacks "
        "where answered_at is null", [now, now, end_of_today]).fetchall()[0]
    return int(row[0] or 0), int(row[1] or 0)


# Waiting to be sent (again), in SQL.
WAITING = sql_in(ForwardState.QUEUED, ForwardState.FAILED)


def forwards_due(db: Database, now: str) -> list[dict]:
    return _rows(db, f"select * from callback_forwards where status in {WAITING} "
                     "and (next_attempt_at is null or next_attempt_at <= ?) order by id", [now])


def next_forward_due(db: Database) -> str | None:
    return db.execute("select min(coalesce(next_attempt_at, '')) from callback_forwards "
                      f"where status in {WAITING}").fetchall()[0][0]


def mark_forward(db: Database, forward_id: int, **values) -> None:
    with db.atomic():
        sql.update(db, "callback_forwards", forward_id, values)


def _rows(db: Database, query: str, args: list) -> list[dict]:
    cursor = db.execute(query, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def resume_forwards(db: Database) -> None:
    """Forwards caught mid-send by a crash go back to the queue."""
    with db.atomic():
        db.execute(f"update callback_forwards set status = '{ForwardState.QUEUED}' "
                   f"where status = '{ForwardState.SENDING}'")
