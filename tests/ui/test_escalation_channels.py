"""The console while a channel misbehaves: a hung webhook, no desktop notifications."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLabel, QPushButton

from desk import config as config_mod
from tests.alerts.receivers import BlackHole, WebhookReceiver


def cfg(tmp_path, text: str):
    path = tmp_path / "branch.toml"
    path.write_text('[branch]\nname = "Espoo"\nlocation = "Front desk"\n' + text,
                    encoding="utf-8")
    return config_mod.load(path)


def board_text(window) -> dict[str, str]:
    board = window.escalation.panel.board
    return {board.item(r, 0).text(): board.item(r, 1).text() for r in range(board.rowCount())
            if board.item(r, 0) is not None and board.item(r, 1) is not None}


def test_a_hung_webhook_freezes_neither_the_window_nor_the_other_channel(make_console, qtbot,
                                                                        tmp_path):
    hole, live = BlackHole(), WebhookReceiver()
    try:
        window = make_console(config=cfg(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "{hole.url}"
timeout_s = 20

[[security.channels]]
type = "webhook"
url = "{live.url}"
"""))
        button = window.findChild(QPushButton, "securityButton")
        start = time.perf_counter()
        button.click()
        assert time.perf_counter() - start < 0.05  # on-screen feedback at once
        assert window.escalation.panel.isVisible()
        assert window.findChild(QLabel, "emergencyNumbers").text().endswith("112")
        live.wait_for(1, timeout=3)
        # The event loop keeps running (waitUntil needs it) and the board follows along.
        qtbot.waitUntil(lambda: "delivered" in board_text(window).get("webhook 2", ""),
                        timeout=3000)
        assert "sending" in board_text(window)["webhook"]
        assert "1 of 2" in window.findChild(QLabel, "alarmIndicator").text()
    finally:
        hole.stop()  # the hung attempt ends, so the window closes promptly
        live.stop()


def test_without_system_notifications_the_alarm_shows_in_the_window(make_console, qtbot,
                                                                    tmp_path, monkeypatch):
    from desk.alerts.desktop import IN_APP, DesktopChannel

    # No system notifications on this desktop: the channel falls back to the window.
    monkeypatch.setattr(DesktopChannel, "send", lambda self, message: IN_APP)
    window = make_console(config=cfg(tmp_path, '[[security.channels]]\ntype = "desktop"\n'))
    window.findChild(QPushButton, "securityButton").click()
    qtbot.waitUntil(lambda: any("Desktop notifications are not available" in text
                                for text in window.banners.texts()), timeout=3000)
    qtbot.waitUntil(lambda: "delivered" in board_text(window).get("desktop", ""), timeout=3000)


def test_a_lan_port_taken_by_another_program_is_said_plainly(make_console, qtbot, tmp_path):
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", 0))  # another program holds the branch port
        port = squatter.getsockname()[1]
        window = make_console(config=cfg(tmp_path, f"""
[[security.channels]]
type = "lan"
port = {port}
interface = "127.0.0.1"
peers = ["127.0.0.1:{port + 1}"]
key = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="
"""))
        assert any("LAN alarms: cannot open the LAN port" in text
                   for text in window.banners.texts())
        qtbot.waitUntil(lambda: any("will NOT arrive on: lan" in text
                                    for text in window.banners.texts()), timeout=3000)
        window.findChild(QPushButton, "securityButton").click()
        qtbot.waitUntil(lambda: "failed" in board_text(window).get("lan", ""), timeout=3000)
        board = window.escalation.panel.board
        assert "cannot open the LAN port" in board.item(0, 2).text()


def test_the_board_names_a_channel_by_the_label_the_branch_gave_it(make_console, qtbot,
                                                                   tmp_path):
    """The board says "Security desk" as the banners do, not the channel's kind; a channel
    without a label keeps its kind's word."""
    labelled, plain = WebhookReceiver(), WebhookReceiver()
    try:
        window = make_console(config=cfg(tmp_path, f"""
[[security.channels]]
type = "webhook"
url = "{labelled.url}"
label = "Security desk"

[[security.channels]]
type = "webhook"
url = "{plain.url}"
"""))
        window.findChild(QPushButton, "securityButton").click()
        qtbot.waitUntil(lambda: len(board_text(window)) == 2, timeout=3000)
        assert set(board_text(window)) == {"Security desk", "webhook 2"}
    finally:
        labelled.stop()
        plain.stop()
