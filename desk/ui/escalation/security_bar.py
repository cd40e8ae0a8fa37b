"""The security button: always visible, never disabled, one click, no dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desk.ui.plain import escaped, plain_label, rich_label, set_plain, set_tooltip


class SecurityBar(QWidget):
    def __init__(self, shortcut: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = QPushButton(self.tr("Security alarm (%1)").replace("%1", shortcut), self)
        self.button.setObjectName("securityButton")
        self.button.setAccessibleName(self.tr("Raise security alarm"))
        self.button.setAccessibleDescription(
            self.tr("One press alerts security at once; shortcut %1").replace("%1", shortcut))
        set_tooltip(self.button, self.tr("Threat to people or property: alert security now"))
        self.button.setStyleSheet(
            "QPushButton#securityButton { background: #b3261e; color: white; font-weight: 700;"
            " padding: 6px 14px; border-radius: 6px; border: 2px solid #7d1a15; }"
            " QPushButton#securityButton:focus { border: 3px solid #000; }")
        self.indicator = rich_label(self)  # a coloured dot: the text in it is escaped
        self.indicator.setObjectName("alarmIndicator")
        self.indicator.setAccessibleName(self.tr("Alarm status"))
        self.indicator.hide()
        self.numbers = plain_label("", self)  # always on screen, whatever state the log is in
        self.numbers.setObjectName("emergencyNumbersBar")
        self.numbers.setStyleSheet("font-weight: 700;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.indicator)
        layout.addWidget(self.numbers)
        layout.addWidget(self.button)

    def show_numbers(self, numbers: list[str]) -> None:
        text = self.tr("Emergency: %1").replace("%1", ", ".join(numbers))
        set_plain(self.numbers, text)
        self.numbers.setAccessibleName(text)

    def show_state(self, text: str, level: str) -> None:
        """A small indicator: enough for the operator, nothing a visitor would notice."""
        colour = {"ok": "#1d5e3a", "pending": "#6b4300", "bad": "#b3261e"}[level]
        self.indicator.setText(f"<span style='color:{colour}'>●</span> {escaped(text)}")
        self.indicator.setAccessibleDescription(text)
        self.indicator.show()
