"""No key does two things in one window: every QAction, QShortcut and Alt+letter mnemonic
of the console (with the playbook, the shift check and the call's fields all on screen)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonic(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return f"Alt+{match.group(1).upper()}" if match else None


def _key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def shortcuts_of(window: QWidget) -> dict[str, list[str]]:
    """Every key of ``window`` -> what it does (several entries: a clash)."""
    keys: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if isinstance(action.parent(), QMenu) and action.menu() is None:
            pass  # a menu's own items: their mnemonics work only inside the open menu
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                keys[_key(sequence)].append(f"action {action.text()!r}")
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and not shortcut.key().isEmpty():
            keys[_key(shortcut.key())].append(f"shortcut {shortcut.objectName() or '?'}")
    for menu in window.menuBar().findChildren(QMenu):
        if menu.menuAction() in window.menuBar().actions():
            key = _mnemonic(menu.title())
            if key:
                keys[key].append(f"menu {menu.title()!r}")
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window):
            key = _mnemonic(label.text())
            if key:
                keys[key].append(f"field label {label.text()!r}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            key = _mnemonic(button.text())
            if key:
                keys[key].append(f"button {button.text()!r}")
    for box in window.findChildren(QGroupBox):
        if box.isCheckable() and box.isVisibleTo(window):
            key = _mnemonic(box.title())
            if key:
                keys[key].append(f"group {box.title()!r}")
    return keys


@pytest.fixture
def english_afterwards(qapp):
    yield
    from desk.ui.console.language_menu import install_translator

    install_translator(qapp, "en")  # the next test sees the English console again


@pytest.mark.parametrize("lang", ["en", "fi", "tl", "hi", "eo"])
def test_every_key_of_the_console_does_one_thing(make_console, qtbot, lang, english_afterwards):
    """In every language: a translation chooses its own Alt+letters, and two may meet."""
    window = make_console()
    from desk.ui.console import shift_check

    shift_check._show(window.shell)  # the start-of-shift panel, as on a first start of the day
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)  # playbook
    assert window.playbook is not None and window.playbook.isVisibleTo(window)
    window.language_menus.language_actions[lang].trigger()
    clashes = {key: what for key, what in shortcuts_of(window).items() if len(what) > 1}
    assert clashes == {}
