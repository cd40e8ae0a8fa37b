"""Side guidance: wrap-up phrases when the timer turns amber, the playbook for upset callers.

Both panels redraw from the content on ``set_content`` (another language) and retitle
themselves on ``QEvent.LanguageChange``; their colours come from ``desk.ui.theme``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desk.config_schema import SECTIONS
from desk.content import Content, fill
from desk.ui.console.root_cause import AbuseWarning, RootCauseBox
from desk.ui.plain import plain_label


def _label(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text, parent)
    label.setWordWrap(True)
    return label


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.setParent(None)  # gone at once, not only when the event loop deletes it
            widget.deleteLater()


class WrapUpPanel(QGroupBox):
    """Polite ways to steer a long call to its close; sales prompts only for calm callers."""

    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wrapUpPanel")
        self.upset = False
        self.layout_ = QVBoxLayout(self)
        self.sales: list[QLabel] = []
        self.set_content(content)
        self.retranslate()

    def set_content(self, content: Content) -> None:
        _clear(self.layout_)
        for phrase in content.wrapup_phrases:
            self.layout_.addWidget(_label(f"“{phrase}”", self))
        self.sales = [_label(f"“{p}”", self) for p in content.sales_prompts]
        for label in self.sales:
            label.setObjectName("salesPrompt")
            self.layout_.addWidget(label)
        self.set_upset(self.upset)

    def set_upset(self, upset: bool) -> None:
        # Never push services on an upset caller.
        self.upset = upset
        for label in self.sales:
            label.setVisible(not upset)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Time to wrap up"))
        self.setAccessibleName(self.tr("Wrap-up phrases"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def alarm_key_text(parent: QWidget | None) -> str:
    """The alarm shortcut as the keyboard shows it (the branch's, else the default)."""
    services = getattr(parent, "services", None)
    keys = (services.config.security.get("shortcut") if services is not None else None) \
        or SECTIONS["security"]["shortcut"].default
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


class PlaybookPanel(QGroupBox):
    """Safety first, then ten calm steps for a difficult caller; the root cause and the abuse
    warning are recorded right where the steps ask for them."""

    def __init__(self, content: Content, parent: QWidget | None = None,
                 alarm_key: str | None = None):
        super().__init__(parent)
        self.setObjectName("playbookPanel")
        self.alarm_key = alarm_key or alarm_key_text(parent)
        self.layout_ = QVBoxLayout(self)
        self.root_cause = RootCauseBox(self)
        self.warning = AbuseWarning(self)
        self.set_content(content)
        self.retranslate()

    def set_content(self, content: Content) -> None:
        for keep in (self.root_cause, self.warning):
            self.layout_.removeWidget(keep)
        _clear(self.layout_)
        for number, step in enumerate(content.playbook, start=1):
            text = fill(step.text, alarm_key=self.alarm_key)
            if text is None:
                continue
            html = f"<b>{number}. {step.title}</b> — {text}"
            if step.phrase:
                html += f"<br><i>“{step.phrase}”</i>"
            label = _label(html, self)
            label.setObjectName(f"playbook_{step.id}")
            self.layout_.addWidget(label)
            if step.id == "root_cause":
                self.layout_.addWidget(self.root_cause)
            elif step.id == "end_abuse":
                self.layout_.addWidget(self.warning)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Difficult caller"))
        self.setAccessibleName(self.tr("Difficult caller playbook"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
