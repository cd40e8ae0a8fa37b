"""The playbook's two records: the root cause the operator found, and the abuse warning.

Both widgets only emit what the operator did; ``install(shell)`` connects them to the
call in progress (``calls.root_cause`` and ``call_events``) through the console's shell.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from desk.ui.dates import local_time
from desk.ui.plain import plain_label


class RootCauseBox(QWidget):
    """One line for what actually went wrong (seed 000, step 5)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = plain_label("", self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("rootCauseEdit")
        self.label.setBuddy(self.edit)
        self.edit.textEdited.connect(self.edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self.retranslate()

    def set_text(self, text: str | None) -> None:
        self.edit.setText(text or "")

    def retranslate(self) -> None:
        self.label.setText(self.tr("Root cau&se"))
        self.edit.setAccessibleName(self.tr("Root cause"))
        self.edit.setPlaceholderText(self.tr("What actually went wrong?"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AbuseWarning(QWidget):
    """"Warning given" records the warning with its time; only then may a call end for abuse."""

    warning_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.warned_at: str | None = None
        self.button = QPushButton(self)
        self.button.setObjectName("abuseWarningButton")
        self.button.clicked.connect(self.warning_requested)
        self.state = plain_label("", self)
        self.state.setObjectName("abuseWarningState")
        self.state.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.state, 1)
        self.retranslate()

    def set_warned_at(self, iso: str | None) -> None:
        self.warned_at = iso
        self._show_state()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Record &warning given"))
        self.button.setAccessibleName(self.tr("Record that the caller was warned"))
        self._show_state()

    def _show_state(self) -> None:
        if self.warned_at is None:
            text = self.tr("No warning yet: a call can be ended for abuse only after one.")
        else:
            text = self.tr("Warning recorded at %1: ending for abuse is now possible "
                           "(End call, with the reason).").replace("%1", local_time(self.warned_at))
        self.state.setText(text)
        self.state.setAccessibleName(text)
        self.button.setEnabled(self.warned_at is None)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(shell) -> None:
    """Connect the playbook's root-cause field and warning button to the call in progress.

    The playbook is built the first time a caller is marked upset (``playbook_built``).
    Everything comes from the call in memory; the log gets it through the call session.
    """
    session = shell.session
    built = []  # the playbook, once the console has built it

    def show_call(_call=None) -> None:
        if not built:
            return
        playbook = built[0]
        call = session.current()
        playbook.root_cause.set_text(call.root_cause if call else "")
        playbook.warning.set_warned_at(session.abuse_warned_at if call else None)
        playbook.root_cause.setEnabled(call is not None)
        playbook.warning.setEnabled(call is not None)

    def warn() -> None:
        if session.warn_abuse() is not None:
            show_call()

    def wire(playbook) -> None:
        built[:] = [playbook]
        playbook.root_cause.edited.connect(lambda text: (
            session.update(root_cause=text), shell.call.console_tick("root_cause", text)))
        playbook.warning.warning_requested.connect(warn)
        show_call()

    shell.playbook_built.connect(wire)
    shell.call_started.connect(show_call)
    shell.call_ended.connect(show_call)
