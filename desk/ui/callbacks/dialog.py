"""CallbackDialog: the caller's details when a transfer fails, checked at each field.

Everything typed is saved as a draft with every keystroke, so a crash or a
mistaken close loses nothing; the draft is offered back the next time.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.core.callbacks import CallbackForm, CallbackInvalid
from desk.ui import vocab
from desk.ui.plain import ask, plain_label, set_plain, warn

FIELDS = ("full_name", "question", "phone", "email", "department")
OBJECT_NAMES = {"full_name": "fullNameEdit", "question": "questionEdit", "phone": "phoneEdit",
                "email": "emailEdit", "department": "departmentCombo"}


class CallbackDialog(QDialog):
    saved = Signal(dict)  # the stored callback
    changed = Signal(dict)  # the form's values, for the draft
    discarded = Signal()  # the operator chose to throw the form away

    def __init__(self, departments: list[str], take, parent: QWidget | None = None,
                 check=None):
        """``take(form) -> dict`` stores the callback or raises ``CallbackInvalid``;
        ``check(field, text) -> (shown text, error)`` checks a contact field on leaving it."""
        super().__init__(parent)
        self.check = check
        self.dirty = False
        self.setObjectName("CallbackDialog")
        self.setWindowTitle(self.tr("Transfer failed: take a callback"))
        self.setMinimumWidth(520)
        self.take = take
        self.full_name = QLineEdit(self)
        self.question = QPlainTextEdit(self)
        self.question.setTabChangesFocus(True)
        self.question.setMaximumHeight(110)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.department = QComboBox(self)
        self.department.addItems(departments)
        self.preferred = QComboBox(self)
        self.preferred.setObjectName("preferredChannelCombo")
        self.preferred.addItem(self.tr("Call back by phone"), "phone")
        self.preferred.addItem(self.tr("Answer by e-mail"), "email")
        self.preferred.setAccessibleName(self.tr("How the caller wants the answer"))
        self.tried = QLineEdit(self)
        self.tried.setObjectName("callbackTriedEdit")
        self.tried.setAccessibleName(self.tr("What the caller already tried"))
        self.notice = plain_label("", self)
        self.notice.setObjectName("draftNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        labels = {"full_name": self.tr("Full &name"), "question": self.tr("&Question"),
                  "phone": self.tr("&Phone"), "email": self.tr("&E-mail"),
                  "department": self.tr("&Department")}
        accessible = {"full_name": self.tr("Caller's full name"),
                      "question": self.tr("Caller's question"),
                      "phone": self.tr("Phone number"), "email": self.tr("E-mail address"),
                      "department": self.tr("Department that will answer")}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for field in FIELDS:
            widget = self.widget(field)
            widget.setObjectName(OBJECT_NAMES[field])
            widget.setAccessibleName(accessible[field])
            label = plain_label(labels[field], self)
            label.setBuddy(widget)
            error = plain_label("", self)
            error.setObjectName(f"{field}Error")
            error.setStyleSheet("color: #b3261e;")
            error.setWordWrap(True)
            error.hide()
            self.errors[field] = error
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(label, column)
        #: label of the choice how the caller wants the answer (phone or e-mail); not a deadline
        form.addRow(plain_label(self.tr("Answer by"), self, self.preferred), self.preferred)
        tried_label = plain_label(self.tr("Already &tried"), self)
        tried_label.setBuddy(self.tried)
        form.addRow(tried_label, self.tried)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveCallbackButton")
        self.save_button.setText(self.tr("Save and forward"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(buttons)

        for edit in (self.full_name, self.phone, self.email, self.tried):
            edit.textChanged.connect(self._changed)
        self.question.textChanged.connect(self._changed)
        self.department.currentIndexChanged.connect(self._changed)
        self.preferred.currentIndexChanged.connect(self._changed)
        self.phone.editingFinished.connect(lambda: self._check_field("phone"))
        self.email.editingFinished.connect(lambda: self._check_field("email"))

    def widget(self, field: str):
        return {"full_name": self.full_name, "question": self.question, "phone": self.phone,
                "email": self.email, "department": self.department}[field]

    def values(self) -> dict:
        return {"full_name": self.full_name.text(), "question": self.question.toPlainText(),
                "phone": self.phone.text(), "email": self.email.text(),
                "department": self.department.currentText(),
                "preferred_channel": self.preferred.currentData(), "tried": self.tried.text()}

    def fill(self, values: dict) -> None:
        self.full_name.setText(values.get("full_name") or "")
        self.question.setPlainText(values.get("question") or "")
        self.phone.setText(values.get("phone") or "")
        self.email.setText(values.get("email") or "")
        self.tried.setText(values.get("tried") or "")
        index = self.department.findText(values.get("department") or "")
        if index >= 0:
            self.department.setCurrentIndex(index)
        index = self.preferred.findData(values.get("preferred_channel") or "phone")
        if index >= 0:
            self.preferred.setCurrentIndex(index)
        self.dirty = False

    def show_restored(self) -> None:
        self.notice.setText(self.tr("Restored what you typed before Desk closed."))
        self.notice.show()
        self.dirty = True

    def _changed(self) -> None:
        self.dirty = True
        self.changed.emit(self.values())

    def _check_field(self, field: str) -> None:
        """Say what is wrong as soon as the operator leaves the field; show numbers nationally."""
        if self.check is None:
            return
        edit = self.widget(field)
        shown, found = self.check(field, edit.text())
        error = vocab.problem(found) if found else ""
        if shown != edit.text():
            edit.setText(shown)
        label = self.errors[field]
        set_plain(label, error)  # it may quote what was typed
        label.setVisible(bool(error))
        edit.setAccessibleDescription(error)

    def reject(self) -> None:
        """Cancel (or Esc) after typing asks first: a slip of the key must not lose the form."""
        if self.dirty and self.isVisible():
            answer = ask(
                self, self.tr("Discard callback?"),
                self.tr("Throw away this callback and what you typed in it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.discarded.emit()
        super().reject()

    def submit(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            result = self.take(CallbackForm(**self.values()))
        except CallbackInvalid as invalid:
            first = None
            for field, found in invalid.errors.items():
                message = vocab.problem(found)
                label = self.errors.get(field)
                if label is not None:
                    set_plain(label, message)
                    label.show()
                    self.widget(field).setAccessibleDescription(message)
                    first = first or field
            if first:
                self.widget(first).setFocus()
            return  # the dialog stays open with everything typed
        if hasattr(result, "success"):  # stored on the log thread: close once it is there
            self.setWindowTitle(self.tr("Saving the callback…"))
            result.success(self._stored).failure(self._not_stored)
            return
        self._stored(result)

    def _stored(self, callback: dict) -> None:
        self.saved.emit(callback)
        self.accept()

    def _not_stored(self, exc: BaseException) -> None:
        if isinstance(exc, CallbackInvalid):
            self.submit()  # show the field messages
            return
        self.setWindowTitle(self.tr("Transfer failed: take a callback"))
        warn(self, self.tr("Callback not saved"), self.tr(
            "The callback could not be saved: %1. Everything you typed is kept as a draft."
        ).replace("%1", str(exc)))
