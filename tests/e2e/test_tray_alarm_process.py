"""A console closed to the notification area is brought back by an alarm that another
console, a real process, raises over the LAN (pinned to loopback)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from desk import config as config_mod

pytestmark = [pytest.mark.process, pytest.mark.qt_log_ignore("systemTrayWindowChanged")]
KEY = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="

# The other desk: the real console (desk.app.main), whose operator presses the button once
# the call log is open.
OTHER_DESK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication(["desk"])
def press():
    window = getattr(app, "_desk_console", None)
    if window is None or not window.ready:
        QTimer.singleShot(50, press)
        return
    window.findChild(QPushButton, "securityButton").click()
    print("raised", flush=True)
QTimer.singleShot(0, press)
from desk.app import main
sys.exit(main(sys.argv[1:]))
"""


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def lan_config(path, name, port, peer):
    path.write_text(f'[workstation]\nname = "{name}"\n[[security.channels]]\ntype = "lan"\n'
                    f'port = {port}\ninterface = "127.0.0.1"\npeers = ["127.0.0.1:{peer}"]\n'
                    f'key = "{KEY}"\n', encoding="utf-8")
    path.chmod(0o600)
    return path


def test_an_alarm_from_another_desk_process_brings_the_closed_console_back(
        tmp_path, make_console, qtbot, clock, monkeypatch):
    from desk.ui import tray

    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    clock.set(datetime.now(UTC))  # LAN packets carry their time: the clocks must agree
    a, b = udp_port(), udp_port()
    window = make_console(config=config_mod.load(lan_config(tmp_path / "a.toml", "desk-1",
                                                            a, b)))
    try:
        window.close()
        assert not window.isVisible() and window.tray.icon.isVisible()
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
                   XDG_RUNTIME_DIR=str(tmp_path), PYTHONPATH=root)
        other = subprocess.Popen(
            [sys.executable, "-c", OTHER_DESK, "--db", str(tmp_path / "other.db"), "--config",
             str(lan_config(tmp_path / "b.toml", "desk-2", b, a))],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            qtbot.waitUntil(window.isVisible, timeout=20000)
            alert = window.findChild(QPushButton, "acknowledgeAlarmButton")
            assert alert is not None and "desk-2" in alert.parent().label.text()
            assert window.tray.messages[-1][0] == "Security alarm from another desk"
        finally:
            other.kill()
            other.wait(10)
            other.stdout.close()
    finally:
        window.tray.quit()
        QApplication.instance().setQuitOnLastWindowClosed(True)
