"""A second console, as a real process, receives the alarm over the LAN (pinned to loopback)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QPushButton

from desk import config as config_mod

pytestmark = pytest.mark.process


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def lan_config(path, name, port, peer):
    path.write_text(f'[workstation]\nname = "{name}"\n[[security.channels]]\ntype = "lan"\n'
                    f'port = {port}\ninterface = "127.0.0.1"\npeers = ["127.0.0.1:{peer}"]\n'
                    f'key = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="\n', encoding="utf-8")
    return path


def test_alarm_is_received_by_a_second_console_process(tmp_path, make_console, qtbot, clock):
    a, b = udp_port(), udp_port()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_RUNTIME_DIR=str(tmp_path), DESK_ANNOUNCE_READY="1")
    other = subprocess.Popen(
        [sys.executable, "-m", "desk", "--db", str(tmp_path / "other.db"), "--config",
         str(lan_config(tmp_path / "b.toml", "desk-2", b, a))],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert "desk ready" in other.stdout.readline()  # its LAN listener is up
        # Sealed LAN packets carry their time: the two consoles' clocks must agree (and a
        # packet sealed before the other console started is refused as a replay).
        clock.set(datetime.now(UTC))
        window = make_console(config=config_mod.load(
            lan_config(tmp_path / "a.toml", "desk-1", a, b)))
        window.findChild(QPushButton, "securityButton").click()
        board = window.escalation.panel.board
        # "delivered" on the LAN means a console answered with a receipt.
        qtbot.waitUntil(lambda: board.item(0, 1) is not None
                        and "delivered" in board.item(0, 1).text(), timeout=10000)
    finally:
        other.kill()
        other.wait(10)
        other.stdout.close()


def test_a_cancel_forged_by_another_key_holder_leaves_the_alarm_on_screen(
        tmp_path, make_console, qtbot, clock):
    """The receiving console is a real window; the raiser and a third console holding the
    branch key (which knows the alarm's uid) each send their own cancel over loopback."""
    from desk.alerts.lan import LanLink
    from desk.alerts.service import AlarmService
    from desk.core.calls import Identity

    a, b, c = udp_port(), udp_port(), udp_port()
    window = make_console(config=config_mod.load(lan_config(tmp_path / "b.toml", "desk-2", b,
                                                            a)))
    raiser_config = config_mod.load(lan_config(tmp_path / "a.toml", "desk-1", a, b))
    raiser = AlarmService(tmp_path / "raiser.db", raiser_config, clock,
                          Identity("Aino", "desk-1", "Espoo"))
    raiser.start()
    key = raiser_config.channels[0]["key"]
    intruder = LanLink({"key": key, "port": c, "interface": "127.0.0.1",
                        "peers": [f"127.0.0.1:{b}"]}, "desk-9", clock)
    try:
        uid = raiser.raise_alarm({"topic": "threat"})
        escalation = window.escalation
        qtbot.waitUntil(lambda: uid in escalation.remote_alerts, timeout=10000)
        alert = escalation.remote_alerts[uid]
        link = escalation.service.lan_link
        before = link.rejected
        for _ in range(3):
            intruder.broadcast("cancel", {"uid": uid, "message": "cancel",
                                          "reason": "all clear"})
        qtbot.waitUntil(lambda: link.rejected >= before + 3
                        or "CANCELLED" in alert.label.text(), timeout=10000)
        assert "CANCELLED" not in alert.label.text()
        assert alert.button.isEnabled()  # still waiting for someone to acknowledge

        raiser.cancel(uid, "false alarm")
        qtbot.waitUntil(lambda: "CANCELLED: false alarm" in alert.label.text(), timeout=10000)
    finally:
        intruder.close()
        raiser.stop()
