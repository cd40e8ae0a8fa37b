"""The alarm shortcut works whatever has focus, also inside a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.helpers import saved_log

ALARM_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def count_incidents(window) -> int:
    return saved_log(window).execute("select count(*) from incidents").fetchone()[0]


def test_shortcut_raises_the_alarm_from_a_modal_dialog(make_console, qtbot):
    window = make_console()
    dialog = QDialog(window)  # like the callback form: modal, typing in a field
    edit = QLineEdit(dialog)
    dialog.setModal(True)
    dialog.show()
    # As on a real desktop, the dialog becomes the active window before anyone types.
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    edit.setFocus()
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_S, ALARM_KEYS)
    assert count_incidents(window) == 1
    assert edit.text() == "abc"  # the key press was taken, not typed
    dialog.close()


def test_plain_keys_in_a_modal_dialog_are_left_alone(make_console, qtbot):
    window = make_console()
    dialog = QDialog(window)
    edit = QLineEdit(dialog)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(edit, Qt.Key.Key_S)
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_incidents(window) == 0
    assert edit.text() == "s"
    dialog.close()


def test_shortcut_from_the_configured_keys(make_console, qtbot, tmp_path):
    from desk import config as config_mod

    path = tmp_path / "branch.toml"
    path.write_text('[security]\nshortcut = "Ctrl+Shift+F12"\n', encoding="utf-8")
    window = make_console(config=config_mod.load(path))
    window.call_panel.notes.setFocus()
    qtbot.keyClick(window.call_panel.notes, Qt.Key.Key_S, ALARM_KEYS)
    assert count_incidents(window) == 0
    qtbot.keyClick(window.call_panel.notes, Qt.Key.Key_F12,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert count_incidents(window) == 1
    assert "Ctrl+Shift+F12" in window.escalation.bar.button.text()


def test_unreadable_shortcut_falls_back_to_the_default_and_says_so(make_console, qtbot,
                                                                   tmp_path):
    from desk import config as config_mod

    path = tmp_path / "branch.toml"
    path.write_text('[security]\nshortcut = "Strg+Alt+S"\n', encoding="utf-8")
    window = make_console(config=config_mod.load(path))
    assert any("'Strg+Alt+S' is not a key sequence" in text for text in window.banners.texts())
    qtbot.keyClick(window.call_panel.notes, Qt.Key.Key_S, ALARM_KEYS)
    assert count_incidents(window) == 1
