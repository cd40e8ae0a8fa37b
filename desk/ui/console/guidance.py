"""Side guidance: wrap-up phrases when the timer turns amber, the playbook for upset callers."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desk.content import Content


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class WrapUpPanel(QGroupBox):
    """Polite ways to steer a long call to its close; sales prompts only for calm callers."""

    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(self.tr("Time to wrap up"), parent)
        self.setObjectName("wrapUpPanel")
        self.setAccessibleName(self.tr("Wrap-up phrases"))
        layout = QVBoxLayout(self)
        for phrase in content.wrapup_phrases:
            layout.addWidget(_label(f"“{phrase}”", self))
        self.sales = [_label(f"“{p}”", self) for p in content.sales_prompts]
        for label in self.sales:
            label.setObjectName("salesPrompt")
            label.setStyleSheet("color: #345;")
            layout.addWidget(label)
        self.setStyleSheet("QGroupBox { background: #fff6e0; font-weight: 600; }"
                           " QLabel { font-weight: normal; }")

    def set_upset(self, upset: bool) -> None:
        # Never push services on an upset caller.
        for label in self.sales:
            label.setVisible(not upset)


class PlaybookPanel(QGroupBox):
    """Ten calm steps for a difficult caller, and the service sins to avoid."""

    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(self.tr("Difficult caller"), parent)
        self.setObjectName("playbookPanel")
        self.setAccessibleName(self.tr("Difficult caller playbook"))
        layout = QVBoxLayout(self)
        for number, step in enumerate(content.playbook, start=1):
            text = f"<b>{number}. {step.title}</b> — {step.text}"
            if step.phrase:
                text += f"<br><i>“{step.phrase}”</i>"
            layout.addWidget(_label(text, self))
        self.setStyleSheet("QGroupBox { background: #eef3fb; font-weight: 600; }"
                           " QLabel { font-weight: normal; }")
