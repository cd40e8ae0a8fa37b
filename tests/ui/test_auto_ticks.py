"""Ticks follow what the operator does; Space ticks and moves on; Ctrl+Enter ends a stage."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import saved_log

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _marks(window) -> dict[tuple[str, str], tuple[str, str]]:
    rows = saved_log(window).execute(
        "select stage, item, status, [by] from stage_marks where call_id = ? and item != '' "
        "order by id", [window.session.call_id]).fetchall()
    return {(stage, item): (status, by) for stage, item, status, by in rows}


def _row_of(checklist, item_id: str):
    for index in range(checklist.list.count()):
        row = checklist.list.item(index)
        if row.data(Qt.ItemDataRole.UserRole) == item_id:
            return row
    raise AssertionError(item_id)


def test_typing_the_callers_details_ticks_what_they_prove(make_console, qtbot):
    window = make_console()
    panel = window.call_panel
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # clarification on screen
    qtbot.keyClick(window, Qt.Key.Key_A, ALT)  # N&ame
    qtbot.keyClicks(panel.name, "Laura Virtanen")
    qtbot.keyClick(window, Qt.Key.Key_N, ALT)  # &Number
    qtbot.keyClicks(panel.number, "040 765 4321")
    qtbot.keyClick(window, Qt.Key.Key_I, ALT)  # Already tr&ied
    qtbot.keyClicks(panel.tried, "restarted the meter")
    qtbot.keyClick(window, Qt.Key.Key_O, ALT)  # N&otes
    qtbot.keyClicks(panel.notes, "October read twice")

    checklist = panel.checklist
    for item in ("asked_name", "asked_contact", "noted_tried", "listened_first"):
        row = _row_of(checklist, item)
        assert row.checkState() == Qt.CheckState.Checked, item
        assert row.font().italic(), item  # looks different from the operator's ticks
        assert "ticked by the console" in row.data(Qt.ItemDataRole.AccessibleTextRole)
    untouched = _row_of(checklist, "personal_question")
    assert untouched.checkState() == Qt.CheckState.Unchecked and not untouched.font().italic()
    assert "4/7" in checklist.tabs.tabText(1)

    marks = _marks(window)
    for item in ("asked_name", "asked_contact", "noted_tried", "listened_first"):
        assert marks[("clarification", item)] == ("done", "console")


def test_space_ticks_and_moves_to_the_next_open_item(make_console, qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    checklist = window.call_panel.checklist
    assert checklist.list.hasFocus() and checklist.list.currentRow() == 0
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    assert checklist.list.currentRow() == 1  # moved on by itself
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    assert checklist.list.currentRow() == 3
    qtbot.keyClick(checklist.list, Qt.Key.Key_Up)
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)  # unticking stays where it is
    assert checklist.list.currentRow() == 2
    assert checklist.list.item(2).checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)  # ticked again: next open is row 3
    assert checklist.list.currentRow() == 3
    marks = _marks(window)
    assert marks[("greeting", "said_hello")] == ("done", "operator")
    assert marks[("greeting", "gave_name_and_unit")] == ("done", "operator")


def test_ctrl_enter_completes_the_stage_and_moves_on(make_console, qtbot):
    window = make_console()
    panel = window.call_panel
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(panel.checklist.list, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    assert panel.checklist.stage_id == "clarification"
    qtbot.keyClick(window, Qt.Key.Key_A, ALT)
    qtbot.keyClicks(panel.name, "Laura")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return, CTRL)  # from inside a field too
    assert panel.checklist.stage_id == "confirmation"
    qtbot.keyClick(window, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert panel.checklist.stage_id == "closing"  # the keypad's Enter does the same
    marks = _marks(window)
    greeting = window.services.content.stage("greeting").item_ids()
    clarification = window.services.content.stage("clarification").item_ids()
    assert all(marks[("greeting", i)] == ("done", "operator") for i in greeting)
    assert marks[("clarification", "asked_name")] == ("done", "console")
    assert all(marks[("clarification", i)] == ("done", "operator")
               for i in clarification if i != "asked_name")


def test_request_fills_the_read_back_and_enter_ticks_it(make_console, qtbot):
    window = make_console()
    panel = window.call_panel
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # confirmation: read_back is its first item
    assert "So you would like" not in panel.checklist.phrases.text()
    qtbot.keyClick(window, Qt.Key.Key_Q, ALT)  # Re&quest
    assert panel.request.hasFocus()
    qtbot.keyClicks(panel.request, "a corrected October invoice")
    assert "So you would like a corrected October invoice. Have I understood you correctly?" \
        in panel.checklist.phrases.text()
    assert _row_of(panel.checklist, "read_back").checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(panel.request, Qt.Key.Key_Return)  # read back, the caller agreed
    assert _row_of(panel.checklist, "read_back").checkState() == Qt.CheckState.Checked
    assert _marks(window)[("confirmation", "read_back")] == ("done", "console")
    qtbot.keyClick(window, Qt.Key.Key_F4)  # the request is the call's topic
    assert panel.end_dialog.topic.text() == "a corrected October invoice"


def test_an_item_the_operator_unticked_is_not_ticked_again(make_console, qtbot):
    window = make_console()
    panel = window.call_panel
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_A, ALT)
    qtbot.keyClicks(panel.name, "L")
    row = _row_of(panel.checklist, "asked_name")
    panel.checklist.list.setCurrentItem(row)
    qtbot.keyClick(panel.checklist.list, Qt.Key.Key_Space)  # "I did not really ask"
    assert row.checkState() == Qt.CheckState.Unchecked and not row.font().italic()
    qtbot.keyClick(window, Qt.Key.Key_A, ALT)
    qtbot.keyClicks(panel.name, "aura")
    assert row.checkState() == Qt.CheckState.Unchecked
    assert _marks(window)[("clarification", "asked_name")] == ("undone", "operator")


def test_the_phone_systems_answer_is_the_consoles_tick(make_console, db_path, monkeypatch,
                                                        clock):
    from desk.cli import main
    from tests.helpers import wait_idle

    monkeypatch.setattr("desk.commands.env.Env.clock", lambda self: clock)
    window = make_console()
    assert main(["incoming", "+358 40 765 4321", "--no-start", "--db", str(db_path)]) == 0
    window.phone_link.poll()
    wait_idle(window)
    clock.advance(4)
    assert main(["answered", "--db", str(db_path)]) == 0
    window.phone_link.poll()
    wait_idle(window)
    row = _row_of(window.call_panel.checklist, "answered_by_third_ring")
    assert row.checkState() == Qt.CheckState.Checked and row.font().italic()
    assert _marks(window)[("greeting", "answered_by_third_ring")] == ("done", "console")
    # The number came from the phone system: that proves nothing the operator asked.
    assert ("clarification", "asked_contact") not in _marks(window)


def test_a_resumed_call_keeps_the_consoles_ticks_apart(make_console, qtbot, desk_, clock):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    call = desk_.start_call()
    desk_.mark(call.id, "greeting", "said_hello")
    desk_.mark(call.id, "clarification", "asked_name", by="console")
    desk_.db.conn.close()  # the "crashed" process
    window = make_console()
    box = window.findChild(QMessageBox, "recoverCallDialog")
    box.findChild(QPushButton, "resumeCallButton").click()
    checklist = window.call_panel.checklist
    qtbot.waitUntil(lambda: checklist.is_by_console("clarification", "asked_name"))
    assert not checklist.is_by_console("greeting", "said_hello")
    window.call_panel.enter_stage("clarification")
    assert _row_of(checklist, "asked_name").font().italic()


def test_the_playbooks_root_cause_ticks_found_root_cause(make_console, qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL)  # upset: the playbook opens
    qtbot.waitUntil(lambda: window.playbook is not None and window.playbook.isVisible())
    qtbot.keyClick(window, Qt.Key.Key_S, ALT)  # Root cau&se
    edit = window.playbook.root_cause.edit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "second reading lost")
    assert _marks(window)[("clarification", "found_root_cause")] == ("done", "console")
