"""The alarm shortcut while a modal dialog is open.

A ``QShortcut`` (even with ``Qt.ApplicationShortcut``) is blocked while a modal
dialog is up, such as the callback form or the end-of-call dialog: exactly when a
receptionist may be busy typing as a visitor turns violent. An application-wide
event filter sees the key press anyway. It is installed only while a modal dialog
is up: a filter on every event of the application costs about 4 MB at idle.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desk.ui.actions import Action


class ModalHotkey(QObject):
    def __init__(self, sequence: QKeySequence, trigger: Callable[[], None], window: QWidget):
        super().__init__(window)
        self.sequence = sequence
        self.trigger = trigger
        self.window = window
        self.installed = False
        app = QApplication.instance()
        app.focusWindowChanged.connect(self._follow_modal)
        app.focusChanged.connect(self._follow_modal)

    def _follow_modal(self, *_args) -> None:
        """A dialog opened or closed: filter key presses only while one is modal."""
        app = QApplication.instance()
        wanted = app is not None and app.activeModalWidget() is not None
        if wanted and not self.installed:
            app.installEventFilter(self)
        elif not wanted and self.installed:
            app.removeEventFilter(self)
        self.installed = wanted

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusWindowChanged.disconnect(self._follow_modal)
                app.focusChanged.disconnect(self._follow_modal)
            app.removeEventFilter(self)
        self.installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or QApplication.activeModalWidget() is None:
            return False  # without a modal dialog the ordinary QShortcut does the work
        if not self._ours(watched) or event.isAutoRepeat():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(event.key() | modifiers.value)
        if pressed.matches(self.sequence) != QKeySequence.SequenceMatch.ExactMatch:
            return False
        self.trigger()
        return True

    def _ours(self, watched: QObject) -> bool:
        """Only key presses in this console or in a dialog that belongs to it."""
        if not isinstance(watched, QWidget):
            return False
        widget = watched.window()
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False


DEFAULT = Action.SECURITY_ALARM.shortcut  # declared once, with every other shortcut


def alarm_sequence(text: str) -> tuple[QKeySequence, str | None]:
    """The configured keys, or the default with the reason when Qt cannot read them."""
    sequence = QKeySequence(text)
    keys = [sequence[i].key() for i in range(sequence.count())]
    if sequence.isEmpty() or Qt.Key.Key_unknown in keys:
        return QKeySequence(DEFAULT), f"security.shortcut {text!r} is not a key sequence Qt " \
                                      f"understands; using {DEFAULT}"
    return sequence, None
