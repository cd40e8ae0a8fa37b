"""Help for the person at the desk: F1 lists the window's real shortcuts, the quick guide
comes in the console's language, and high contrast shows disabled controls as disabled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTableWidget

from desk.ui.help import LANGUAGES, guide_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def _english_again(qapp):
    from desk.ui.console.language_menu import install_translator

    yield
    install_translator(qapp, "en")


def _table(window) -> dict[str, set[str]]:
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    out: dict[str, set[str]] = {}
    for row in range(table.rowCount()):
        out.setdefault(table.item(row, 0).text(), set()).add(table.item(row, 1).text())
    dialog.close()
    dialog.setObjectName("")  # the next F1 makes a new one
    return out


def test_f1_lists_every_shortcut_of_the_window(make_console, qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    keys = _table(window)
    assert "Start call" in keys["F2"] and "Callbacks" in keys["F7"]
    assert "Copy earlier notes into this call" in keys["Ctrl+H"]  # a QShortcut, not a menu
    assert "Keyboard shortcuts" in keys["F1"]
    for action in window.findChildren(QAction):  # generated: nothing with a key is missing
        if not action.shortcut().isEmpty() and action.text():
            assert action.shortcut().toString() in keys, action.text()

    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # the playbook's keys join the list once it is up
    keys = _table(window)
    assert "Playbook: next step" in keys["Ctrl+PgDown"]
    assert "Record warning given" in keys["Alt+W"]  # a visible button's mnemonic

    qtbot.keyClick(window, Qt.Key.Key_F7)
    view = window.callbacks.view
    qtbot.addWidget(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, Qt.Key.Key_F1)  # the callbacks window's own
    keys = _table(view)
    assert "Overdue only" in keys["Alt+O"]


def test_quick_guide_in_the_consoles_language(make_console, qtbot, _english_again):
    window = make_console()
    window.findChild(QAction, "quickGuideAction").trigger()
    text = window.findChild(QLabel, "quickGuideText")
    assert "Press the security alarm first" in text.text()
    window.guide_dialog.close()
    window.language_menus.language_actions["fi"].trigger()
    assert window.findChild(QAction, "quickGuideAction").text() == "&Pikaopas"
    window.findChild(QAction, "quickGuideAction").trigger()
    assert "Paina ensin turvahälytystä" in window.guide_dialog.findChild(
        QLabel, "quickGuideText").text()
    assert "<b>F2</b>" in window.guide_dialog.findChild(QLabel, "quickGuideText").text()


def test_every_language_has_a_guide_and_docs_carry_the_same_text():
    for lang in LANGUAGES:
        shipped = guide_text(lang)
        assert "F1" in shipped and "F7" in shipped and "Ctrl+Alt+S" in shipped
        assert (ROOT / "docs" / f"quick-guide-{lang}.md").read_text(encoding="utf-8") == shipped
    assert 'guide' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_high_contrast_shows_disabled_controls_as_disabled(qapp):
    from desk.ui.theme import Theme

    theme = Theme(QApplication.instance())
    theme.set_high_contrast(True)
    try:
        palette = QApplication.palette()
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.WindowText):
            enabled = palette.color(QPalette.ColorGroup.Active, role)
            disabled = palette.color(QPalette.ColorGroup.Disabled, role)
            assert disabled != enabled, role
        assert "dashed" in QApplication.instance().styleSheet()
    finally:
        theme.set_high_contrast(False)
