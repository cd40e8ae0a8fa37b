"""Every console shortcut, declared once (a registry keyed by an enum, as Picard does)."""

from __future__ import annotations

from enum import Enum


class Action(Enum):
    START_CALL = ("Start call", "F2")
    START_VISIT = ("Start counter visit", "Shift+F2")
    NEXT_STAGE = ("Next stage", "F3")
    PREVIOUS_STAGE = ("Previous stage", "Shift+F3")
    END_CALL = ("End call", "F4")
    STAGE_1 = ("Greeting stage", "Ctrl+1")
    STAGE_2 = ("Clarification stage", "Ctrl+2")
    STAGE_3 = ("Confirmation stage", "Ctrl+3")
    STAGE_4 = ("Closing stage", "Ctrl+4")
    UPSET = ("Caller is upset", "Ctrl+U")
    FOCUS_NOTES = ("Go to notes", "Ctrl+N")
    QUIT = ("Quit", "Ctrl+Q")

    @property
    def label(self) -> str:
        return self.value[0]

    @property
    def shortcut(self) -> str:
        return self.value[1]
