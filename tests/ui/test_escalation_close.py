"""After the threat: closing a handled incident, and raising the next one."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desk import config as config_mod
from tests.alerts.receivers import free_port
from tests.helpers import saved_log


def test_closing_a_handled_alarm_stops_retries_and_the_next_press_is_a_new_incident(
        make_console, qtbot, tmp_path, clock):
    path = tmp_path / "branch.toml"  # a webhook receiver that is down: retries would go on
    path.write_text(f'[[security.channels]]\ntype = "webhook"\n'
                    f'url = "http://127.0.0.1:{free_port()}/alarm"\n', encoding="utf-8")
    window = make_console(config=config_mod.load(path))
    button = window.findChild(QPushButton, "securityButton")
    button.click()
    button.click()  # a second press while waiting for security adds nothing
    db = saved_log(window)
    assert db.execute("select count(*) from incidents").fetchone()[0] == 1
    qtbot.waitUntil(lambda: db.execute("select status from deliveries").fetchone()[0]
                    == "failed", timeout=3000)

    clock.advance(120)
    window.findChild(QPushButton, "closeIncidentButton").click()
    assert not window.escalation.panel.isVisible()
    assert not any("Nobody has acknowledged" in text for text in window.banners.texts())
    db = saved_log(window)
    acknowledged_by, closed_by = db.execute(
        "select acknowledged_by, closed_by from incidents").fetchone()
    assert acknowledged_by is None  # security never said so: closing is not acknowledging
    identity = window.services.identity
    assert closed_by == f"{identity.operator} at {identity.workstation}"
    assert db.execute("select status from deliveries").fetchone()[0] == "cancelled"

    button.click()
    db = saved_log(window)
    assert db.execute("select count(*) from incidents").fetchone()[0] == 2
    assert window.escalation.panel.isVisible()
    second = window.escalation.incident_id
    window.close()
    # A closed incident does not come back at the next start; the open one does.
    again = make_console(config=config_mod.load(path))
    # Back on the board as soon as the alarm's record is read (its service starts a turn
    # after ready; the read jumps the log thread's queue).
    qtbot.waitUntil(lambda: again.escalation.incident_id == second, timeout=3000)
    assert again.escalation.panel.isVisible()


def test_times_on_screen_are_the_desks_local_time(make_console, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    try:
        window = make_console()
        window.findChild(QPushButton, "securityButton").click()  # 09:00 UTC, the fake clock
        from desk.ui.dates import local_time

        shown = local_time("2026-11-23T09:00:00Z")  # in the language's clock format
        assert shown.startswith("11") and \
            window.escalation.panel.title.text() == f"SECURITY ALARM raised at {shown}"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_press_that_cannot_be_recorded_says_to_call_the_emergency_number(make_console,
                                                                          monkeypatch):
    import sqlite3

    window = make_console()

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(window.escalation.service, "raise_alarm", locked)
    window.findChild(QPushButton, "securityButton").click()
    assert any("could NOT be raised (database is locked). Call 112 now." in text
               for text in window.banners.texts())
    assert "call 112" in window.escalation.bar.indicator.text()
