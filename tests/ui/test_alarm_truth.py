"""The alarm panel and the shift check tell the truth: who ended an alarm, when and why;
"alarm tested" is what the log shows, and a real alarm on every channel proves it too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from desk import config as config_mod
from desk.ui.dates import local_time
from tests.alerts.receivers import WebhookReceiver
from tests.helpers import saved_log

ALARM_KEY = (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)


def _config(tmp_path, receiver=None):
    path = tmp_path / "branch.toml"
    text = f'[[security.channels]]\ntype = "webhook"\nurl = "{receiver.url}"\n' if receiver \
        else ""
    path.write_text(text, encoding="utf-8")
    return config_mod.load(path)


def test_a_cancelled_alarm_turns_neutral_and_says_who_when_and_why(make_console, qtbot,
                                                                   tmp_path, clock):
    receiver = WebhookReceiver()
    try:
        window = make_console(config=_config(tmp_path, receiver))
        qtbot.keyClick(window, *ALARM_KEY)
        panel = window.escalation.panel
        receiver.wait_for(1)
        qtbot.waitUntil(lambda: "Waiting for security" in panel.ack.text())
        assert "#b3261e" in panel.styleSheet()  # red while it is live
        clock.advance(90)
        panel.cancel_button.setFocus()
        qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Space)
        dialog = window.escalation.cancel_dialog
        reason = dialog.findChild(QLineEdit, "cancelReasonEdit")
        qtbot.keyClicks(reason, "Pressed by mistake")
        qtbot.keyClick(reason, Qt.Key.Key_Return)
        identity = window.services.identity
        cancelled = saved_log(window).execute("select cancelled_at from incidents").fetchone()[0]
        assert panel.title.text() == (
            f"Alarm raised at {local_time('2026-11-23T09:00:00Z')} was cancelled by "
            f"{identity.operator} ({identity.workstation}) at {local_time(cancelled)}: "
            "Pressed by mistake")
        assert "Waiting for security" not in panel.ack.text()
        assert "No acknowledgement is awaited" in panel.ack.text()
        assert panel.ended and "#b3261e" not in panel.styleSheet()
        assert panel.cancel_button.isHidden()
    finally:
        receiver.stop()


def test_a_real_alarm_on_every_channel_ends_alarm_never_tested(make_console, qtbot, tmp_path):
    receiver = WebhookReceiver()
    try:
        window = make_console(config=_config(tmp_path, receiver))
        status = window.findChild(QLabel, "alarmTestStatus")
        qtbot.waitUntil(lambda: status.text() == "Alarm never tested")
        qtbot.keyClick(window, *ALARM_KEY)
        receiver.wait_for(1)
        qtbot.waitUntil(lambda: status.text().startswith("Last successful alarm test"))
        assert not any("never been tested" in text for text in window.banners.texts())
        window.close()
        again = make_console(config=_config(tmp_path, receiver))  # read back from the log
        status = again.findChild(QLabel, "alarmTestStatus")
        qtbot.waitUntil(lambda: status.text().startswith("Last successful alarm test"))
    finally:
        receiver.stop()


def test_the_shift_check_shows_the_alarm_test_as_a_fact(make_console, qtbot, tmp_path):
    window = make_console(config=_config(tmp_path))
    qtbot.waitUntil(lambda: getattr(window, "shift_check", None) is not None)
    panel = window.shift_check
    qtbot.waitUntil(panel.isVisible)  # on screen: its Alt+R works from then on
    assert "alarm_tested" not in panel.boxes  # nobody can tick it
    qtbot.waitUntil(lambda: "never tested" in panel.alarm_fact.text())  # once read back
    for box in panel.boxes.values():  # tick everything the operator can tick
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    recorded: list[list] = []
    panel.confirmed.connect(recorded.append)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Ready
    qtbot.waitUntil(lambda: recorded != [])
    assert "alarm_tested" not in recorded[0]
    assert set(recorded[0]) == set(panel.boxes)


def test_until_the_alarms_record_is_read_back_nothing_says_never_tested(make_console, qtbot,
                                                                      tmp_path, monkeypatch):
    """The alarm's last test comes from its record in the log: before that is read back
    (a slow log, the first moments of a start) the console says so, and never claims
    "never tested" nor ticks "alarm tested"; the answer shows as soon as it is in."""
    import threading

    from desk.alerts.recorder import Recorder

    receiver = WebhookReceiver()
    released = threading.Event()
    restore = Recorder._restore

    def slow_restore(self):
        released.wait(10)
        restore(self)

    monkeypatch.setattr(Recorder, "_restore", slow_restore)
    try:
        window = make_console(config=_config(tmp_path, receiver))
        qtbot.waitUntil(lambda: window.escalation.started)
        status = window.findChild(QLabel, "alarmTestStatus")
        qtbot.waitUntil(lambda: getattr(window, "shift_check", None) is not None)
        panel = window.shift_check
        qtbot.waitUntil(panel.isVisible)
        assert status.text() == "Last alarm test: not read from the call log yet"
        assert not any("never been tested" in text for text in window.banners.texts())
        assert "reading its last test" in panel.alarm_fact.text() and not panel.alarm_proven
        released.set()
        qtbot.waitUntil(lambda: status.text() == "Alarm never tested")  # a new log: true now
        assert any("never been tested" in text for text in window.banners.texts())
        qtbot.waitUntil(lambda: "never tested" in panel.alarm_fact.text())
    finally:
        released.set()
        receiver.stop()
