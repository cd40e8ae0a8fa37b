"""Ending a call: how it ended and what it was about (topic completes from earlier ones).

The root cause can be noted here on every call (it feeds the review's root-cause view);
for an upset caller the playbook has the same field during the call.

"Ended for abuse" is offered only once a warning was recorded (``warned_at``), and then
only with its reason (seed 000: warn calmly first; the core refuses it otherwise too).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desk.core.outcomes import OUTCOMES
from desk.core.states import CallOutcome
from desk.ui.plain import plain_label


class EndCallDialog(QDialog):
    def __init__(self, outcomes: dict[str, str], topics: list[str], topic: str = "",
                 parent: QWidget | None = None, warned_at: str | None = None,
                 root_cause: str = ""):
        super().__init__(parent)
        self.setObjectName("EndCallDialog")
        self.setWindowTitle(self.tr("End call"))

        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcomeCombo")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for key in OUTCOMES:
            self.outcome.addItem(outcomes.get(key, key), key)
        if warned_at is None:  # not yet: say how to get there rather than hide it
            index = self.outcome.findData("abuse")
            self.outcome.setItemText(index, self.tr("%1 (record a warning first)")
                                     .replace("%1", outcomes.get("abuse", "abuse")))
            self.outcome.model().item(index).setEnabled(False)

        self.topic = QLineEdit(topic, self)
        self.topic.setObjectName("topicEdit")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setPlaceholderText(self.tr("What was the call about?"))
        completer = QCompleter(topics, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.topic.setCompleter(completer)

        self.root_cause = QLineEdit(root_cause, self)
        self.root_cause.setObjectName("endRootCauseEdit")
        self.root_cause.setAccessibleName(self.tr("Root cause"))
        self.root_cause.setPlaceholderText(self.tr("What actually went wrong? (if you found it)"))

        self.reason = QLineEdit(self)
        self.reason.setObjectName("endReasonEdit")
        self.reason.setAccessibleName(self.tr("Reason for ending"))
        self.reason.setPlaceholderText(self.tr("What was said, and the warning you gave"))
        self.reason_label = plain_label(self.tr("Reason"), self)
        self.error = plain_label("", self)
        self.error.setObjectName("endCallError")
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End call"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(plain_label(self.tr("&Outcome"), self, self.outcome), self.outcome)
        form.addRow(plain_label(self.tr("&Topic"), self, self.topic), self.topic)
        form.addRow(plain_label(self.tr("Root &cause"), self, self.root_cause), self.root_cause)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.error)
        form.addRow(buttons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def chosen_outcome(self) -> str:
        return self.outcome.currentData()

    def _outcome_changed(self) -> None:
        needs_reason = self.chosen_outcome() == CallOutcome.ABUSE
        self.reason.setVisible(needs_reason)
        self.reason_label.setVisible(needs_reason)

    def _accept(self) -> None:
        if self.chosen_outcome() == CallOutcome.ABUSE and not self.reason.text().strip():
            self.error.setText(self.tr("Say why the call was ended: it goes in the log."))
            self.error.show()
            self.reason.setFocus()
            return
        self.accept()
