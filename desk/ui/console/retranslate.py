"""Re-title the console's fixed widgets in the language just chosen (no restart).

The call panel, the window and the features build their texts once, in code. Until
each has its own ``retranslate()``, this module sets them again, found by objectName,
with the very messages they were built from (same Qt context and source text, so
the translations in the .ts serve both). A widget that is missing is skipped.
Texts that features set as things happen (banners, status lines) follow at their
next update.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from desk.ui.actions import Action


def message(context: str, source: str) -> str:
    """The translation of a message another module declared (lupdate collects it there;
    a call named ``tr``/``translate`` here would be collected a second time, wrongly)."""
    return QCoreApplication.translate(context, source)


def _set(root: QWidget, cls, name: str, *, text: str | None = None,
         accessible: str | None = None, placeholder: str | None = None) -> None:
    widget = root.findChild(cls, name)
    if widget is None:
        return
    if text is not None:
        widget.setText(text)
    if accessible is not None:
        widget.setAccessibleName(accessible)
    if placeholder is not None:
        widget.setPlaceholderText(placeholder)


def call_panel(panel: QWidget) -> None:
    """The call panel's buttons, fields and form labels (context ``CallPanel``)."""
    from PySide6.QtWidgets import QCheckBox, QPushButton

    c = "CallPanel"
    _set(panel, QPushButton, "startCallButton", text=message(c, "Start call (F2)"),
         accessible=message(c, "Start call"))
    _set(panel, QPushButton, "startVisitButton", text=message(c, "Counter visit (Shift+F2)"),
         accessible=message(c, "Start counter visit"))
    _set(panel, QPushButton, "endCallButton", text=message(c, "End call (F4)"),
         accessible=message(c, "End call"))
    _set(panel, QPushButton, "nextStageButton", text=message(c, "Next stage (F3)"),
         accessible=message(c, "Next stage"))
    _set(panel, QLineEdit, "callerNumberEdit", accessible=message(c, "Caller's phone number"),
         placeholder=message(c, "Caller's number"))
    _set(panel, QLineEdit, "callerNameEdit", accessible=message(c, "Caller's name"),
         placeholder=message(c, "Caller's name"))
    _set(panel, QLineEdit, "callerEmailEdit", accessible=message(c, "Caller's e-mail"),
         placeholder=message(c, "Caller's e-mail"))
    _set(panel, QCheckBox, "upsetToggle", text=message(c, "Caller is &upset"),
         accessible=message(c, "Caller is upset"))
    _set(panel, QLineEdit, "triedEdit", accessible=message(c, "What the caller already tried"),
         placeholder=message(c, "What the caller already tried"))
    _set(panel, QLineEdit, "requestEdit", accessible=message(c, "The caller's request"),
         placeholder=message(c, "What the caller would like (Enter once read back)"))
    _set(panel, QPlainTextEdit, "notesEdit", accessible=message(c, "Call notes"),
         placeholder=message(c, "Notes (root cause, what was agreed)"))
    labels = {"callerNumberEdit": message(c, "&Number"), "callerNameEdit": message(c, "N&ame"),
              "callerEmailEdit": message(c, "&E-mail"), "triedEdit": message(c, "Already tr&ied"),
              "requestEdit": message(c, "Re&quest"),
              "notesEdit": message(c, "N&otes")}
    for label in panel.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and buddy.objectName() in labels:
            label.setText(labels[buddy.objectName()])


def window(win) -> None:
    """Title, menus, shortcuts' names and the features' fixed controls."""
    from PySide6.QtWidgets import QGroupBox, QPushButton

    c = "DeskConsole"
    win.setWindowTitle(message(c, "Desk — %1").replace("%1", win.services.config.branch["name"]))
    win.setAccessibleName(message(c, "Desk console"))
    actions = getattr(win, "actions_by_id", {})
    for action_id, action in actions.items():
        action.setText(message("Action", action_id.label))
    call_action = actions.get(Action.START_CALL)
    for menu_action in win.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        if call_action is not None and call_action in menu.actions():
            menu.setTitle(message(c, "&Call"))
        elif menu is getattr(win, "tools_menu", None):
            menu.setTitle(message(c, "&Tools"))
    for name, context, source in (("callbacksViewAction", "Callbacks", "Callbacks…"),
                                  ("alarmTestAction", "AlarmProof", "Test the alarm")):
        action = win.findChild(QAction, name)
        if action is not None:
            action.setText(message(context, source))
    _set(win, QPushButton, "transferFailedButton",
         text=message("Callbacks", "Transfer failed: take callback (F6)"),
         accessible=message("Callbacks", "Transfer failed, take a callback"))
    escalation = getattr(win, "escalation", None)
    if escalation is not None and hasattr(escalation, "shortcut"):
        keys = escalation.shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        _set(win, QPushButton, "securityButton",
             text=message("SecurityBar", "Security alarm (%1)").replace("%1", keys),
             accessible=message("SecurityBar", "Raise security alarm"))
    history = win.findChild(QGroupBox, "callerHistory")
    if history is not None:
        history.setTitle(message("CallerHistory", "Caller history"))
        history.setAccessibleName(message("CallerHistory", "Caller history"))
        copy = getattr(history, "copy", None)
        if isinstance(copy, QPushButton):
            copy.setText(message("CallerHistory", "Copy earlier notes into this call (Ctrl+H)"))
            copy.setAccessibleName(message("CallerHistory", "Copy earlier notes into this call"))
