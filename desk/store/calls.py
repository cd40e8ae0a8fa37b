"""SQL for calls and their stage marks. Returns plain rows and dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from desk.core.states import MarkSource
from desk.store import sql

if TYPE_CHECKING:  # type hints only: sqlite_utils loads when the database opens
    from sqlite_utils import Database


@dataclass
class CallRow:
    id: int
    started_at: str
    channel: str = "phone"
    stage: str = "greeting"
    answered_at: str | None = None
    ended_at: str | None = None
    duration_s: int | None = None
    outcome: str | None = None
    caller_number: str | None = None
    caller_name: str | None = None
    caller_email: str | None = None
    topic: str | None = None
    notes: str | None = None
    tried: str | None = None
    root_cause: str | None = None
    upset: int = 0
    end_reason: str | None = None
    operator: str | None = None
    workstation: str | None = None
    branch: str | None = None

    @classmethod
    def from_row(cls, row: dict) -> CallRow:
        names = {f.name for f in fields(cls)}
        data = {k: v for k, v in row.items() if k in names}
        data["upset"] = data.get("upset") or 0
        data["channel"] = data.get("channel") or "phone"
        data["stage"] = data.get("stage") or "greeting"
        return cls(**data)


EDITABLE = ("caller_number", "caller_name", "caller_email", "topic", "notes", "tried",
            "root_cause", "stage", "upset", "answered_at", "end_reason")


def insert_call(db: Database, **values) -> int:
    with db.atomic():
        return sql.insert(db, "calls", values)


def get_call(db: Database, call_id: int) -> CallRow:
    row = sql.get(db, "calls", call_id)
    if row is None:
        raise KeyError(f"no call {call_id}")
    return CallRow.from_row(row)


def notes_of(db: Database, call_id: int) -> str:
    """The call's notes ("" for a call the log does not have)."""
    found = db.execute("select notes from calls where id = ?", [call_id]).fetchone()
    return found[0] if found else ""


def update_call(db: Database, call_id: int, **values) -> None:
    unknown = set(values) - set(EDITABLE) - {"ended_at", "duration_s", "outcome"}
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with db.atomic():
        sql.update(db, "calls", call_id, values)


MARK_SOURCES = tuple(MarkSource)  # stage_marks.by (m012)


def add_mark(db: Database, call_id: int, stage: str, item: str, status: str, at: str,
             by: str = MarkSource.OPERATOR) -> None:
    if by not in MARK_SOURCES:
        raise ValueError(f"by must be one of {MARK_SOURCES}")
    with db.atomic():
        sql.insert(db, "stage_marks", {"call_id": call_id, "stage": stage, "item": item,
                                       "status": status, "at": at, "by": by})


def add_marks(db: Database, rows: list[dict]) -> None:
    with db.atomic():
        sql.insert_many(db, "stage_marks", rows)


def marks(db: Database, call_id: int) -> list[dict]:
    return list(db.query(
        "select stage, item, status, at, [by] from stage_marks where call_id = ? order by id",
        [call_id]))


def open_calls(db: Database) -> list[CallRow]:
    rows = db.query("select * from calls where ended_at is null order by started_at")
    return [CallRow.from_row(r) for r in rows]


def finish_call(db: Database, call_id: int, *, ended_at: str, duration_s: int, outcome: str,
                skipped: list[dict], **values) -> None:
    """End the call and record its skipped items in one transaction."""
    with db.atomic():
        sql.update(db, "calls", call_id, {"ended_at": ended_at, "duration_s": duration_s,
                                          "outcome": outcome, **values})
        sql.insert_many(db, "stage_marks", skipped)


def recent_topics(db: Database, limit: int = 200) -> list[str]:
    """Earlier topics, most used first, for completing the topic field."""
    rows = db.execute(
        "select topic from (select topic from calls where topic is not null and topic != '' "
        "order by id desc limit 5000) group by topic order by count(*) desc limit ?",
        [limit]).fetchall()
    return [r[0] for r in rows]
