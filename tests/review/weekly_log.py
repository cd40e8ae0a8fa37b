"""A small log for the weekly report's figures, every number worked out by hand.

Period under test: 16–22 Nov 2026 (UTC; the CLI tests run with TZ=UTC), previous period
9–15 Nov. ``NOW`` is 23 Nov 09:00 UTC.
"""

from __future__ import annotations

NOW = "2026-11-23T09:00:00Z"
SINCE, UNTIL = "2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z"
PREV_SINCE = "2026-11-09T00:00:00Z"

# id, started_at, duration_s, ring wait (s; None: no ring time), number, e-mail, topic,
# root cause
CALLS = [
    (1, "2026-11-16T09:00:00Z", 100, 10, "+358401", None, "Billing", "Invoice template wrong"),
    (2, "2026-11-18T09:00:00Z", 200, 20, "+358401", None, "Billing", " Invoice template wrong "),
    (3, "2026-11-17T09:00:00Z", 700, None, "+358402", None, "Parking", "Parking sign missing"),
    (4, "2026-11-20T09:00:00Z", 300, 5, None, "a@example.org", "Billing", ""),
    (5, "2026-11-19T09:00:00Z", 1000, None, "+358401", None, "Parking", None),
    (6, "2026-11-21T09:00:00Z", 50, 12, None, "a@example.org", "Billing", None),
    (7, "2026-11-22T09:00:00Z", 400, None, "+358403", None, "Billing", None),
    # the previous period
    (11, "2026-11-12T09:00:00Z", 100, 10, "+358402", None, "Parking", None),
    (12, "2026-11-10T09:00:00Z", 700, None, None, "a@example.org", "Billing", None),
    (13, "2026-11-15T08:59:59Z", 800, None, "+358403", None, "Billing", None),
]
# id, call, created_at, due_at (now), answered_at, old due date of a delay notice
CALLBACKS = [
    (1, 1, "2026-11-16T10:00:00Z", "2026-11-18T10:00:00Z", "2026-11-17T10:00:00Z", None),
    (2, 2, "2026-11-16T10:00:00Z", "2026-11-20T10:00:00Z", "2026-11-19T10:00:00Z",
     "2026-11-17T10:00:00Z"),
    (3, 3, "2026-11-17T10:00:00Z", "2026-11-18T10:00:00Z", "2026-11-20T22:00:00Z", None),
    (4, 4, "2026-11-20T10:00:00Z", "2026-11-25T10:00:00Z", None, None),
    (5, 5, "2026-11-17T10:00:00Z", "2026-11-19T10:00:00Z", None, None),
    (6, 11, "2026-11-12T10:00:00Z", "2026-11-14T10:00:00Z", "2026-11-13T10:00:00Z", None),
]


def _plus(iso: str, seconds: int) -> str:
    from datetime import datetime, timedelta

    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")) + timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def fill(db) -> None:
    for id_, started, duration, wait, number, email, topic, cause in CALLS:
        answered = _plus(started, wait or 0)
        db.execute("insert into calls (id, started_at, answered_at, ended_at, duration_s, "
                   "outcome, caller_number, caller_email, topic, root_cause, channel, operator, "
                   "workstation) values (?, ?, ?, ?, ?, 'resolved', ?, ?, ?, ?, ?, 'Aino', "
                   "'desk-1')",
                   [id_, started, answered, _plus(answered, duration), duration, number, email,
                    topic, cause, "phone" if wait else "counter"])
    for id_, call, created, due, answered, old in CALLBACKS:
        db.execute("insert into callbacks (id, call_id, full_name, created_at, due_at, "
                   "answered_at) values (?, ?, 'X', ?, ?, ?)", [id_, call, created, due, answered])
        if old:
            db.execute("insert into callback_notices (callback_id, told_at, how, new_due_at, "
                       "old_due_at) values (?, ?, 'phone', ?, ?)", [id_, old, due, old])
    db.execute("insert into incidents (id, call_id, raised_at, acknowledged_at, kind, operator, "
               "workstation) values (1, 3, '2026-11-17T09:05:00Z', '2026-11-17T09:06:30Z', "
               "'alarm', 'Aino', 'desk-1')")
    for channel, status in (("webhook", "delivered"), ("email", "failed")):
        db.execute("insert into deliveries (incident_id, channel, message, status, attempts) "
                   "values (1, ?, 'alarm', ?, 1)", [channel, status])
    db.conn.commit()
