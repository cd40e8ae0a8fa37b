"""A taken callback reaches the department's mailbox over SMTP, even after the server was down."""

from __future__ import annotations

import threading

from desk import config as config_mod
from desk.alerts.forwarding import ForwardingWorker
from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import CallbackForm
from desk.store import callbacks as store
from tests.alerts.receivers import SmtpReceiver, free_port


def branch(tmp_path, port):
    path = tmp_path / "branch.toml"
    path.write_text(f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nfrom = "desk@example.org"\n'
                    'timeout_s = 2\n[[departments]]\nname = "Billing"\n'
                    'email = "billing@example.org"\n', encoding="utf-8")
    return config_mod.load(path)


def take(db, clock, config):
    desk = CallbackDesk(db, clock, config, "Aino", "desk-1")
    return desk.take(CallbackForm(full_name="Laura Virtanen", question="Billed twice",
                                  phone="040 123 4567", department="Billing",
                                  tried="Checked the online bank"))


def test_forwarded_after_the_mail_server_comes_back(tmp_path, db, db_path, clock):
    port = free_port()
    config = branch(tmp_path, port)
    callback = take(db, clock, config)
    changed = threading.Event()
    worker = ForwardingWorker(db_path, clock, config.smtp, "FI", lambda _id: changed.set())

    # The mail server is down: the attempt fails, is recorded, and waits to be retried.
    assert worker.send_due(db) == 1
    forward = store.get(db, callback["id"])["forward_state"]
    assert forward.startswith("failed: 127.0.0.1:")

    server = SmtpReceiver(port=port)
    try:
        assert worker.send_due(db) == 0  # backoff: not due yet
        clock.advance(5)
        worker.start()  # as after a restart: the worker picks up what is still queued
        worker.wake()
        [mail] = server.wait_for(1)
        assert changed.wait(5)
    finally:
        worker.stop()
        worker.join(5)
        server.stop()
    assert mail["To"] == "billing@example.org"
    assert "Laura Virtanen" in mail["Subject"] and "2026-11-26" in mail["Subject"]
    body = mail.get_payload()
    assert "Billed twice" in body and "Checked the online bank" in body
    assert "040 1234567" in body
    again = store.get(db, callback["id"])
    assert again["forward_state"] == "sent"
    assert [e["kind"] for e in again["events"]] == ["taken", "forwarded"]


def test_department_without_email_is_not_queued(tmp_path, db, clock):
    path = tmp_path / "b.toml"
    path.write_text('[[departments]]\nname = "Front office"\n', encoding="utf-8")
    desk = CallbackDesk(db, clock, config_mod.load(path), "Aino", "desk-1")
    taken = desk.take(CallbackForm(full_name="A B", question="Q", email="a@b.org",
                                   department="Front office"))
    assert taken["forward_state"] is None
    assert "Callback request" in desk.as_text(taken)
