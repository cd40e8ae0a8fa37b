"""The security button: always visible, never disabled, one click, no dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class SecurityBar(QWidget):
    def __init__(self, shortcut: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = QPushButton(self.tr("Security alarm (%1)").replace("%1", shortcut), self)
        self.button.setObjectName("securityButton")
        self.button.setAccessibleName(self.tr("Raise security alarm"))
        self.button.setAccessibleDescription(
            self.tr("One press alerts security at once; shortcut %1").replace("%1", shortcut))
        self.button.setToolTip(self.tr("Threat to people or property: alert security now"))
        self.button.setStyleSheet(
            "QPushButton#securityButton { background: #b3261e; color: white; font-weight: 700;"
            " padding: 6px 14px; border-radius: 6px; border: 2px solid #7d1a15; }"
            " QPushButton#securityButton:focus { border: 3px solid #000; }")
        self.indicator = QLabel(self)
        self.indicator.setObjectName("alarmIndicator")
        self.indicator.setAccessibleName(self.tr("Alarm status"))
        self.indicator.hide()
        self.numbers = QLabel(self)  # always on screen, whatever state the call log is in
        self.numbers.setObjectName("emergencyNumbersBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.indicator)
        layout.addWidget(self.numbers)
        layout.addWidget(self.button)

    def show_numbers(self, numbers: list[str]) -> None:
        text = self.tr("Emergency: %1").replace("%1", ", ".join(numbers))
        self.numbers.setText(f"<b>{text}</b>")
        self.numbers.setAccessibleName(text)

    def show_state(self, text: str, level: str) -> None:
        """A small indicator: enough for the operator, nothing a visitor would notice."""
        colour = {"ok": "#1d5e3a", "pending": "#6b4300", "bad": "#b3261e"}[level]
        self.indicator.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.indicator.setAccessibleDescription(text)
        self.indicator.show()
