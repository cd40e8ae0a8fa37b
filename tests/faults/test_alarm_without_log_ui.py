"""The alarm stands alone: a damaged or locked call log never keeps it from security."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QLabel, QPushButton

from desk import config as config_mod
from tests.alerts.receivers import WebhookReceiver
from tests.faults.lock_holder import LockHolder


def webhook_config(tmp_path, url):
    path = tmp_path / "branch.toml"
    path.write_text(f'[security]\nemergency_numbers = ["112", "+358 9 123 456"]\n'
                    f'[[security.channels]]\ntype = "webhook"\nurl = "{url}"\n',
                    encoding="utf-8")
    return config_mod.load(path)


def test_a_console_on_a_damaged_log_still_raises_the_alarm(make_console, qtbot, tmp_path):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(os.urandom(8192))
    before = damaged.read_bytes()
    receiver = WebhookReceiver()
    try:
        window = make_console(config=webhook_config(tmp_path, receiver.url), path=damaged)
        assert window.problem is not None  # the log could not be opened: said plainly
        button = window.findChild(QPushButton, "securityButton")
        assert button.isVisible() and button.isEnabled()
        numbers = window.findChild(QLabel, "emergencyNumbersBar")
        assert "112" in numbers.text() and "+358 9 123 456" in numbers.text()

        window.call_panel.number.setText("040 123")  # nothing recorded: no call possible
        button.click()
        body = receiver.wait_for(1)[0]
        assert body["message"] == "alarm"
        panel = window.escalation.panel
        assert panel.isVisible()
        journal = tmp_path / "damaged.alarm-journal.jsonl"
        assert not panel.recorded.isVisible() or journal.exists()  # says so once it is so
        qtbot.waitUntil(lambda: panel.recorded.isVisible(), timeout=5000)
        assert "could not record this alarm yet" in panel.recorded.text()
        assert "kept in a safe journal" in panel.recorded.text()
        assert journal.exists() and (journal.stat().st_mode & 0o777) == 0o600
        assert damaged.read_bytes() == before  # the damaged file is never touched
    finally:
        receiver.stop()


def test_an_alarm_on_a_healthy_log_never_says_it_could_not_be_recorded(make_console, qtbot,
                                                                       tmp_path):
    """On its way to the log is not "could not record": the board says that (and that the
    alarm is in the journal) only once the recorder found the log refusing it."""
    receiver = WebhookReceiver()
    try:
        window = make_console(config=webhook_config(tmp_path, receiver.url))
        shown = []
        panel = window.escalation.panel
        window.findChild(QPushButton, "securityButton").click()
        shown.append(panel.recorded.isVisible())  # the board at once, before any record
        receiver.wait_for(1)
        uid = window.escalation.incident_id
        qtbot.waitUntil(lambda: window.escalation.service.view(uid).recorded, timeout=5000)
        window.escalation.refresh()
        shown.append(panel.recorded.isVisible())
        assert panel.isVisible() and shown == [False, False]
    finally:
        receiver.stop()


def test_an_alarm_during_a_lock_reaches_security_at_once_with_what_was_typed(
        make_console, qtbot, tmp_path, db_path):
    receiver = WebhookReceiver()
    try:
        window = make_console(config=webhook_config(tmp_path, receiver.url))
        window.call_panel.start_call()
        panel = window.call_panel
        with LockHolder(db_path):
            panel.number.setFocus()
            qtbot.keyClicks(panel.number, "040 123 45")  # half a number, focus still there
            window.findChild(QPushButton, "securityButton").click()
            body = receiver.wait_for(1)[0]  # while the log is still locked
            assert body["context"]["caller_number"] == "040 123 45"
        qtbot.waitUntil(lambda: window.escalation.service.flush(0.1), timeout=10000)
    finally:
        receiver.stop()
