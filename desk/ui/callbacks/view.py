"""The callbacks window: open callbacks by due date, search, and what happens next to each."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.callbacks import ANSWER_WAYS, NOTICE_WAYS, history_text
from desk.ui.callbacks.model import CallbacksModel


class CallbacksWindow(QMainWindow):
    def __init__(self, desk, parent: QWidget | None = None, loader=None):
        """``loader`` (a ``CallbackLoader``) runs searches off the UI thread; without one
        they run here."""
        super().__init__(parent)
        self.desk = desk
        self.loader = loader
        self.request = 0
        if loader is not None:
            loader.loaded.connect(self._loaded)
        self.setObjectName("CallbacksWindow")
        self.setWindowTitle(self.tr("Callbacks"))
        self.resize(1100, 600)
        self.search = QLineEdit(self)
        self.search.setObjectName("callbackSearch")
        self.search.setPlaceholderText(self.tr("Search name, number, e-mail, question…"))
        self.search.setAccessibleName(self.tr("Search callbacks"))
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue_only.setObjectName("overdueOnlyToggle")
        self.overdue_only.setAccessibleName(self.tr("Overdue only"))
        self.show_answered = QCheckBox(self.tr("Show &answered"), self)
        self.show_answered.setObjectName("showAnsweredToggle")
        self.show_answered.setAccessibleName(self.tr("Show answered"))
        self.summary = QLabel(self)
        self.summary.setObjectName("callbackSummary")
        self.model = CallbacksModel(desk, self)
        self.table = QTableView(self)
        self.table.setObjectName("callbacksTable")
        self.table.setAccessibleName(self.tr("Callbacks by due date"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)  # fixed: no per-row measuring
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 90, 180, 120, 170, 130, 260)):
            self.table.setColumnWidth(column, width)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("callbackDetails")
        self.details.setAccessibleName(self.tr("Selected callback's history"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(120)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.model.modelReset.connect(self.details.clear)

        buttons = QHBoxLayout()
        self.action_buttons = {}
        for key, text, handler in (
                ("answered", self.tr("Mark &answered…"), self.mark_answered),
                ("notice", self.tr("Caller told of a &delay…"), self.record_notice),
                ("move", self.tr("&Move to department…"), self.move),
                ("copy", self.tr("&Copy as text"), self.copy_text)):
            button = QPushButton(text, self)
            button.setObjectName(f"callback_{key}Button")
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.action_buttons[key] = button
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.overdue_only)
        top.addWidget(self.show_answered)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.setCentralWidget(central)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self._search_changed)
        self.search.textChanged.connect(self.debounce.start)
        self.overdue_only.toggled.connect(self.reload)
        self.show_answered.toggled.connect(self.reload)
        self.reload()

    def _filters(self) -> dict:
        from desk.core.clock import to_iso

        overdue = to_iso(self.desk.clock.now()) if self.overdue_only.isChecked() else None
        return {"open_only": not self.show_answered.isChecked(), "overdue_before": overdue,
                "search": self.search.text()}

    def reload(self) -> None:
        self.request += 1  # results of searches still running are stale now
        self._show(self.desk.listing_ids(**self._filters()))

    def _search_changed(self) -> None:
        if self.loader is None:
            self.reload()
            return
        self.request += 1
        self.loader.ask(self.request, self._filters())

    def _loaded(self, number: int, ids: list) -> None:
        if number == self.request:
            self._show(ids)

    def _show(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        overdue_count, today = self.desk.counts()
        self.summary.setText(self.tr("%1 shown · %2 overdue · %3 due today").replace(
            "%1", str(len(ids))).replace("%2", str(overdue_count)).replace("%3", str(today)))

    def _show_details(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            self.details.clear()
            return
        callback = self.desk.get(self.model.ids[indexes[0].row()])
        self.details.setPlainText(history_text(callback) if callback else "")

    def selected(self) -> dict | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            QMessageBox.information(self, self.tr("Callbacks"), self.tr("Select a callback."))
            return None
        return self.model.row(indexes[0].row())

    def select_id(self, callback_id: int) -> None:
        if callback_id in self.model.ids:
            self.table.selectRow(self.model.ids.index(callback_id))

    def _ask(self, title: str, rows: list[tuple[str, QWidget]]) -> bool:
        dialog = QDialog(self)
        dialog.setObjectName("callbackActionDialog")
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        for label, widget in rows:
            form.addRow(label, widget)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        self.action_dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    def mark_answered(self) -> None:
        row = self.selected()
        if row is None:
            return
        how = QComboBox(self)
        how.setObjectName("answeredHowCombo")
        how.addItems(list(ANSWER_WAYS))
        who = QLineEdit(self.desk.operator, self)
        who.setObjectName("answeredByEdit")
        who.setAccessibleName(self.tr("Answered by"))
        when = self._when_edit("answeredAtEdit", self.tr("Answered at"))
        if self._ask(self.tr("Callback answered"), [(self.tr("How"), how),
                                                   (self.tr("Who"), who),
                                                   (self.tr("When"), when)]):
            self._apply(lambda: self.desk.answered(row["id"], how.currentText(), who.text(),
                                                   _aware(when)))

    def record_notice(self) -> None:
        row = self.selected()
        if row is None:
            return
        how = QComboBox(self)
        how.setObjectName("noticeHowCombo")
        how.addItems(list(NOTICE_WAYS))
        new_date = QDateEdit(self)
        new_date.setObjectName("noticeDateEdit")
        new_date.setCalendarPopup(True)
        today = self.desk.clock.now().astimezone().date()
        new_date.setMinimumDate(QDate(today.year, today.month, today.day))
        # The default new promise: the branch's callback_days business days from today.
        from desk.core.calendar import add_business_days

        config = self.desk.config
        default = add_business_days(today, int(config.norms["callback_days"]), config.holidays)
        new_date.setDate(QDate(default.year, default.month, default.day))
        note = QLineEdit(self)
        note.setObjectName("noticeNoteEdit")
        note.setAccessibleName(self.tr("Note"))
        told = self._when_edit("noticeToldAtEdit", self.tr("Told at"))
        if self._ask(self.tr("Caller told of a delay"),
                     [(self.tr("Told at"), told), (self.tr("How they were told"), how),
                      (self.tr("New date"), new_date), (self.tr("Note"), note)]):
            chosen = new_date.date()
            self._apply(lambda: self.desk.notice(
                row["id"], how.currentText(), date(chosen.year(), chosen.month(), chosen.day()),
                note.text(), _aware(told)))

    def _when_edit(self, name: str, accessible: str) -> QDateTimeEdit:
        """Defaults to now (the desk's clock, local time); later than now is not offered."""
        now = QDateTime(self.desk.clock.now().astimezone().replace(tzinfo=None))
        edit = QDateTimeEdit(now, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaximumDateTime(now)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def _apply(self, action) -> None:
        """Run a change; a refusal (e.g. a time before the callback) is said, nothing saved."""
        try:
            action()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Callbacks"), str(exc))
        self.reload()

    def move(self) -> None:
        row = self.selected()
        if row is None:
            return
        department = QComboBox(self)
        department.setObjectName("moveDepartmentCombo")
        department.addItems([d for d in self.desk.departments() if d != row["department"]])
        if department.count() and self._ask(self.tr("Move callback"),
                                            [(self.tr("Department"), department)]):
            self.desk.move(row["id"], department.currentText())
            self.reload()

    def copy_text(self) -> None:
        row = self.selected()
        if row is None:
            return
        QGuiApplication.clipboard().setText(self.desk.as_text(self.desk.get(row["id"])))
        self.statusBar().showMessage(self.tr("Copied: paste it into the department's channel"),
                                     5000)


def _aware(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().astimezone()


def focus(window: QMainWindow) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
