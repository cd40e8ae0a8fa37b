"""The supervisor passphrase prompt: wrong tries are slowed down (1, 2, 4 … 30 s)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.report.passphrase import Gate
from desk.ui.plain import plain_label


class PassphraseDialog(QDialog):
    def __init__(self, gate: Gate, parent: QWidget | None = None):
        super().__init__(parent)
        self.gate = gate
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(self.tr("Supervisor review"))
        intro = plain_label(self.tr("The review shows how each operator works. Enter the "
                               "supervisor passphrase."), self)
        intro.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Supervisor passphrase"))
        self.message = plain_label("", self)
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_passphrase)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.edit, self.message, buttons):
            layout.addWidget(widget)

    def try_passphrase(self) -> None:
        wait = self.gate.wait_s()
        if wait > 0:
            self.message.setText(self.tr("Too many wrong tries: wait %n second(s) and try "
                                         "again.", "", int(wait + 0.999)))
            return
        if self.gate.attempt(self.edit.text()):
            self.accept()
            return
        self.edit.clear()
        self.message.setText(self.tr("Wrong passphrase. You can try again in %n second(s).",
                                     "", int(self.gate.wait_s() + 0.999)))
