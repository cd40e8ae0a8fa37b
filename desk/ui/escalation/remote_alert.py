"""Another console raised an alarm: a full-width alert with who and where, and Acknowledge."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.ui.dates import local_time


class RemoteAlert(QFrame):
    acknowledged = Signal(dict)

    def __init__(self, message: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.message = message
        self.setObjectName("remoteAlarm")
        self.setAccessibleName(self.tr("Security alarm from another desk"))
        self.setStyleSheet("QFrame#remoteAlarm { background: #b3261e; border-radius: 6px; }"
                           " QLabel { color: white; font-size: 13pt; }")
        context = message.get("context") or {}
        text = self.tr("SECURITY ALARM at %1 — %2, raised by %3 at %4").replace(
            "%1", f"{message.get('branch')}, {message.get('location')}").replace(
            "%2", str(message.get("workstation"))).replace(
            "%3", str(message.get("operator"))).replace("%4", local_time(message.get("raised_at")))
        if context.get("caller_name") or context.get("caller_number"):
            text += " · " + self.tr("caller: %1").replace(
                "%1", f"{context.get('caller_name') or ''} {context.get('caller_number') or ''}")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Acknowledge"), self)
        self.button.setObjectName("acknowledgeAlarmButton")
        self.button.setAccessibleName(self.tr("Acknowledge the alarm"))
        self.button.clicked.connect(self._acknowledge)
        self.dismiss = QPushButton(self.tr("Dismiss"), self)  # once answered or cancelled
        self.dismiss.setObjectName("dismissAlarmButton")
        self.dismiss.setAccessibleName(self.tr("Dismiss the alarm notice"))
        self.dismiss.clicked.connect(self.hide)  # kept: a resent copy stays quiet
        self.dismiss.hide()
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.dismiss)

    def _acknowledge(self) -> None:
        self.button.setEnabled(False)
        self.button.setText(self.tr("Acknowledged"))
        self.dismiss.show()
        self.acknowledged.emit(self.message)

    def cancelled(self, reason: str) -> None:
        self.label.setText(self.label.text() + " — " + self.tr("CANCELLED: %1").replace(
            "%1", reason))
        self.setStyleSheet("QFrame#remoteAlarm { background: #555; border-radius: 6px; }"
                           " QLabel { color: white; font-size: 13pt; }")
        self.button.setEnabled(False)
        self.dismiss.show()
