"""The calls of the current filter, a window at a time (the table never loads them all),
streamed in full for exports, and one call with everything that happened in it."""

from __future__ import annotations

from collections.abc import Iterator

from desk.core.states import IncidentKind
from desk.report.filters import Filters, date_range, where
from desk.report.readable import incidents_ok
from desk.report.summary import DEFAULT_NORMS, Norms

COLUMNS = ("id", "started_at", "duration_s", "outcome", "topic", "operator", "workstation",
           "channel", "caller_name", "caller_number", "notes")
EXPORT_COLUMNS = ("id", "started_at", "answered_at", "ended_at", "duration_s", "outcome",
                  "channel", "topic", "notes", "tried", "caller_name", "caller_number",
                  "caller_email", "operator", "workstation", "branch", "end_reason")
SORTABLE = {"id", "started_at", "duration_s", "outcome", "topic", "operator", "workstation",
            "channel", "caller_name"}


def count(backend, filters: Filters, norms: Norms = DEFAULT_NORMS) -> int:
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    return backend.query(f"select count(*) from calls c where {cond}", params)[0][0]


def page(backend, filters: Filters, offset: int, limit: int, *, sort: str = "started_at",
         descending: bool = True, norms: Norms = DEFAULT_NORMS) -> list[tuple]:
    """Rows ``offset`` to ``offset + limit`` in the table's order (``COLUMNS``)."""
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort!r}")
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    way = "desc" if descending else "asc"
    return backend.query(
        f"select {', '.join('c.' + c for c in COLUMNS)} from calls c where {cond} "
        f"order by c.{sort} {way}, c.id {way} limit ? offset ?", [*params, limit, offset])


def export_rows(backend, filters: Filters, norms: Norms = DEFAULT_NORMS, batch: int = 20000
                ) -> Iterator[tuple]:
    """Every matching call, oldest first, ``EXPORT_COLUMNS``; memory stays flat (keyset
    pages: each batch starts after the last row of the one before)."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    select = f"select {', '.join('c.' + c for c in EXPORT_COLUMNS)} from calls c where {cond}"
    rows = backend.query(f"{select} order by c.started_at, c.id limit ?", [*params, batch])
    while rows:
        yield from rows
        last = rows[-1]
        rows = backend.query(
            f"{select} and (c.started_at, c.id) > (?, ?) "  # row values: SQLite 3.15+, PG
            f"order by c.started_at, c.id limit ?", [*params, last[1], last[0], batch])


def _dicts(backend, sql: str, params: list, names: list[str]) -> list[dict]:
    return [dict(zip(names, row, strict=True)) for row in backend.query(sql, params)]


CALL_FIELDS = ["id", "started_at", "answered_at", "ended_at", "duration_s", "outcome", "channel",
               "topic", "notes", "tried", "caller_name", "caller_number", "caller_email",
               "upset", "end_reason", "operator", "workstation", "branch"]


def call_detail(backend, call_id: int) -> dict | None:
    """One call for the drill-down: its checklist timeline, callbacks with their notices
    and events, incidents with their deliveries."""
    calls = _dicts(backend, f"select {', '.join(CALL_FIELDS)} from calls where id = ?",
                   [call_id], CALL_FIELDS)
    if not calls:
        return None
    call = calls[0]
    # by: "operator" or "console" (ticked from what the operator did, m012); a review tells
    # the two apart, so coaching is about the call, not about who pressed Space.
    call["marks"] = _dicts(backend, "select stage, item, status, at, by from stage_marks "
                           "where call_id = ? order by at, id", [call_id],
                           ["stage", "item", "status", "at", "by"])
    cb_fields = ["id", "full_name", "department", "created_at", "due_at", "answered_at",
                 "answered_by", "answered_how"]
    call["callbacks"] = _dicts(backend, f"select {', '.join(cb_fields)} from callbacks "
                               "where call_id = ? order by id", [call_id], cb_fields)
    for cb in call["callbacks"]:
        cb["notices"] = _dicts(backend, "select told_at, how, old_due_at, new_due_at, note "
                               "from callback_notices where callback_id = ? order by told_at",
                               [cb["id"]], ["told_at", "how", "old_due_at", "new_due_at", "note"])
    inc_fields = ["id", "kind", "raised_at", "acknowledged_at", "acknowledged_by",
                  "cancelled_at", "cancel_reason"]
    call["incidents"] = _dicts(backend, f"select {', '.join(inc_fields)} from incidents "
                               "where call_id = ? order by id", [call_id], inc_fields)
    for incident in call["incidents"]:
        incident["deliveries"] = _dicts(
            backend, "select channel, message, status, attempts, last_error, delivered_at "
            "from deliveries where incident_id = ? order by id", [incident["id"]],
            ["channel", "message", "status", "attempts", "last_error", "delivered_at"])
    return call


def incidents(backend, filters: Filters, limit: int = 200) -> list[dict]:
    """Alarms in the date range with their time to acknowledgement, and calls ended for
    abuse with their recorded reason — newest first."""
    clauses, params = [f"i.kind = '{IncidentKind.ALARM}'", incidents_ok(backend)], []
    date_range(filters, "i.raised_at", clauses, params)
    ack = backend.seconds_between("i.raised_at", "i.acknowledged_at")
    alarms = _dicts(
        backend, f"select i.id, i.call_id, i.raised_at, i.operator, i.workstation, "
        f"case when i.acknowledged_at is null then null else {ack} end, i.acknowledged_by, "
        f"i.cancel_reason from incidents i where {' and '.join(clauses)} "
        f"order by i.raised_at desc limit ?", [*params, limit],
        ["id", "call_id", "raised_at", "operator", "workstation", "ack_s", "acknowledged_by",
         "cancel_reason"])
    cond, cparams = where(filters.but(outcome="abuse"), backend)
    abuse = _dicts(backend, f"select c.id, c.started_at, c.operator, c.end_reason, c.notes "
                   f"from calls c where {cond} order by c.started_at desc limit ?",
                   [*cparams, limit], ["id", "started_at", "operator", "end_reason", "notes"])
    return [{"kind": "alarm", **a} for a in alarms] + [{"kind": "abuse", **a} for a in abuse]
