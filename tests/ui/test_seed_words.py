"""The seeds' words where they belong: the root cause on every call, and a repeat caller
thanked for their patience."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk import config as config_mod
from tests.helpers import saved_log

ALT = Qt.KeyboardModifier.AltModifier


def test_the_root_cause_can_be_noted_on_a_calm_call_when_it_ends(make_console, qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.playbook is None  # not an upset caller: no playbook
    qtbot.keyClick(window, Qt.Key.Key_F4)
    dialog = window.call_panel.end_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.focusWidget() is not None)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_C, ALT)  # Root &cause
    assert dialog.root_cause.hasFocus()
    qtbot.keyClicks(dialog.root_cause, "meter read twice by the new system")
    call_id = window.session.call_id
    qtbot.keyClick(dialog.root_cause, Qt.Key.Key_Return)
    assert not window.session.active
    log = saved_log(window)
    assert log.execute("select root_cause from calls where id = ?", [call_id]).fetchone() == \
        ("meter read twice by the new system",)
    assert log.execute("select status, [by] from stage_marks where call_id = ? and item = "
                       "'found_root_cause' order by id", [call_id]).fetchall()[0] == \
        ("done", "console")


def _earlier_calls(window, number: str, count: int, clock) -> None:
    desk = window.services
    from desk.core.calls import CallDesk
    from desk.store.db import open_db

    db = open_db(desk.db_path, migrate=False)
    calls = CallDesk(db, clock, desk.content, desk.identity)
    for day in range(count):
        clock.advance(-(day + 1) * 86400)
        row = calls.start_call(caller_number=number)
        calls.end_call(row.id, "resolved")
        clock.advance((day + 1) * 86400)
    db.conn.close()


def test_a_caller_on_their_fourth_call_this_month_is_thanked(make_console, qtbot, clock,
                                                              tmp_path):
    window = make_console()
    _earlier_calls(window, "+358401234567", 3, clock)
    panel = window.call_panel
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(panel.number, "040 123 456")  # not the number yet: no cue
    assert panel.repeat_cue.isHidden()
    qtbot.keyClicks(panel.number, "7")
    qtbot.waitUntil(lambda: not panel.repeat_cue.isHidden())
    assert panel.repeat_cue.text().startswith("Call 4 from this caller in 30 days")
    assert "Thank you for your patience" in panel.repeat_cue.text()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.keyClick(panel.end_dialog.topic, Qt.Key.Key_Return)
    assert panel.repeat_cue.isHidden()  # the next call starts without it

    clock.advance(600)
    path = tmp_path / "branch.toml"  # a branch that thanks from the fifth call on
    path.write_text("[norms]\nrepeat_caller_calls = 5\n", encoding="utf-8")
    other = make_console(config=config_mod.load(path))
    qtbot.keyClick(other, Qt.Key.Key_F2)
    qtbot.keyClick(other, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(other.call_panel.number, "040 123 4567")  # the fifth call: thanked
    qtbot.waitUntil(lambda: not other.call_panel.repeat_cue.isHidden())
    assert other.call_panel.repeat_cue.text().startswith("Call 5 from this caller")


def test_a_third_call_gets_no_cue(make_console, qtbot, clock):
    window = make_console()
    _earlier_calls(window, "+358401234567", 2, clock)
    panel = window.call_panel
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(panel.number, "040 123 4567")
    saved_log(window)  # the log's queue is drained: the count was read and answered by then
    assert panel.repeat_cue.isHidden()


def test_a_saved_callback_fills_the_read_back_and_ticks_said_next_step(make_console, qtbot,
                                                                      tmp_path):
    from PySide6.QtWidgets import QDialog, QPushButton

    from tests.ui.test_callback_dialog import branch, start_call

    window = make_console(config=branch(tmp_path))
    start_call(window, qtbot)  # notes: "Invoice shows the October reading twice"
    qtbot.keyClick(window, Qt.Key.Key_F6)
    dialog = window.findChild(QDialog, "CallbackDialog")
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    qtbot.waitUntil(lambda: window.callbacks.dialog is None)
    panel = window.call_panel
    panel.enter_stage("confirmation")
    assert panel.checklist.list.currentRow() == 0  # read_back: the first open item
    assert "So you would like Invoice shows the October reading twice. Have I understood" \
        in panel.checklist.phrases.text()
    log = saved_log(window)
    assert log.execute("select status, [by] from stage_marks where call_id = ? and item = "
                       "'said_next_step'", [window.session.call_id]).fetchall() == \
        [("done", "console")]
