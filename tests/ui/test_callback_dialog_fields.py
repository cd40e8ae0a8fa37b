"""The callback form checks contact fields as they are left, and Cancel never loses work by a
slip: it asks first, and only a confirmed discard removes the draft."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from desk.store import drafts
from tests.helpers import saved_log
from tests.ui.test_callback_dialog import branch, start_call


def open_form(make_console, qtbot, tmp_path):
    window = make_console(config=branch(tmp_path))
    start_call(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    return window, window.findChild(QDialog, "CallbackDialog")


def answer_next_box(button):
    def run():
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        box.button(button).click()
    QTimer.singleShot(0, run)


def test_contact_fields_are_checked_when_left(make_console, qtbot, tmp_path):
    _window, dialog = open_form(make_console, qtbot, tmp_path)
    phone = dialog.findChild(QLineEdit, "phoneEdit")
    email = dialog.findChild(QLineEdit, "emailEdit")
    phone.setText("+358401234567")
    phone.editingFinished.emit()
    assert phone.text() == "040 1234567"  # shown nationally
    assert not dialog.findChild(QLabel, "phoneError").isVisible()
    email.setText("laura@@example")
    email.editingFinished.emit()
    error = dialog.findChild(QLabel, "emailError")
    assert error.isVisible() and "not a valid e-mail address" in error.text()
    assert email.text() == "laura@@example"  # kept as typed, to be corrected
    assert email.accessibleDescription() == error.text()
    email.setText("laura@example.org")
    email.editingFinished.emit()
    assert not error.isVisible()
    dialog.accept()


def test_cancel_asks_and_only_a_confirmed_discard_drops_the_draft(make_console, qtbot,
                                                                  tmp_path):
    window, dialog = open_form(make_console, qtbot, tmp_path)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "emailEdit"), "laura@example.org")
    db = saved_log(window)

    answer_next_box(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a slip of the key
    assert dialog.isVisible() and drafts.load(db, "callback") is not None

    answer_next_box(QMessageBox.StandardButton.Discard)
    dialog.reject()
    db = saved_log(window)
    assert not dialog.isVisible() and drafts.load(db, "callback") is None
    assert db.execute("select count(*) from callbacks").fetchone()[0] == 0


def test_department_without_email_gets_the_text_on_the_clipboard(make_console, qtbot,
                                                                  tmp_path):
    window, dialog = open_form(make_console, qtbot, tmp_path)
    dialog.findChild(QComboBox, "departmentCombo").setCurrentText("Technical")
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    qtbot.waitUntil(lambda: window.callbacks.dialog is None)  # closed once stored
    text = QGuiApplication.clipboard().text()
    assert "Callback request #1 for Technical" in text and "Laura Virtanen" in text


def test_the_clipboard_text_is_in_the_operators_language(make_console, qtbot, tmp_path, qapp):
    from desk.ui.console.language_menu import install_translator

    window, dialog = open_form(make_console, qtbot, tmp_path)
    dialog.reject()
    qtbot.waitUntil(lambda: window.callbacks.dialog is None)
    window.language_menus.language_actions["fi"].trigger()
    try:
        qtbot.keyClick(window, Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: window.callbacks.dialog is not None
                        and window.callbacks.dialog is not dialog)
        dialog = window.callbacks.dialog
        dialog.findChild(QLineEdit, "fullNameEdit").setText("Laura Virtanen")
        dialog.findChild(QPlainTextEdit, "questionEdit").setPlainText("Lasku?")
        dialog.findChild(QLineEdit, "phoneEdit").setText("040 765 4321")
        dialog.findChild(QComboBox, "departmentCombo").setCurrentText("Technical")
        dialog.findChild(QPushButton, "saveCallbackButton").click()
        qtbot.waitUntil(lambda: window.callbacks.dialog is None)
        text = QGuiApplication.clipboard().text()
        assert text.startswith("Takaisinsoittopyyntö #1: Technical")
        assert "Soittaja: Laura Virtanen" in text and "Kysymys:" in text
        assert any(day in text for day in ("maanantai", "tiistai", "keskiviikko", "torstai",
                                           "perjantai", "lauantai", "sunnuntai"))
        assert "Caller:" not in text and "UTC" not in text
    finally:
        install_translator(qapp, "en")
