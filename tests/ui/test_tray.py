"""Alarms heard with the window closed: the notification area, over a real LAN on loopback.

Offscreen Qt has no system tray, so ``desk.ui.tray.system_tray_available`` (the one seam)
says there is one; everything else is real: two consoles, their LAN listeners on
127.0.0.1, the encrypted packets and receipts between them.
"""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desk import config as config_mod
from tests.helpers import saved_log

# The offscreen platform has no tray to attach the icon to (a real desktop has one).
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged")
KEY = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def lan(tmp_path, name: str, port: int, peer: int):
    path = tmp_path / f"{name}.toml"
    path.write_text(f'[branch]\nname = "Espoo"\n[workstation]\nname = "{name}"\n'
                    f'[[security.channels]]\ntype = "lan"\nport = {port}\n'
                    f'interface = "127.0.0.1"\npeers = ["127.0.0.1:{peer}"]\nkey = "{KEY}"\n',
                    encoding="utf-8")
    path.chmod(0o600)
    return config_mod.load(path)


@pytest.fixture
def tray_console(make_console, monkeypatch):
    """``make_console`` on a desktop with a notification area; Desk really quits after."""
    from desk.ui import tray

    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    built = []

    def build(*args, **kwargs):
        window = make_console(*args, **kwargs)
        built.append(window)
        return window

    yield build
    for window in built:
        if window.tray is not None and not window.tray.quitting:
            window.tray.quit()
    QApplication.instance().setQuitOnLastWindowClosed(True)


@pytest.fixture
def pair(tray_console, tmp_path):
    a, b = udp_port(), udp_port()
    first = tray_console(config=lan(tmp_path, "desk-1", a, b))
    second = tray_console(config=lan(tmp_path, "desk-2", b, a), path=tmp_path / "second.db")
    return first, second


def acknowledge_button(window):
    return window.findChild(QPushButton, "acknowledgeAlarmButton")


def test_closed_console_stays_listening_and_an_alarm_from_another_desk_brings_it_back(
        pair, qtbot):
    first, second = pair
    first.close()
    assert not first.isVisible() and first.tray.icon.isVisible()
    assert first.tray.messages[-1][0] == "Desk is still running"

    second.findChild(QPushButton, "securityButton").click()
    qtbot.waitUntil(first.isVisible, timeout=5000)
    assert acknowledge_button(first) is not None
    assert "desk-2" in acknowledge_button(first).parent().label.text()
    assert first.tray.messages[-1] == ("Security alarm from another desk",
                                       "Espoo, Front desk (desk-2)")
    # The hidden console answered with a receipt: the raising desk sees it delivered.
    board = second.escalation.panel.board
    qtbot.waitUntil(lambda: board.item(0, 1) is not None
                    and "delivered" in board.item(0, 1).text(), timeout=5000)


def test_the_tray_menu_raises_the_alarm_with_the_window_closed(pair, qtbot):
    first, second = pair
    first.close()
    first.tray.menu.findChild(type(first.tray.raise_action), "trayRaiseAlarmAction").trigger()
    assert saved_log(first).execute("select count(*) from incidents").fetchone()[0] == 1
    assert first.tray.messages[-1][0] == "Security alarm raised"
    qtbot.waitUntil(lambda: acknowledge_button(second) is not None, timeout=5000)
    assert "desk-1" in acknowledge_button(second).parent().label.text()
    first.tray.open_action.trigger()
    assert first.isVisible() and first.escalation.panel.isVisible()


def test_quit_in_the_tray_menu_says_what_stops_and_ends_desk(pair, qtbot):
    first, _second = pair
    first.close()
    first.tray.quit_action.trigger()
    box = first.tray.quit_dialog
    assert box.isVisible() and "alarms from other desks will no longer show" in box.text()
    keep = next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    keep.click()
    assert first.tray.icon.isVisible() and not first.tray.quitting

    first.tray.quit_action.trigger()
    box = first.tray.quit_dialog
    with qtbot.waitSignal(first.closing, timeout=3000):  # the alarm workers stop here
        box.findChild(QPushButton, "trayQuitConfirmButton").click()
    assert not first.tray.icon.isVisible() and not first.isVisible()
    assert QApplication.instance().quitOnLastWindowClosed()


def test_a_call_in_progress_closes_the_normal_way(pair, qtbot):
    first, _second = pair
    first.findChild(QPushButton, "startCallButton").click()
    assert first.session.active
    with qtbot.waitSignal(first.closing, timeout=3000):
        first.close()
    assert not first.tray.icon.isVisible()


def test_without_a_notification_area_closing_ends_desk_and_the_console_says_so(
        make_console, tmp_path, qtbot):
    window = make_console(config=lan(tmp_path, "desk-1", udp_port(), udp_port()))
    assert window.tray is None
    assert any("no notification area" in text for text in window.banners.texts())
    with qtbot.waitSignal(window.closing, timeout=3000):
        window.close()


def test_without_a_lan_channel_there_is_no_tray(tray_console, qtbot):
    window = tray_console()
    assert window.tray is None
    assert not any("notification area" in text for text in window.banners.texts())
    with qtbot.waitSignal(window.closing, timeout=3000):
        window.close()


def test_start_at_login_writes_and_removes_the_autostart_entry(make_console, tmp_path):
    from desk.platform import autostart

    entry = autostart.entry_path()
    window = make_console()
    action = window.autostart.action
    assert action in window.tools_menu.actions() and not action.isChecked()
    action.trigger()
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={sys.executable} -m desk" in text and "Type=Application" in text
    # Remembered like the view options: the next console shows it on.
    assert make_console(path=tmp_path / "other.db").autostart.action.isChecked()
    action.trigger()
    assert not entry.exists()


def test_an_alarm_the_tray_could_not_raise_brings_the_window_with_the_number(pair,
                                                                             monkeypatch):
    import sqlite3

    first, _second = pair
    first.close()

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(first.escalation.service, "raise_alarm", locked)
    first.tray.raise_action.trigger()
    assert first.isVisible()
    assert any("could NOT be raised" in text and "Call 112" in text
               for text in first.banners.texts())
    assert first.tray.messages[-1][0] == "The alarm could NOT be raised"
