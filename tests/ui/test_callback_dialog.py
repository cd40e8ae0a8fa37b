"""A failed transfer becomes a callback: wrong phone first, then right; promise with a date."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from desk import config as config_mod
from desk.store import drafts
from tests.helpers import saved_log


def branch(tmp_path):
    path = tmp_path / "branch.toml"
    path.write_text('[[departments]]\nname = "Billing"\nemail = "billing@example.org"\n'
                    '[[departments]]\nname = "Technical"\n', encoding="utf-8")
    return config_mod.load(path)


def start_call(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.call_panel
    panel.number.setText("040 765 4321")
    panel.number.editingFinished.emit()
    qtbot.keyClicks(panel.name, "Laura Virtanen")
    panel.notes.setPlainText("Invoice shows the October reading twice")


def test_wrong_phone_then_right_one_then_promise(make_console, qtbot, tmp_path):
    window = make_console(config=branch(tmp_path))
    start_call(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    dialog = window.findChild(QDialog, "CallbackDialog")
    assert dialog is not None and dialog.isVisible()
    name = dialog.findChild(QLineEdit, "fullNameEdit")
    phone = dialog.findChild(QLineEdit, "phoneEdit")
    question = dialog.findChild(QPlainTextEdit, "questionEdit")
    assert name.text() == "Laura Virtanen" and phone.text() == "040 7654321"
    assert "October reading" in question.toPlainText()
    assert dialog.findChild(QComboBox, "departmentCombo").currentText() == "Billing"

    phone.clear()
    qtbot.keyClicks(phone, "12345")
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    error = dialog.findChild(QLabel, "phoneError")
    assert dialog.isVisible() and error.isVisible() and "not a valid phone number" in error.text()
    assert phone.text() == "12345" and name.text() == "Laura Virtanen"  # nothing lost
    assert saved_log(window).execute("select count(*) from callbacks").fetchone()[0] == 0

    phone.clear()
    qtbot.keyClicks(phone, "+358 40 765 4321")
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    qtbot.waitUntil(lambda: window.callbacks.dialog is None)  # closes once the log has it
    row = saved_log(window).execute(
        "select full_name, phone, department, due_at, call_id from callbacks").fetchone()
    assert row[:3] == ("Laura Virtanen", "+358407654321", "Billing")
    assert row[4] == window.session.call_id
    promise = window.findChild(QLabel, "callbackPromise")
    assert promise.isVisible()
    assert "Billing will answer you by Thursday 26 November" in promise.text()
    window.call_panel.enter_stage("confirmation")
    window.call_panel.checklist.list.setCurrentRow(2)
    assert "Billing; they will answer you by Thursday 26 November" in \
        window.call_panel.checklist.phrases.text()
    forwards = saved_log(window).execute(
        "select to_addr from callback_forwards").fetchall()
    assert forwards == [] or forwards == [("billing@example.org",)]


def test_draft_survives_a_crash_and_is_offered_back(make_console, qtbot, tmp_path, db_path):
    window = make_console(config=branch(tmp_path))
    start_call(window, qtbot)
    window.findChild(QPushButton, "transferFailedButton").click()
    dialog = window.findChild(QDialog, "CallbackDialog")
    question = dialog.findChild(QPlainTextEdit, "questionEdit")
    question.setPlainText("")
    qtbot.keyClicks(question, "Wants the second charge refunded")
    saved = drafts.load(saved_log(window), "callback")
    assert saved[1]["question"] == "Wants the second charge refunded"
    assert json.dumps(saved[1])  # stored as typed

    # "Crash": a new console on the same file, the call offered back and resumed.
    second = make_console(config=branch(tmp_path))
    assert any("callback you were typing" in t for t in second.banners.texts())
    second.recover_dialog.findChild(QPushButton, "resumeCallButton").click()
    second.findChild(QPushButton, "transferFailedButton").click()
    restored = second.findChild(QDialog, "CallbackDialog")
    assert restored.findChild(QPlainTextEdit, "questionEdit").toPlainText() == \
        "Wants the second charge refunded"
    assert restored.findChild(QLabel, "draftNotice").isVisible()


def test_button_is_off_outside_a_call(make_console, tmp_path):
    window = make_console(config=branch(tmp_path))
    assert not window.findChild(QPushButton, "transferFailedButton").isEnabled()
