"""The security button as a receptionist uses it: one press, visible delivery, cancel, ack."""

from __future__ import annotations

import json
import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desk import config as config_mod
from tests.alerts.receivers import WebhookReceiver
from tests.helpers import saved_log


def cfg(tmp_path, text: str, name: str = "branch.toml"):
    path = tmp_path / name
    path.write_text('[branch]\nname = "Espoo"\nlocation = "Front desk"\n'
                    '[security]\nemergency_numbers = ["112", "+358 9 123"]\n' + text,
                    encoding="utf-8")
    return config_mod.load(path)


def incidents(window):
    return saved_log(window).execute(
        "select id, kind, context, cancelled_at, cancel_reason from incidents").fetchall()


def test_no_channel_is_a_loud_warning_and_the_button_still_records(make_console, qtbot,
                                                                   tmp_path):
    window = make_console(config=cfg(tmp_path, ""))
    assert any("reaches NOBODY" in text for text in window.banners.texts())
    button = window.findChild(QPushButton, "securityButton")
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(incidents(window)) == 1
    panel = window.escalation.panel
    assert panel.isVisible()
    assert "reached nobody" in panel.ack.text()
    assert "112" in window.findChild(QLabel, "emergencyNumbers").text()


def test_one_click_from_inside_a_call_carries_its_context_to_the_webhook(make_console, qtbot,
                                                                         tmp_path, clock):
    receiver = WebhookReceiver()
    try:
        window = make_console(config=cfg(tmp_path, f'[[security.channels]]\ntype = "webhook"\n'
                                                   f'url = "{receiver.url}"\n'))
        qtbot.keyClick(window, Qt.Key.Key_F2)
        panel = window.call_panel
        qtbot.keyClicks(panel.name, "Mikko Virtanen")
        panel.notes.setFocus()
        qtbot.keyClicks(panel.notes, "threatens to break the window")
        clock.advance(95)
        # The shortcut works while the operator is typing in the notes.
        qtbot.keyClick(panel.notes, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        rows = incidents(window)
        assert len(rows) == 1
        context = json.loads(rows[0][2])
        assert context["caller_name"] == "Mikko Virtanen" and context["elapsed_s"] == 95
        assert context["notes"] == "threatens to break the window"
        body = receiver.wait_for(1)[0]
        assert body["context"]["caller_name"] == "Mikko Virtanen"
        board = window.escalation.panel.board
        qtbot.waitUntil(lambda: board.item(0, 1) is not None
                        and "delivered" in board.item(0, 1).text())
        assert "1 of 1" in window.findChild(QLabel, "alarmIndicator").text()
    finally:
        receiver.stop()


def test_cancel_needs_a_reason_and_is_recorded(make_console, qtbot, tmp_path):
    window = make_console(config=cfg(tmp_path, ""))
    window.findChild(QPushButton, "securityButton").click()
    window.findChild(QPushButton, "cancelAlarmButton").click()
    dialog = window.escalation.cancel_dialog
    reason = dialog.findChild(QLineEdit, "cancelReasonEdit")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Give a reason" in dialog.error.text()
    qtbot.keyClicks(reason, "Pressed by mistake")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    row = incidents(window)[0]
    assert row[3] is not None and row[4] == "Pressed by mistake"
    assert "cancelled" in window.escalation.panel.title.text()


def test_unacknowledged_alarm_says_so_plainly_after_the_timeout(make_console, qtbot, tmp_path,
                                                                clock):
    window = make_console(config=cfg(tmp_path, "ack_timeout_s = 60\n".join(["", ""])))
    window.findChild(QPushButton, "securityButton").click()
    clock.advance(59)
    window.escalation.refresh()
    assert not any("Nobody has acknowledged" in t for t in window.banners.texts())
    clock.advance(1)
    window.escalation.refresh()
    assert any("Nobody has acknowledged the alarm within 60 s. Call 112" in t
               for t in window.banners.texts())


def test_silent_mode_shows_only_a_small_indicator(make_console, tmp_path):
    window = make_console(config=cfg(tmp_path, "silent = true\n".join(["", ""])))
    window.findChild(QPushButton, "securityButton").click()
    assert not window.escalation.panel.isVisible()
    indicator = window.findChild(QLabel, "alarmIndicator")
    assert indicator.isVisible() and "112" in indicator.text()
    assert len(incidents(window)) == 1


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_second_console_shows_the_alarm_and_its_ack_returns(make_console, qtbot, tmp_path):
    a, b = udp_port(), udp_port()

    def lan(port, peer, name):
        return cfg(tmp_path, f'[workstation]\nname = "{name}"\n[[security.channels]]\n'
                             f'type = "lan"\nport = {port}\ninterface = "127.0.0.1"\n'
                             f'peers = ["127.0.0.1:{peer}"]\nkey = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="\n', name=f"{name}.toml")

    first = make_console(config=lan(a, b, "desk-1"))
    second = make_console(config=lan(b, a, "desk-2"), path=tmp_path / "second.db")
    first.findChild(QPushButton, "securityButton").click()
    qtbot.waitUntil(lambda: second.findChild(QPushButton, "acknowledgeAlarmButton") is not None,
                    timeout=5000)
    alert = second.findChild(QPushButton, "acknowledgeAlarmButton")
    assert "desk-1" in alert.parent().label.text()
    alert.click()
    qtbot.waitUntil(lambda: "Acknowledged by" in first.escalation.panel.ack.text(), timeout=5000)
    assert "desk-2" in first.escalation.panel.ack.text()
    dismiss = second.findChild(QPushButton, "dismissAlarmButton")
    assert dismiss.isVisible()
    dismiss.click()
    assert not alert.parent().isVisible()


def test_the_alarm_board_stays_above_what_comes_later_in_the_side_column(make_console, qtbot):
    """The alarm always wins: a start-of-shift check shown once a slow log opens, or the
    playbook for an upset caller, goes under an alarm's board, never above it."""
    from desk.ui.console import shift_check

    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    window.escalation.raise_alarm()
    board = window.escalation.panel
    shift_check._show(window.shell)  # as when the log opens late, mid-call
    window.call_panel.upset.setChecked(True)
    column = window.side_column
    order = [column.itemAt(i).widget() for i in range(column.count())]
    assert order[0] is board and board.isVisible()
    assert order.index(window.shift_check) > 0 and order.index(window.playbook) > 0
