"""The difficult-caller playbook as a stepper: one step at a time, safety always in view.

Each step is one short line (its title) in a compact list with the current one
highlighted; below it the current step's hint and the phrase to say. The safety step
(the alarm key), *Record warning given* and *End for abuse* sit outside the list so they
stay on screen at 1024×700 however far the operator has gone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.content import Content, fill
from desk.ui.console.guidance import alarm_key_text
from desk.ui.console.root_cause import AbuseWarning, RootCauseBox
from desk.ui.plain import plain_label, set_tooltip

NEXT_KEY, PREVIOUS_KEY = "Ctrl+PgDown", "Ctrl+PgUp"
LIST_ROWS = 5  # rows of step titles in view; the list scrolls within itself, never the page


class PlaybookStepper(QGroupBox):
    """Safety first, then calm steps one at a time; the root cause and the abuse warning
    are recorded right here."""

    def __init__(self, content: Content, parent: QWidget | None = None,
                 alarm_key: str | None = None, call=None):
        super().__init__(parent)
        self.call = call  # the shell's CallView: ends the call through the call panel
        self.setObjectName("playbookPanel")
        self.alarm_key = alarm_key or alarm_key_text(parent)
        self.steps: list = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(4)
        self.safety = plain_label("", self)
        self.safety.setObjectName("playbook_safety")
        self.safety.setWordWrap(True)
        self.safety.setStyleSheet("font-weight: bold;")
        self.list = QListWidget(self)
        self.list.setObjectName("playbookSteps")
        self.list.setUniformItemSizes(True)
        self.list.currentRowChanged.connect(self._show_step)
        self.position = plain_label("", self)
        self.position.setObjectName("playbookPosition")
        self.hint = plain_label("", self)
        self.hint.setObjectName("playbookHint")
        self.hint.setWordWrap(True)
        self.phrase = plain_label("", self)
        self.phrase.setObjectName("playbookPhrase")
        self.phrase.setWordWrap(True)
        italic = self.phrase.font()
        italic.setItalic(True)
        self.phrase.setFont(italic)
        self.root_cause = RootCauseBox(self)
        self.warning = AbuseWarning(self)
        self.end_abuse = QPushButton(self)
        self.end_abuse.setObjectName("endForAbuseButton")
        self.end_abuse.clicked.connect(self.end_for_abuse)
        row = QHBoxLayout()
        row.addWidget(self.warning, 1)
        row.addWidget(self.end_abuse)
        for widget in (self.safety, self.list, self.position, self.hint, self.phrase,
                       self.root_cause):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(row)
        self.shortcuts = []
        window = parent.window() if parent is not None else self
        for keys, move, name in ((NEXT_KEY, 1, "playbookNextShortcut"),
                                 (PREVIOUS_KEY, -1, "playbookPreviousShortcut")):
            shortcut = QShortcut(QKeySequence(keys), window, lambda m=move: self.move(m),
                                 context=Qt.ShortcutContext.WindowShortcut)
            shortcut.setObjectName(name)
            self.shortcuts.append(shortcut)
        self.set_content(content)
        self.retranslate()

    def set_content(self, content: Content) -> None:
        row = max(self.list.currentRow(), 0)
        self.steps = []
        self.list.blockSignals(True)
        self.list.clear()
        number = 0
        for step in content.playbook:
            text = fill(step.text, alarm_key=self.alarm_key)
            if text is None:
                continue
            if step.id == "safety":  # never a step to reach: always on top
                self.safety.setText(f"{step.title} — {text}")
                continue
            number += 1
            self.steps.append((step, text))
            self.list.addItem(f"{number}. {step.title}")
        self.list.blockSignals(False)
        rows = min(LIST_ROWS, max(self.list.count(), 1))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows
                                 + 2 * self.list.frameWidth() + 2)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show_step(self.list.currentRow())

    def move(self, by: int) -> None:
        if not self.isVisible() or not self.steps:
            return
        self.list.setCurrentRow(max(0, min(self.list.currentRow() + by, len(self.steps) - 1)))

    def current_step_id(self) -> str | None:
        row = self.list.currentRow()
        return self.steps[row][0].id if 0 <= row < len(self.steps) else None

    def _show_step(self, row: int) -> None:
        if not 0 <= row < len(self.steps):
            return
        step, text = self.steps[row]
        self.position.setText(self.tr("Step %1 of %2").replace("%1", str(row + 1))
                              .replace("%2", str(len(self.steps))))
        self.hint.setText(text)
        self.phrase.setText(f"“{step.phrase}”" if step.phrase else "")
        self.phrase.setVisible(bool(step.phrase))
        self.list.scrollToItem(self.list.item(row))
        self.setAccessibleDescription(f"{self.list.item(row).text()} — {text}")

    def end_for_abuse(self) -> None:
        """Open the end-of-call dialog with "ended for abuse" chosen (it still asks for the
        recorded warning and the reason)."""
        if self.call is not None:
            self.call.ask_end("abuse")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Difficult caller"))
        self.setAccessibleName(self.tr("Difficult caller playbook"))
        self.list.setAccessibleName(self.tr("Playbook steps"))
        self.end_abuse.setText(self.tr("End for abuse…"))
        self.end_abuse.setAccessibleName(self.tr("End the call for abuse"))
        next_text = QKeySequence(NEXT_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        previous = QKeySequence(PREVIOUS_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        set_tooltip(self.list, self.tr("Next step: %1 · previous step: %2")
                    .replace("%1", next_text).replace("%2", previous))
        self.shortcuts[0].setWhatsThis(self.tr("Playbook: next step"))
        self.shortcuts[1].setWhatsThis(self.tr("Playbook: previous step"))
        self._show_step(self.list.currentRow())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
