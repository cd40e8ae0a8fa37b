"""The call timer: mm:ss from the stored start, its state in words as well as colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desk.core.norms import TimerState, format_elapsed, timer_state

STYLE = {
    TimerState.CALM: "color: #1d5e3a; background: #e6f2ea;",
    TimerState.AMBER: "color: #6b4300; background: #ffe7b3;",
    TimerState.RED: "color: #ffffff; background: #b3261e;",
}


class CallTimer(QLabel):
    def __init__(self, target_s: float, max_s: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("callTimer")
        self.target_s, self.max_s = target_s, max_s
        self.state = TimerState.CALM
        self.font_pt = 18  # smaller in the narrow layout, where it shares a row
        self.setMinimumWidth(230)
        self.setAccessibleName(self.tr("Call timer"))
        self.show_idle()

    def show_idle(self) -> None:
        self.state = TimerState.CALM
        self._render("--:--", self.tr("no call"), "color: #555; background: #f0f0f0;")

    def show_elapsed(self, elapsed_s: float) -> None:
        self.state = timer_state(elapsed_s, self.target_s, self.max_s)
        words = {
            TimerState.CALM: self.tr("within norm"),
            TimerState.AMBER: self.tr("time to wrap up"),
            TimerState.RED: self.tr("over %n min", "", int(self.max_s // 60)),
        }[self.state]
        icon = {TimerState.CALM: "●", TimerState.AMBER: "▲", TimerState.RED: "■"}[self.state]
        self._render(f"{icon} {format_elapsed(elapsed_s)}", words, STYLE[self.state])

    def _render(self, clock_text: str, words: str, style: str) -> None:
        self.setText(f"{clock_text}  ·  {words}")
        self.setStyleSheet(f"QLabel#callTimer {{ {style} font-size: {self.font_pt}pt;"
                           " font-weight: 600; padding: 4px 12px; border-radius: 6px; }")
        # Screen readers get the state as words, never colour alone.
        self.setAccessibleDescription(f"{clock_text.lstrip('●▲■ ')} {words}")
