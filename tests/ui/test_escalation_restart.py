"""An alarm raised while security's receiver is down arrives after a console restart."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desk import config as config_mod
from tests.alerts.receivers import WebhookReceiver, free_port
from tests.helpers import saved_log


def test_alarm_survives_a_dead_receiver_and_a_restart(make_console, qtbot, tmp_path, clock):
    port = free_port()
    path = tmp_path / "branch.toml"
    path.write_text(f'[[security.channels]]\ntype = "webhook"\n'
                    f'url = "http://127.0.0.1:{port}/alarm"\ntimeout_s = 1\n', encoding="utf-8")
    config = config_mod.load(path)
    first = make_console(config=config)
    first.findChild(QPushButton, "securityButton").click()
    db = saved_log(first)
    qtbot.waitUntil(lambda: db.execute("select status from deliveries").fetchone()[0]
                    == "failed", timeout=3000)
    first.close()  # the console goes away with the alarm undelivered

    receiver = WebhookReceiver(port=port)
    try:
        clock.advance(5)  # past the retry time
        second = make_console(config=config)
        # The open alarm is back on screen once its record is read (right after ready).
        qtbot.waitUntil(second.escalation.panel.isVisible, timeout=3000)
        body = receiver.wait_for(1)[0]
        uid = saved_log(second).execute("select uid from incidents").fetchone()[0]
        assert body["message"] == "alarm" and body["uid"] == uid
        board = second.escalation.panel.board
        qtbot.waitUntil(lambda: board.item(0, 1) is not None
                        and "delivered" in board.item(0, 1).text(), timeout=3000)
        assert "2×" in board.item(0, 1).text()  # second attempt, after the restart
    finally:
        receiver.stop()
