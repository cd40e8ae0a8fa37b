"""End to end: a failed transfer in the console reaches the department's mailbox (aiosmtpd on
127.0.0.1); with the server stopped the outbox keeps the callback, shows why it failed, and
delivers when the server is back — also across a restart of the sending worker."""

from __future__ import annotations

import threading
from email.header import decode_header, make_header

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QPushButton

from desk import config as config_mod
from desk.alerts.forwarding import ForwardingWorker
from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import CallbackForm
from desk.store import callbacks as store
from desk.ui.ops import Change, run_op
from tests.alerts.receivers import SmtpReceiver, free_port
from tests.helpers import saved_log, wait_idle


def branch(tmp_path, port):
    path = tmp_path / "branch.toml"
    path.write_text(f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nfrom = "desk@example.org"\n'
                    'timeout_s = 2\n[[departments]]\nname = "Billing"\n'
                    'email = "billing@example.org"\n[[departments]]\nname = "Technical"\n'
                    'email = "tech@example.org"\n', encoding="utf-8")
    return config_mod.load(path)


def subject(mail) -> str:
    return str(make_header(decode_header(mail["Subject"])))


def forward_state(db, callback_id):
    return store.get(db, callback_id)["forward_state"] or ""


def forward_one(db_path, clock, config, port, **options):
    """A forwarding worker's run against a real SMTP server: the one mail it sends."""
    server = SmtpReceiver(port=port)
    sent = threading.Event()
    worker = ForwardingWorker(db_path, clock, config.smtp, "FI", lambda _id: sent.set(),
                              **options)
    try:
        worker.start()
        worker.wake()
        [mail] = server.wait_for(1)
        assert sent.wait(5)
    finally:
        worker.stop()
        worker.join(5)
        server.stop()
    return mail


def take_in_console(window, qtbot, name, phone):
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    dialog = window.findChild(QDialog, "CallbackDialog")
    dialog.findChild(QLineEdit, "fullNameEdit").setText(name)
    dialog.findChild(QPlainTextEdit, "questionEdit").setPlainText("Meter read twice")
    dialog.findChild(QLineEdit, "phoneEdit").setText(phone)
    dialog.findChild(QComboBox, "departmentCombo").setCurrentText("Billing")
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    qtbot.waitUntil(lambda: window.callbacks.dialog is None)  # closed once stored
    return saved_log(window).execute("select max(id) from callbacks").fetchone()[0]


def test_console_forwards_then_survives_a_mail_server_outage(make_console, qtbot, tmp_path,
                                                            clock):
    port = free_port()
    server = SmtpReceiver(port=port)
    window = make_console(config=branch(tmp_path, port))
    db = saved_log(window)
    try:
        first = take_in_console(window, qtbot, "Laura Virtanen", "040 123 4567")
        [mail] = server.wait_for(1)
        assert mail["To"] == "billing@example.org" and "Laura Virtanen" in mail["Subject"]
        assert "Meter read twice" in mail.get_payload()
        assert "Promised answer by: Thursday 2026-11-26" in mail.get_payload()
        qtbot.waitUntil(lambda: forward_state(db, first) == "sent")

        server.stop()
        second = _take_directly(window, "Matti Meikäläinen")
        qtbot.waitUntil(lambda: forward_state(db, second).startswith("failed: 127.0.0.1:"),
                        timeout=5000)
        assert len(server.messages) == 1

        server = SmtpReceiver(port=port)  # the mail server is back on the same port
        clock.advance(120)  # past any backoff
        window.callbacks.worker.wake()
        mails = server.wait_for(1)
        assert "Matti Meikäläinen — answer by" in subject(mails[0])
        qtbot.waitUntil(lambda: forward_state(db, second) == "sent")
    finally:
        server.stop()


def _take_directly(window, name):
    """A second callback taken through the console's log thread, as the dialog does."""
    form = CallbackForm(full_name=name, question="Meter read twice",
                        email="matti@example.org", department="Billing")
    taken = {}
    run_op(window, lambda ctx: ctx.callbacks.take(form), changes={Change.CALLBACKS}) \
        .success(taken.update)
    wait_idle(window)
    window.callbacks.worker.wake()
    return taken["id"]


def test_outbox_resumes_after_a_restart(tmp_path, db, db_path, clock):
    port = free_port()
    config = branch(tmp_path, port)
    desk = CallbackDesk(db, clock, config, "Aino", "desk-1")
    taken = desk.take(CallbackForm(full_name="Aino Aalto", question="Refund?",
                                   phone="+44 20 7946 0958", department="Technical"))
    # Before the crash: one failed attempt (server down), then a send cut off half way.
    first = ForwardingWorker(db_path, clock, config.smtp, "FI")
    assert first.send_due(db) == 1
    assert forward_state(db, taken["id"]).startswith("failed")
    db.execute("update callback_forwards set status = 'sending'")
    db.conn.commit()

    # Restart: whatever was mid-send goes back to the queue; the new worker sends it.
    store.resume_forwards(db)
    assert forward_state(db, taken["id"]).startswith("queued")
    clock.advance(120)
    mail = forward_one(db_path, clock, config, port)
    assert mail["To"] == "tech@example.org"
    assert "+44 20 7946 0958" in mail.get_payload()
    row = db.execute("select status, attempts, sent_at from callback_forwards").fetchone()
    assert row[0] == "sent" and row[1] == 2 and row[2]


def test_the_department_reads_the_callback_in_the_branchs_language(tmp_path, db, db_path,
                                                                    clock):
    port = free_port()
    config = branch(tmp_path, port)
    desk = CallbackDesk(db, clock, config, "Aino", "desk-1")
    desk.take(CallbackForm(full_name="Aino Aalto", question="Miksi lasku tuli kahdesti?",
                           phone="040 765 4321", department="Billing",
                           tried="Soitti jo laskutukseen"))
    mail = forward_one(db_path, clock, config, port, language="fi")
    assert subject(mail).startswith("Takaisinsoitto, Billing: Aino Aalto — vastaus viimeistään")
    body = mail.get_payload(decode=True).decode(mail.get_content_charset() or "utf-8")
    body = body.replace("\r\n", "\n")
    assert body.startswith("Takaisinsoittopyyntö #1: Billing\nSoittaja: Aino Aalto")
    assert "Toivoo yhteydenottoa: puhelimitse" in body  # the way, translated too
    assert "Jo kokeiltu (älä pyydä tekemään uudelleen):\nSoitti jo laskutukseen" in body
    assert "Caller" not in body and "Question" not in body
