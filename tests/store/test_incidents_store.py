"""The log's record of the alarm outbox: idempotent by uid, forward-only, m005 on old logs."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desk.core.states import can_move, reachable_from
from desk.store import incidents as store
from desk.store.db import open_db
from desk.store.migrations import MIGRATION_SET, migrations


def snapshot(uid="desk-1/20261123T090000Z/abc", status="queued", **incident):
    return {"uid": uid, "kind": "alarm", "raised_at": "2026-11-23T09:00:00Z", "call_id": None,
            "branch": "Espoo", "location": "Front desk", "workstation": "desk-1",
            "operator": "Aino", "context": {"notes": "Kiitos — नमस्ते"}, **incident,
            "deliveries": [{"channel": "webhook", "message": "alarm", "status": status,
                            "attempts": 1 if status != "queued" else 0, "last_error": None,
                            "next_attempt_at": None, "created_at": "2026-11-23T09:00:00Z",
                            "delivered_at": None}]}


def test_the_same_snapshot_twice_is_recorded_once(db):
    [first] = store.record(db, [snapshot()])
    [again] = store.record(db, [snapshot(status="delivered")])
    assert first.incident_id == again.incident_id and not again.refused
    record = store.get(db, "desk-1/20261123T090000Z/abc")
    assert [(d.channel, d.state) for d in record.deliveries] == [("webhook", "delivered")]
    assert record.context == {"notes": "Kiitos — नमस्ते"}
    assert db.execute("select count(*) from incidents").fetchone()[0] == 1


def test_a_backwards_move_is_refused_and_says_so(db):
    store.record(db, [snapshot(status="cancelled", cancelled_at="2026-11-23T09:01:00Z",
                               cancel_reason="mistake")])
    [late] = store.record(db, [snapshot(status="queued")])  # a stale journal line
    assert [(r.stored, r.wanted) for r in late.refused] == [("cancelled", "queued")]
    record = store.get(db, "desk-1/20261123T090000Z/abc")
    assert record.deliveries[0].state == "cancelled"
    assert record.cancel_reason == "mistake"  # set once, never overwritten


def test_acknowledgement_is_matched_by_uid_for_any_incident(db):
    for n in range(60):  # far more than the last 50 of this workstation
        store.record(db, [snapshot(uid=f"u{n}", status="delivered")])
    assert store.acknowledge(db, "u0", "2026-11-23T09:05:00Z", "Guard", "webhook")
    record = store.get(db, "u0")
    assert record.acknowledged_by == "Guard" and record.deliveries[0].state == "acknowledged"
    assert not store.acknowledge(db, "no-such-uid", "2026-11-23T09:05:00Z", "Guard", None)


def test_pending_is_what_a_restart_must_pick_up(db):
    store.record(db, [snapshot(uid="sent", status="delivered", closed_at="x", closed_by="A")])
    store.record(db, [snapshot(uid="retrying", status="failed")])
    store.record(db, [snapshot(uid="open", status="delivered")])
    store.record(db, [{**snapshot(uid="other-desk", status="failed"),
                       "workstation": "desk-2"}])
    assert [r.uid for r in store.pending(db, "desk-1")] == ["retrying", "open"]


def test_states_move_only_forward():
    assert can_move("queued", "sending") and can_move("sending", "cancelled")
    assert not can_move("cancelled", "queued") and not can_move("delivered", "failed")
    assert reachable_from("delivered") == {"queued", "sending", "failed", "delivered"}


def test_m005_gives_old_incidents_their_uid_and_own_closed_columns(tmp_path):
    path = tmp_path / "m004.db"
    old = Migrations(MIGRATION_SET)
    for migration in migrations._migrations[:4]:  # a log as Desk left it before m005
        old(name=migration.name)(migration.fn)
    db = Database(path)
    old.apply(db)
    db.execute("insert into incidents (id, raised_at, kind, branch, workstation, "
               "acknowledged_at, acknowledged_by) values (7, '2026-11-01T10:00:00Z', 'alarm', "
               "'Espoo', 'desk-1', '2026-11-01T10:05:00Z', 'Aino at desk-1 (closed at the "
               "desk)'), (8, '2026-11-02T10:00:00Z', 'alarm', 'Espoo', 'desk-1', "
               "'2026-11-02T10:01:00Z', 'Guard')")
    db.conn.commit()
    db.conn.close()
    open_db(path).conn.close()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("select uid, acknowledged_by, closed_by from incidents "
                            "order by id").fetchall()
    assert rows == [("Espoo/desk-1/7/2026-11-01T10:00:00Z", None,
                     "Aino at desk-1 (closed at the desk)"),
                    ("Espoo/desk-1/8/2026-11-02T10:00:00Z", "Guard", None)]


def test_an_incident_whose_call_is_not_in_this_log_is_kept_with_its_call_number(db):
    [result] = store.record(db, [snapshot(uid="u1", call_id=999)])  # e.g. a restored backup
    record = store.get(db, "u1")
    assert result.incident_id and record.call_id is None
    assert record.context["call_id_not_in_log"] == 999


@pytest.mark.logs_errors
def test_one_snapshot_the_log_refuses_does_not_keep_the_others_out(db):
    db.execute("create trigger no_evil before insert on incidents when new.operator = 'Evil' "
               "begin select raise(abort, 'refused by a constraint'); end")
    results = store.record(db, [snapshot(uid="bad", operator="Evil"), snapshot(uid="good")])
    assert [(r.uid, r.incident_id is not None) for r in results] == [("bad", False),
                                                                      ("good", True)]
    assert "refused by a constraint" in results[0].error
    assert store.get(db, "good") and store.get(db, "bad") is None
