"""Every console shortcut, declared once (a registry keyed by an enum, as Picard does).

It lives beside the shell (`desk.ui.shell`), not in `ui/console`: the parts in
`ui/callbacks` and `ui/escalation` name their shortcuts here without importing the console.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP  # lupdate collects these labels


class Action(Enum):
    START_CALL = (QT_TRANSLATE_NOOP("Action", "Start call"), "F2")
    START_VISIT = (QT_TRANSLATE_NOOP("Action", "Start counter visit"), "Shift+F2")
    NEXT_STAGE = (QT_TRANSLATE_NOOP("Action", "Next stage"), "F3")
    PREVIOUS_STAGE = (QT_TRANSLATE_NOOP("Action", "Previous stage"), "Shift+F3")
    # Ticks the stage's remaining items and moves on (keypad Enter works too, see the console window).
    COMPLETE_STAGE = (QT_TRANSLATE_NOOP("Action", "Complete this stage"), "Ctrl+Return")
    END_CALL = (QT_TRANSLATE_NOOP("Action", "End call"), "F4")
    STAGE_1 = (QT_TRANSLATE_NOOP("Action", "Greeting stage"), "Ctrl+1")
    STAGE_2 = (QT_TRANSLATE_NOOP("Action", "Clarification stage"), "Ctrl+2")
    STAGE_3 = (QT_TRANSLATE_NOOP("Action", "Confirmation stage"), "Ctrl+3")
    STAGE_4 = (QT_TRANSLATE_NOOP("Action", "Closing stage"), "Ctrl+4")
    UPSET = (QT_TRANSLATE_NOOP("Action", "Caller is upset"), "Ctrl+U")
    FOCUS_NOTES = (QT_TRANSLATE_NOOP("Action", "Go to notes"), "Ctrl+N")
    QUIT = (QT_TRANSLATE_NOOP("Action", "Quit"), "Ctrl+Q")
    TAKE_CALLBACK = (QT_TRANSLATE_NOOP("Action", "Transfer failed: take callback"), "F6")
    CALLBACKS_VIEW = (QT_TRANSLATE_NOOP("Action", "Callbacks…"), "F7")
    COPY_HISTORY = (QT_TRANSLATE_NOOP("Action", "Copy earlier notes into this call"), "Ctrl+H")
    # The alarm's default; the branch config may choose another (security.shortcut).
    SECURITY_ALARM = (QT_TRANSLATE_NOOP("Action", "Security alarm"), "Ctrl+Alt+S")

    @property
    def label(self) -> str:
        return self.value[0]

    @property
    def shortcut(self) -> str:
        return self.value[1]

    def sequence(self):
        from PySide6.QtGui import QKeySequence

        return QKeySequence(self.shortcut)
