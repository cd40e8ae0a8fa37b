"""The alarm stands alone: a locked or damaged call log delays nothing and loses nothing."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat

from desk.store.journal import journal_path
from tests.alerts.conftest import write_config
from tests.alerts.receivers import WebhookReceiver, free_port
from tests.faults.lock_holder import LockHolder


def webhook_config(tmp_path, url, extra=""):
    return write_config(tmp_path, f'[[security.channels]]\ntype = "webhook"\nurl = "{url}"\n'
                        + extra)


def event(service, kind, uid):
    return next((d for k, d in service.events.items if k == kind and d.get("uid") == uid), None)


def journal_lines(db_path):
    path = journal_path(db_path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_locked_log_alarm_goes_out_at_once_and_reaches_the_log_after(tmp_path, make_service,
                                                                      webhook, db_path):
    service = make_service(webhook_config(tmp_path, webhook.url))
    with LockHolder(db_path) as lock:
        uid = service.raise_alarm({"caller_name": "Mikko"})
        # Sent while the other program still holds the lock.
        assert webhook.wait_for(1)[0]["uid"] == uid
        assert service.events.wait(lambda: event(service, "not_recorded", uid))
        assert "locked" in event(service, "not_recorded", uid)["reason"]
        assert not service.view(uid).recorded
        # Meanwhile it is on disk, owner-only, in the journal next to the log.
        mode = stat.S_IMODE(os.stat(journal_path(db_path)).st_mode)
        assert mode == 0o600
        assert uid in {line["uid"] for line in journal_lines(db_path)}
        lock.release()
        assert service.events.wait(lambda: event(service, "recorded", uid))
    assert service.flush()
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("select id, context from incidents where uid = ?", [uid]).fetchone()
        status = conn.execute("select status from deliveries where incident_id = ?",
                              [row[0]]).fetchone()
    assert row[0] == service.view(uid).incident_id and "Mikko" in row[1]
    assert status == ("delivered",)
    assert not journal_path(db_path).exists()  # merged, then emptied


def test_damaged_log_alarm_goes_out_and_the_journal_holds_it(tmp_path, make_service, webhook):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(os.urandom(64 * 1024))
    service = make_service(webhook_config(tmp_path, webhook.url), path=damaged,
                           restored=False)
    uid = service.raise_alarm({"topic": "Refund"})
    assert webhook.wait_for(1)[0]["uid"] == uid
    assert service.events.wait(lambda: event(service, "not_recorded", uid))
    assert "damaged" in event(service, "not_recorded", uid)["reason"]
    assert service.events.wait(
        lambda: service.view(uid).delivery("webhook").state == "delivered")
    assert service.log_problem and not service.view(uid).recorded
    path = journal_path(damaged)
    assert path.name == "damaged.alarm-journal.jsonl"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The delivery results follow the incident into the journal.
    assert service.recorder.wait_journaled(uid, timeout=10)
    assert journal_lines(damaged)[-1]["deliveries"][0]["status"] == "delivered"
    assert damaged.read_bytes()[:16] != b"SQLite format 3\x00"  # left untouched


def test_journal_from_a_damaged_run_is_resent_and_merged_once_the_log_works(
        tmp_path, make_service, clock, db_path):
    port = free_port()
    config = webhook_config(tmp_path, f"http://127.0.0.1:{port}/alarm", "timeout_s = 1\n")
    log = tmp_path / "desk-log.db"
    log.write_bytes(os.urandom(8192))
    first = make_service(config, path=log, restored=False)
    uid = first.raise_alarm({})
    assert first.events.wait(lambda: first.view(uid).delivery("webhook").state == "failed")
    assert first.recorder.wait_journaled(uid, timeout=10)
    assert journal_lines(log)[-1]["deliveries"][0]["status"] == "failed"
    first.stop()

    shutil.copy(db_path, log)  # IT restores a good copy of the log
    receiver = WebhookReceiver(port=port)
    try:
        second = make_service(config, path=log)
        assert second.open_incident().uid == uid  # from the journal
        assert second.events.wait(lambda: second.view(uid).recorded)
        clock.advance(5)
        second.wake()
        assert receiver.wait_for(1)[0]["uid"] == uid
        assert second.events.wait(
            lambda: second.view(uid).delivery("webhook").state == "delivered")
        assert second.flush()
    finally:
        receiver.stop()
    assert not journal_path(log).exists()
    with sqlite3.connect(log) as conn:
        rows = conn.execute("select d.status, d.attempts from deliveries d join incidents i on "
                            "i.id = d.incident_id where i.uid = ?", [uid]).fetchall()
    assert rows == [("delivered", 2)]


def test_a_retry_due_while_the_log_is_locked_goes_out_regardless(tmp_path, make_service,
                                                                 clock, db_path):
    port = free_port()
    service = make_service(webhook_config(tmp_path, f"http://127.0.0.1:{port}/alarm",
                                          "timeout_s = 1\n"))
    uid = service.raise_alarm({})
    assert service.events.wait(lambda: service.view(uid).delivery("webhook").state == "failed")
    assert service.flush()
    receiver = WebhookReceiver(port=port)
    try:
        with LockHolder(db_path):  # held far past the log's busy timeout
            clock.advance(5)
            service.wake()
            assert receiver.wait_for(1)[0]["uid"] == uid
            assert service.events.wait(lambda: service.view(uid).delivery("webhook").state
                                       == "delivered")
            states = {s.name: s.status for s in service.worker_states()}
            assert states["alarm:webhook"] in ("running", "waiting")
        assert service.flush()  # the lock is gone: the result reaches the log
    finally:
        receiver.stop()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select d.status, d.attempts from deliveries d join incidents i "
                            "on i.id = d.incident_id where i.uid = ?", [uid]).fetchall() == \
            [("delivered", 2)]
