"""The callbacks window: open callbacks by due date, search, and what happens next to each.

The detail pane carries the callback to its end: the question, the call's notes, what the
caller already tried, who took it, local dates, whether the caller was told of a delay,
then its history as the log keeps it.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTimer
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
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.callbacks import ANSWER_WAYS, NOTICE_WAYS
from desk.ui import vocab
from desk.ui.callbacks.history import history_text
from desk.ui.callbacks.model import CallbacksModel
from desk.ui.dates import date_edit_format, local_date, local_time
from desk.ui.ops import Change, read_op, run_op
from desk.ui.plain import inform, plain_label, warn
from desk.ui.widgets import row_table


class CallbacksWindow(QMainWindow):
    def __init__(self, desk, parent: QWidget | None = None, ops=None):
        """``ops`` (the console's ``LogOps``) runs every read, search and write on the log
        thread, with ``desk`` answering only config questions. Without them (a test on a
        bare database) all of it runs here, on ``desk``."""
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.request = 0
        if ops is not None:  # a callback changed, whoever wrote it: the list follows
            ops.changed.connect(self._log_changed)
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
        self.summary = plain_label("", self)
        self.summary.setObjectName("callbackSummary")
        self.model = CallbacksModel(desk, self, fetch=self.run)
        self.table = row_table(self, "callbacksTable", self.tr("Callbacks by due date"),
                               self.model)
        for column, width in enumerate((150, 150, 180, 120, 170, 130, 260, 100, 110)):
            self.table.setColumnWidth(column, width)

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("callbackDetails")
        self.details.setAccessibleName(self.tr("Selected callback's history"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(200)
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
        from desk.ui.help import install_f1

        install_f1(self)  # F1: this window's own shortcuts
        self.reload()

    def _filters(self) -> dict:
        from desk.core.clock import to_iso

        overdue = to_iso(self.desk.clock.now()) if self.overdue_only.isChecked() else None
        return {"open_only": not self.show_answered.isChecked(), "overdue_before": overdue,
                "search": self.search.text()}

    def run(self, fn, then=None, refused=None, write: bool = False, key=None) -> None:
        """``fn(callback_desk)`` on the log thread (or here without ops); ``then(result)`` on
        the UI thread; a refusal (``ValueError``) goes to ``refused``, nothing saved. A read
        with ``key`` replaces a queued one with the same key."""
        if self.ops is None:
            try:
                result = fn(self.desk)
            except ValueError as exc:
                if refused is None:
                    raise
                refused(exc)
                return
            if then is not None:
                then(result)
            if write:  # what LogOps.changed does in a console
                self.reload()
            return
        op = run_op(self, lambda ctx: fn(ctx.callbacks), changes={Change.CALLBACKS},
                    label=self.tr("a callback change")) if write \
            else read_op(self, lambda ctx: fn(ctx.callbacks), key=key)
        if then is not None:
            op.success(then)
        op.failure(lambda exc: refused(exc) if refused is not None and isinstance(
            exc, ValueError) else warn(self, self.tr("Callbacks"), str(exc)))

    def _log_changed(self, changes: set) -> None:
        if Change.CALLBACKS in changes and self.isVisible():  # hidden: reloaded when shown
            self.reload()

    def reload(self) -> None:
        self.request += 1  # results of searches still on their way are stale now
        number, filters = self.request, self._filters()
        # Typing faster than the searches run: a search still queued is replaced.
        self.run(lambda desk: desk.listing_ids(**filters),
                 lambda ids: number == self.request and self._show(ids), key="search")

    def _search_changed(self) -> None:
        self.reload()

    def _show(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        self.run(lambda desk: (*desk.counts(), desk.due_next_count()),
                 lambda counts: self._summarise(len(ids), *counts))

    def _summarise(self, shown: int, overdue: int, today: int, due_next: int) -> None:
        text = self.tr("%1 shown · %2 overdue · %3 due today").replace("%1", str(shown)) \
            .replace("%2", str(overdue)).replace("%3", str(today))
        if due_next:  # told today, the caller hears of a delay before it is late
            text += " · " + self.tr("%1 due on the next working day: tell those callers "
                                    "today if the answer will be late").replace(
                "%1", str(due_next))
        self.summary.setText(text)

    def _show_details(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            self.details.clear()
            return
        callback_id = self.model.ids[indexes[0].row()]
        self.run(lambda desk: desk.with_call_notes(callback_id),
                 lambda callback: self.details.setPlainText(
                     self.detail_text(callback) if callback else ""))

    def detail_text(self, callback: dict) -> str:
        """What the person who sees the callback through needs, then its history."""
        def line(label: str, value) -> str:
            return f"{label}: {' '.join(str(value or '').split()) or '—'}"

        notices = callback.get("notices") or []
        told = self.tr("yes, %1 (%2)").replace("%1", local_time(
            notices[-1]["told_at"], with_date=True)).replace("%2", notices[-1]["how"]) \
            if notices else self.tr("not yet")
        lines = [
            line(self.tr("Question"), callback.get("question")),
            line(self.tr("Notes"), callback.get("call_notes")),
            line(self.tr("Already tried"), callback.get("tried")),
            line(self.tr("Taken by"), callback.get("operator")),
            line(self.tr("Taken"), local_time(callback.get("created_at"), with_date=True)),
            line(self.tr("Due"), local_date(_local_day(callback["due_at"]), long=True)),
            line(self.tr("Caller told of a delay"), told),
            "",
            history_text(callback),
        ]
        return "\n".join(lines)

    def selected(self) -> dict | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            inform(self, self.tr("Callbacks"), self.tr("Select a callback."))
            return None
        row = self.model.row(indexes[0].row())
        if row is None:  # its page is still on its way from the log
            inform(self, self.tr("Callbacks"), self.tr("One moment: the "
                                                       "callback is still loading."))
        return row

    def select_id(self, callback_id: int) -> None:
        if callback_id in self.model.ids:
            self.table.selectRow(self.model.ids.index(callback_id))

    def _ask(self, title: str, rows: list[tuple[str, QWidget]]) -> bool:
        dialog = QDialog(self)
        dialog.setObjectName("callbackActionDialog")
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        for label, widget in rows:
            form.addRow(plain_label(label, dialog, widget), widget)
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
        for way in ANSWER_WAYS:
            how.addItem(vocab.contact_way(way), way)
        who = QLineEdit(self.desk.operator, self)
        who.setObjectName("answeredByEdit")
        who.setAccessibleName(self.tr("Answered by"))
        when = self._when_edit("answeredAtEdit", self.tr("Answered at"))
        if self._ask(self.tr("Callback answered"), [(self.tr("How"), how),
                                                   (self.tr("Who"), who),
                                                   (self.tr("When"), when)]):
            how_, who_, when_ = how.currentData(), who.text(), _aware(when)
            self._apply(lambda desk: desk.answered(row["id"], how_, who_, when_))

    def record_notice(self) -> None:
        row = self.selected()
        if row is None:
            return
        how = QComboBox(self)
        how.setObjectName("noticeHowCombo")
        for way in NOTICE_WAYS:
            how.addItem(vocab.contact_way(way), way)
        new_date = QDateEdit(self)
        new_date.setObjectName("noticeDateEdit")
        new_date.setCalendarPopup(True)
        today = self.desk.clock.now().astimezone().date()
        new_date.setMinimumDate(QDate(today.year, today.month, today.day))
        # The default new promise: the branch's callback_days from today, by its rule.
        from desk.core.calendar import due_day

        config = self.desk.config
        default = due_day(today, int(config.norms["callback_days"]),
                          config.norms.get("callback_day_kind", "calendar"), config.holidays)
        new_date.setDate(QDate(default.year, default.month, default.day))
        note = QLineEdit(self)
        note.setObjectName("noticeNoteEdit")
        note.setAccessibleName(self.tr("Note"))
        told = self._when_edit("noticeToldAtEdit", self.tr("Told at"))
        if self._ask(self.tr("Caller told of a delay"),
                     [(self.tr("Told at"), told), (self.tr("How they were told"), how),
                      (self.tr("New date"), new_date), (self.tr("Note"), note)]):
            chosen = new_date.date()
            how_, note_, told_ = how.currentData(), note.text(), _aware(told)
            new = date(chosen.year(), chosen.month(), chosen.day())
            self._apply(lambda desk: desk.notice(row["id"], how_, new, note_, told_))

    def _when_edit(self, name: str, accessible: str) -> QDateTimeEdit:
        """Defaults to now (the desk's clock, local time); later than now is not offered."""
        now = QDateTime(self.desk.clock.now().astimezone().replace(tzinfo=None))
        edit = QDateTimeEdit(now, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaximumDateTime(now)
        edit.setDisplayFormat(date_edit_format(with_time=True))
        return edit

    def _apply(self, action) -> None:
        """Run a change on the log thread; a refusal (e.g. a time before the callback) is
        said, nothing saved; the list reloads once the log has it (``_log_changed``)."""
        def refused(exc: BaseException) -> None:
            found = getattr(exc, "problem", None)  # the core's code, said in the language
            warn(self, self.tr("Callbacks"),
                 vocab.problem(found) if found is not None else str(exc))
            self.reload()

        self.run(action, None, refused, write=True)

    def move(self) -> None:
        row = self.selected()
        if row is None:
            return
        department = QComboBox(self)
        department.setObjectName("moveDepartmentCombo")
        department.addItems([d for d in self.desk.departments() if d != row["department"]])
        if department.count() and self._ask(self.tr("Move callback"),
                                            [(self.tr("Department"), department)]):
            chosen = department.currentText()
            self._apply(lambda desk: desk.move(row["id"], chosen))

    def copy_text(self) -> None:
        row = self.selected()
        if row is None:
            return
        def copied(callback) -> None:
            QGuiApplication.clipboard().setText(
                self.desk.as_text(callback, QCoreApplication.translate))
            self.statusBar().showMessage(self.tr("Copied: paste it into the department's "
                                                 "channel"), 5000)

        self.run(lambda desk: desk.get(row["id"]), copied)


def _local_day(due_at: str) -> date:
    from desk.core.callbacks import local_due_date

    return local_due_date(due_at)


def _aware(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().astimezone()


def focus(window: QMainWindow) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
