"""Callback reminders go to the desktop through plyer when it works; when plyer raises (no
backend, as on many Linux desktops) the console shows a banner instead and carries on."""

from __future__ import annotations

import pytest
from plyer import notification

from tests.helpers import wait_idle
from tests.ui.test_callbacks_view import branch, seed


@pytest.mark.parametrize("problem", [NotImplementedError("no backend"), OSError("no dbus"),
                                     ModuleNotFoundError("dbus")])
def test_plyer_failing_means_a_banner(make_console, qtbot, db, clock, tmp_path, monkeypatch,
                                      problem):
    def broken(**_kwargs):
        raise problem
    monkeypatch.setattr(notification, "notify", broken)
    config = branch(tmp_path)
    seed(db, clock, config)
    clock.set("2026-11-30T08:00:00Z")
    window = make_console(config=config)
    qtbot.waitUntil(lambda: any("1 overdue, 1 due today" in t for t in window.banners.texts()))


def test_working_notifications_need_no_banner(make_console, db, clock, tmp_path, monkeypatch):
    sent = []
    monkeypatch.setattr(notification, "notify", lambda **kwargs: sent.append(kwargs))
    config = branch(tmp_path)
    seed(db, clock, config)
    clock.set("2026-11-30T08:00:00Z")
    window = make_console(config=config)
    wait_idle(window)
    assert sent and "1 overdue, 1 due today" in sent[0]["message"]
    assert not any("overdue" in t for t in window.banners.texts())
    assert "1 overdue" in window.statusBar().currentMessage()
