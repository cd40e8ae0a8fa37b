"""The open incident: emergency numbers, per-channel delivery board, acknowledgement, cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.states import MessageKind
from desk.ui import vocab
from desk.ui.dates import local_time
from desk.ui.plain import plain_label, set_plain, set_tooltip, shown


class IncidentPanel(QFrame):
    def __init__(self, emergency_numbers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("incidentPanel")
        self.setAccessibleName(self.tr("Security incident"))
        self.ended = False
        self.title = plain_label("", self)
        self.title.setObjectName("incidentTitle")
        self.title.setWordWrap(True)
        self.numbers = plain_label(self.tr("Emergency: %1").replace(
            "%1", ", ".join(emergency_numbers)), self)
        self.numbers.setObjectName("emergencyNumbers")
        self._style(ended=False)
        self.recorded = plain_label("", self)
        self.recorded.setObjectName("incidentRecordStatus")
        self.recorded.setWordWrap(True)
        self.recorded.hide()
        self.ack = plain_label("", self)
        self.ack.setObjectName("incidentAckStatus")
        self.ack.setWordWrap(True)
        self.board = QTableWidget(0, 3, self)
        self.board.setObjectName("deliveryBoard")
        self.board.setAccessibleName(self.tr("Alarm delivery per channel"))
        self.board.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Status"),
                                              self.tr("Last error")])
        self.board.verticalHeader().hide()
        self.board.horizontalHeader().setStretchLastSection(True)
        for column in (0, 1):  # channel and state whole in every language, never elided
            self.board.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.board.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.board.setMaximumHeight(150)
        self.cancel_button = QPushButton(self.tr("Cancel alarm (false alarm)…"), self)
        self.cancel_button.setObjectName("cancelAlarmButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel alarm"))
        self.close_button = QPushButton(self.tr("Close: security has handled it"), self)
        self.close_button.setObjectName("closeIncidentButton")
        self.close_button.setAccessibleName(self.tr("Close the incident"))
        layout = QVBoxLayout(self)
        for widget in (self.title, self.numbers, self.recorded, self.ack, self.board,
                       self.cancel_button,
                       self.close_button):
            layout.addWidget(widget)

    def _style(self, ended: bool) -> None:
        """Red while the alarm is live; neutral once it was cancelled or closed."""
        self.ended = ended
        colours = ("#f1f1f1", "#8a8a8a") if ended else ("#fdecea", "#b3261e")
        self.setStyleSheet(f"QFrame#incidentPanel {{ background: {colours[0]}; border: 2px "
                           f"solid {colours[1]}; border-radius: 6px; }}")
        self.numbers.setStyleSheet("font-size: 11pt; color: palette(text);" if ended else
                                   "font-size: 16pt; font-weight: 700; color: #b3261e;")

    def show_recorded(self, recorded: bool) -> None:
        """The alarm went out from memory; say plainly if the call log has no record yet."""
        self.recorded.setText("" if recorded else self.tr(
            "The call log could not record this alarm yet (it is kept in a safe journal and "
            "added to the log when it can be written). The alarm was sent regardless."))
        self.recorded.setVisible(not recorded)

    def show_incident(self, incident: dict, deliveries: list[dict], overdue_ack: bool,
                      labels: dict[str, str] | None = None) -> None:
        """``labels``: each channel's name -> the label the branch gave it ("Security desk"),
        which the board shows as the banners do."""
        labels = labels or {}
        raised = local_time(incident["raised_at"])
        ended_at = incident.get("cancelled_at") or incident.get("closed_at")
        self._style(ended=bool(ended_at))
        if ended_at:
            self._show_ended(incident, raised)
        else:
            self.title.setText(self.tr("SECURITY ALARM raised at %1").replace("%1", raised))
        if incident.get("acknowledged_at"):
            set_plain(self.ack, self.tr("Acknowledged by %1").replace(
                "%1", incident.get("acknowledged_by") or "?"))
            self.ack.setStyleSheet("")
        elif ended_at:  # nobody is waited for any more
            self.ack.setText(self.tr("No acknowledgement is awaited any more."))
            self.ack.setStyleSheet("")
        elif overdue_ack:
            self.ack.setText(self.tr("Nobody has acknowledged the alarm yet. Call the emergency "
                                     "number now."))
            self.ack.setStyleSheet("color: #b3261e; font-weight: 700;")
        elif not deliveries:
            self.ack.setText(self.tr("No alarm channel is configured: the alarm reached nobody. "
                                     "Call the emergency number now."))
            self.ack.setStyleSheet("color: #b3261e; font-weight: 700;")
        else:
            self.ack.setText(self.tr("Waiting for security to acknowledge…"))
            self.ack.setStyleSheet("")
        self.board.setRowCount(len(deliveries))
        for row, delivery in enumerate(deliveries):
            channel = delivery["channel"]
            given = labels.get(channel)
            label = given if given and given != channel else vocab.channel(channel)
            if delivery["message"] != MessageKind.ALARM:
                label = self.tr("%1 (%2)", "channel (kind of message)").replace(
                    "%1", label).replace("%2", vocab.message_kind(delivery["message"]))
            status = vocab.delivery_state(delivery["status"])
            if delivery["attempts"] > 1:
                status = self.tr("%1 · %2×", "delivery state · attempts").replace(
                    "%1", status).replace("%2", str(delivery["attempts"]))
            for column, text in enumerate((label, status, delivery["last_error"] or "")):
                item = QTableWidgetItem(shown(text, one_line=True))
                set_tooltip(item, text)
                self.board.setItem(row, column, item)
        self.cancel_button.setVisible(not ended_at)
        self.close_button.setText(self.tr("Close") if incident.get("cancelled_at")
                                  else self.tr("Close: security has handled it"))


    def _show_ended(self, incident: dict, raised: str) -> None:
        """Who ended it, when (local time) and why, in one sentence."""
        who = incident.get("ended_by") or "?"
        if incident.get("cancelled_at"):
            text = self.tr("Alarm raised at %1 was cancelled by %2 at %3: %4").replace(
                "%1", raised).replace("%2", who).replace(
                "%3", local_time(incident["cancelled_at"])).replace(
                "%4", incident.get("cancel_reason") or "")
        else:
            text = self.tr("Alarm raised at %1 was closed by %2 at %3: security has handled "
                           "it").replace("%1", raised).replace("%2", who).replace(
                "%3", local_time(incident["closed_at"]))
        set_plain(self.title, text)  # the reason and the name were typed: plain text
        self.title.setAccessibleName(text)


class CancelAlarmDialog(QDialog):
    """Cancelling needs a reason: it is recorded and sent to everyone who got the alarm."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cancelAlarmDialog")
        self.setWindowTitle(self.tr("Cancel the alarm"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("cancelReasonEdit")
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        self.reason.setPlaceholderText(self.tr("e.g. visitor calmed down; pressed by mistake"))
        self.error = plain_label("", self)
        self.error.setObjectName("cancelReasonError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the alarm"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = plain_label(self.tr("&Why is this a false alarm?"), self)
        label.setBuddy(self.reason)
        for widget in (label, self.reason, self.error, buttons):
            layout.addWidget(widget)

    def _accept(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Give a reason: it goes to everyone who got the alarm."))
            self.error.show()
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
