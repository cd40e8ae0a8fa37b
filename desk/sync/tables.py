"""The tables head office receives, with each column's PostgreSQL type.

Local SQLite columns are read by these names; the server has the same columns plus
``log_id`` (the log's random id, meta ``log_id``), ``log_no`` (a small number the server
gives each log, used by the report views) and ``sync_seq`` (the local queue position of
the row's state, so an older state never overwrites a newer one).
A column added here needs a new server migration in ``schema.py`` (and a line in ``ADDED``),
and a local step that queues the rows already pushed without it (m013).
"""

from __future__ import annotations

T, N, R = "text", "bigint", "double precision"  # answer_s is the only fraction

COLUMNS: dict[str, dict[str, str]] = {
    "calls": {
        "id": N, "started_at": T, "answered_at": T, "ended_at": T, "duration_s": N,
        "outcome": T, "caller_number": T, "caller_name": T, "caller_email": T, "topic": T,
        "notes": T, "tried": T, "root_cause": T, "channel": T, "stage": T, "upset": N,
        "end_reason": T, "operator": T, "workstation": T, "branch": T,
        "rang_at": T, "answer_s": R, "answer_late": N,
    },
    "stage_marks": {"id": N, "call_id": N, "stage": T, "item": T, "status": T, "at": T,
                    "by": T},
    "callbacks": {
        "id": N, "call_id": N, "full_name": T, "question": T, "phone": T, "email": T,
        "department": T, "preferred_channel": T, "tried": T, "created_at": T, "due_at": T,
        "answered_at": T, "answered_by": T, "answered_how": T, "operator": T,
        "workstation": T,
    },
    "callback_notices": {"id": N, "callback_id": N, "told_at": T, "how": T, "new_due_at": T,
                         "old_due_at": T, "note": T},
    "incidents": {
        "id": N, "call_id": N, "raised_at": T, "acknowledged_at": T, "acknowledged_by": T,
        "cancelled_at": T, "cancel_reason": T, "kind": T, "branch": T, "location": T,
        "workstation": T, "operator": T, "context": T, "uid": T, "closed_at": T,
        "closed_by": T,
    },
    "deliveries": {
        "id": N, "incident_id": N, "channel": T, "message": T, "status": T, "attempts": N,
        "last_error": T, "next_attempt_at": T, "created_at": T, "delivered_at": T,
    },
}

# Columns that point at another synced row: the report views make them global too.
REFERENCES: dict[str, dict[str, str]] = {
    "stage_marks": {"call_id": "calls"},
    "callbacks": {"call_id": "calls"},
    "callback_notices": {"callback_id": "callbacks"},
    "incidents": {"call_id": "calls"},
    "deliveries": {"incident_id": "incidents"},
}

# Columns head office gained after s001, by the server step that added them (their local
# migrations came later than the first push): a server step never changes.
ADDED: dict[str, dict[str, tuple[str, ...]]] = {
    "s004_later_columns": {"calls": ("rang_at", "answer_s", "answer_late"),
                           "stage_marks": ("by",),
                           "incidents": ("uid", "closed_at", "closed_by")},
}

SYNCED = tuple(COLUMNS)
