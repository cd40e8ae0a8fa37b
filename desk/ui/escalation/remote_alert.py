"""Another console raised an alarm: a full-width alert with who and where, and Acknowledge."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desk.core.textsafety import NAME_MAX, NUMBER_MAX, TEXT_MAX, display_text
from desk.ui.dates import local_time
from desk.ui.plain import plain_label


def _field(message: dict, key: str, limit: int = NAME_MAX) -> str:
    """One field of a peer's message as it may be shown: capped again here, whatever
    the wire allowed, and made safe (a peer is not trusted with our screen)."""
    value = message.get(key)
    return display_text("" if value is None else value, limit, one_line=True)


class RemoteAlert(QFrame):
    acknowledged = Signal(dict)

    def __init__(self, message: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.message = message
        self.setObjectName("remoteAlarm")
        self.setAccessibleName(self.tr("Security alarm from another desk"))
        self.setStyleSheet("QFrame#remoteAlarm { background: #b3261e; border-radius: 6px; }"
                           " QLabel { color: white; font-size: 13pt; }")
        context = message.get("context")
        context = context if isinstance(context, dict) else {}
        try:
            raised = local_time(message.get("raised_at"))
        except (TypeError, ValueError):  # a peer's time we cannot read: say so, go on
            raised = "?"
        text = self.tr("SECURITY ALARM at %1 — %2, raised by %3 at %4").replace(
            "%1", f"{_field(message, 'branch')}, {_field(message, 'location')}").replace(
            "%2", _field(message, "workstation")).replace(
            "%3", _field(message, "operator")).replace("%4", raised)
        name, number = _field(context, "caller_name"), _field(context, "caller_number",
                                                              NUMBER_MAX)
        if name or number:
            text += " · " + self.tr("caller: %1").replace("%1", f"{name} {number}")
        self.label = plain_label(text, self)
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
            "%1", display_text(reason, TEXT_MAX, one_line=True)))
        self.setStyleSheet("QFrame#remoteAlarm { background: #555; border-radius: 6px; }"
                           " QLabel { color: white; font-size: 13pt; }")
        self.button.setEnabled(False)
        self.dismiss.show()
