"""Proof it works: the menu's alarm test, and the age of the last successful one."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from desk import config as config_mod
from tests.alerts.receivers import WebhookReceiver
from tests.helpers import saved_log


def test_menu_test_is_recorded_shown_and_ages(make_console, qtbot, tmp_path, clock):
    receiver = WebhookReceiver()
    path = tmp_path / "branch.toml"
    path.write_text(f'[[security.channels]]\ntype = "webhook"\nurl = "{receiver.url}"\n',
                    encoding="utf-8")
    config = config_mod.load(path)
    try:
        window = make_console(config=config)
        label = window.findChild(QLabel, "alarmTestStatus")
        qtbot.waitUntil(lambda: label.text() == "Alarm never tested")  # its record read back
        assert any("never been tested" in text for text in window.banners.texts())
        action = window.findChild(QAction, "alarmTestAction")
        assert action in window.tools_menu.actions()
        action.trigger()
        assert receiver.wait_for(1)[0]["test"] is True
        qtbot.waitUntil(lambda: any("Alarm test: webhook ✔" in text
                                    for text in window.banners.texts()), timeout=3000)
        # Shown in the desk's local time (the database keeps UTC), in the language's format.
        from desk.ui.dates import local_time

        local = local_time("2026-11-23T09:00:00Z", with_date=True)
        assert label.text() == f"Last successful alarm test: {local}"
        assert not any("never been tested" in text for text in window.banners.texts())
        row = saved_log(window).execute("select kind, context from incidents").fetchone()
        assert row == ("test", "{}")
        window.close()

        clock.advance(timedelta(days=61).total_seconds())
        later = make_console(config=config)
        qtbot.waitUntil(lambda: any("61 days ago" in text for text in later.banners.texts()))
        assert local in later.findChild(QLabel, "alarmTestStatus").text()
    finally:
        receiver.stop()
