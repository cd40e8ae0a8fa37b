"""A receptionist takes a whole call with the keyboard: F2, Space, F3, F4."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from tests.helpers import saved_log


def _checklist(window) -> QListWidget:
    return window.findChild(QListWidget, "stageChecklist")


def test_keyboard_only_call_is_recorded_with_skips(make_console, qtbot, clock):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.session.active
    checklist = _checklist(window)
    assert checklist.hasFocus()
    clock.advance(5)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)  # tick "picked up by the third ring"
    log = saved_log(window)  # waits for the log thread: the tick is written by then
    call_id = window.session.call_id
    marks = log.execute(
        "select stage, item, status, at from stage_marks where call_id = ? and status = 'done'",
        [call_id]).fetchall()
    assert marks == [("greeting", "answered_by_third_ring", "done", "2026-11-23T09:00:05Z")]

    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.call_panel.checklist.stage_id == "closing"
    clock.advance(minutes=4)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    dialog = window.call_panel.end_dialog
    assert dialog is not None and dialog.objectName() == "EndCallDialog"
    dialog.topic.setText("Invoice amount wrong")
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
    assert not window.session.active
    row = saved_log(window).execute(
        "select outcome, topic, duration_s, ended_at from calls where id = ?", [call_id]).fetchone()
    assert row == ("resolved", "Invoice amount wrong", 245, "2026-11-23T09:04:05Z")
    skipped = saved_log(window).execute(
        "select count(*) from stage_marks where call_id = ? and status = 'skipped'",
        [call_id]).fetchone()[0]
    total_items = sum(len(s.items) for s in window.services.content.stages)
    assert skipped == total_items - 1
    entered = saved_log(window).execute(
        "select stage from stage_marks where call_id = ? and status = 'entered' order by id",
        [call_id]).fetchall()
    assert [r[0] for r in entered] == ["greeting", "clarification", "confirmation", "closing"]


def test_timer_turns_amber_then_red_with_words(make_console, qtbot, clock):
    window = make_console()
    window.findChild(QPushButton, "startCallButton").click()
    timer = window.findChild(QLabel, "callTimer")
    clock.advance(minutes=9, seconds=59)
    window.call_panel.refresh_timer()
    assert "09:59" in timer.text() and "within norm" in timer.text()
    assert window.wrap_up.isHidden()
    clock.advance(1)
    window.call_panel.refresh_timer()
    assert "10:00" in timer.text() and "wrap up" in timer.text()
    assert not window.wrap_up.isHidden()
    assert "wrap up" in timer.accessibleDescription()
    clock.advance(minutes=5)
    window.call_panel.refresh_timer()
    assert "15:00" in timer.text() and "over 15 min" in timer.text()


def test_upset_caller_hides_sales_prompts_and_shows_playbook(make_console, qtbot, clock):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    clock.advance(minutes=11)
    window.call_panel.refresh_timer()
    sales = window.wrap_up.sales[0]
    assert not sales.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert sales.isHidden()
    assert not window.playbook.isHidden()
    upset = saved_log(window).execute("select upset from calls").fetchone()[0]
    assert upset == 1
