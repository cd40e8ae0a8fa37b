"""Make the saved log of a schema version: ``python tests/data/make_old_logs.py m011``.

``log-<version>.db`` is a fresh SQLite file with today's migrations applied up to and
including ``<version>`` (in the order they run, which is not always the order of their
numbers: m007 runs after m009), holding a few rows in every table that version has, as a
Desk of that version wrote them. Nothing is checked out: a released migration is never
edited (desk/store/migrations.py), so today's code builds yesterday's schema.

Make one file when a migration is added, commit it, and never change it afterwards:
``tests/store/test_old_logs.py`` opens a copy of each with today's ``open_db``. An existing
file is left alone (``--force`` rewrites it; log-m001..m003 were made by those versions
themselves and must not be rewritten).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # run from a checkout without installing

from sqlite_utils import Database  # noqa: E402

from desk.store.migrations import migrations  # noqa: E402

CALL = {"id": 1, "started_at": "2026-11-20T09:00:00Z", "answered_at": "2026-11-20T09:00:00Z",
        "ended_at": "2026-11-20T09:04:00Z", "duration_s": 240, "outcome": "resolved",
        "caller_number": "+358401234567", "caller_name": "Aino Aalto", "topic": "Invoice",
        "channel": "phone", "stage": "closing", "upset": 0, "operator": "Mia",
        "workstation": "desk-1", "branch": "Espoo", "rang_at": "2026-11-20T08:59:52Z",
        "answer_s": 8.0, "answer_late": 0}
CLOSED_BY = "Mia at desk-1 (closed at the desk)"
# One row per table, by the name of the table; a version gets the columns it has.
ROWS = {
    "calls": CALL,
    "stage_marks": {"id": 1, "call_id": 1, "stage": "greeting", "item": "said_hello",
                    "status": "done", "at": "2026-11-20T09:00:05Z"},
    "callbacks": {"id": 1, "call_id": 1, "full_name": "Aino Aalto", "question": "Refund?",
                  "phone": "+358401234567", "department": "Billing",
                  "created_at": "2026-11-20T09:03:00Z", "due_at": "2026-11-25T21:59:59Z",
                  "operator": "Mia", "workstation": "desk-1"},
    "callback_notices": {"id": 1, "callback_id": 1, "told_at": "2026-11-24T10:00:00Z",
                         "how": "phone", "new_due_at": "2026-11-27T21:59:59Z",
                         "old_due_at": "2026-11-25T21:59:59Z", "note": "waiting for Billing"},
    "callback_forwards": {"id": 1, "callback_id": 1, "to_addr": "billing@example.org",
                          "status": "sent", "attempts": 1,
                          "created_at": "2026-11-20T09:03:01Z",
                          "sent_at": "2026-11-20T09:03:02Z"},
    "callback_events": {"id": 1, "callback_id": 1, "at": "2026-11-20T09:03:02Z",
                        "kind": "forwarded", "detail": "billing@example.org", "operator": "Mia"},
    "incidents": {"id": 1, "call_id": 1, "raised_at": "2026-11-20T09:02:00Z", "kind": "alarm",
                  "branch": "Espoo", "location": "Front desk", "workstation": "desk-1",
                  "operator": "Mia", "context": "{}",
                  "uid": "0f5c2d1e9a7b4c3d8e6f1a2b3c4d5e6f"},
    "deliveries": {"id": 1, "incident_id": 1, "channel": "webhook", "message": "alarm",
                   "status": "delivered", "attempts": 1, "created_at": "2026-11-20T09:02:00Z",
                   "delivered_at": "2026-11-20T09:02:01Z"},
    "drafts": {"kind": "callback", "call_id": 1, "data": '{"full_name": "Aino"}',
               "updated_at": "2026-11-20T09:03:30Z"},
    "phone_events": {"id": 1, "kind": "incoming", "number": "+358401234567",
                     "name": "Aino Aalto", "at": "2026-11-20T08:59:52Z",
                     "workstation": "desk-1", "consumed_at": "2026-11-20T09:00:00Z"},
    "lan_replay": {"sender": "desk-2", "high_water": 7, "expires_at": "2026-11-20T10:00:00Z",
                   "updated_at": "2026-11-20T09:00:00Z"},
    "shift_checks": {"day": "2026-11-20", "operator": "Mia", "workstation": "desk-1",
                     "done_at": "2026-11-20T08:30:00Z", "items": '["exits", "numbers"]'},
    "call_events": {"id": 1, "call_id": 1, "at": "2026-11-20T09:01:00Z",
                    "kind": "abuse_warning", "detail": "asked to stop shouting",
                    "operator": "Mia"},
    "merged_rows": {"log_id": "7d1e0c8b5a4f4e2d9c3b2a1f0e9d8c7b", "tbl": "calls",
                    "source_id": 5, "local_id": 1},
    "merges": {"id": 1, "log_id": "7d1e0c8b5a4f4e2d9c3b2a1f0e9d8c7b",
               "source": "desk-2.db", "merged_at": "2026-11-21T08:00:00Z", "added": 1,
               "skipped": 0, "detail": "{}"},
}


def make(version: str, path: Path) -> None:
    names = [m.name for m in migrations._migrations]
    matching = [n for n in names if n.split("_")[0] == version]
    if not matching:
        raise SystemExit(f"no migration {version}: known are {', '.join(names)}")
    after = names[names.index(matching[0]) + 1:]
    db = Database(path)
    migrations.apply(db, stop_before=after[0] if after else None)
    tables = set(db.table_names())
    if "sync_outbox" in tables:  # a branch with [sync]: the triggers queue what follows
        db["meta"].insert({"key": "sync_queue", "value": "on"}, replace=True)
    for table, row in ROWS.items():
        if table not in tables:
            continue
        row = dict(row)
        if table == "incidents":  # closing at the desk had no columns of its own before m005
            closed = ("closed_at", "closed_by") if db[table].columns_dict.get("closed_by") \
                else ("acknowledged_at", "acknowledged_by")
            row.update(zip(closed, ("2026-11-20T09:03:00Z", CLOSED_BY), strict=True))
        columns = db[table].columns_dict
        db[table].insert({k: v for k, v in row.items() if k in columns})
    db.conn.commit()
    db.conn.execute("vacuum")
    db.conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", nargs="+", help="e.g. m004 m005")
    parser.add_argument("--force", action="store_true", help="rewrite an existing file")
    args = parser.parse_args()
    for version in args.versions:
        path = HERE / f"log-{version}.db"
        if path.exists() and not args.force:
            print(f"{path.name} exists: left alone")
            continue
        path.unlink(missing_ok=True)
        make(version, path)
        print(f"wrote {path.name}")


if __name__ == "__main__":
    main()
