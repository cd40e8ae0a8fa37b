"""Wires callbacks into the console: the failed-transfer button, drafts, promise, reminders."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QPushButton

from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import check_contact, local_due_date
from desk.core.clock import to_iso
from desk.core.contacts import display_phone
from desk.platform.notifications import notify
from desk.ui.actions import Action
from desk.ui.ops import Change, read_op, run_op
from desk.ui.plain import plain_label, set_plain

# The dialog, the callbacks window and forwarding load when first used, not at start-up.

DRAFT = "callback"
REMINDER_MS = 60_000


class Callbacks(QObject):
    forwarded = Signal(int)  # from the forwarding thread; queued to the UI thread

    def __init__(self, shell):
        super().__init__(shell)
        self.shell = shell
        self.notices = shell.notices
        services = shell.services
        self.services = services
        # Config-only questions (departments, the text to paste) are answered here; anything
        # that touches the log runs as an op on the log thread (``ctx.callbacks``).
        self.desk = CallbackDesk(None, services.clock, services.config,
                                 services.identity.operator, services.identity.workstation)
        self.draft: tuple[int | None, dict] | None = None  # what the log holds, kept in memory
        self.dialog = None  # CallbackDialog while it is open
        self.view = None  # CallbacksWindow once opened
        self.last_counts = (0, 0)

        host = shell.host
        self.button = QPushButton(self.tr("Transfer failed: take callback (F6)"), host)
        self.button.setObjectName("transferFailedButton")
        self.button.setAccessibleName(self.tr("Transfer failed, take a callback"))
        self.button.clicked.connect(self.open_dialog)
        shell.call.add_button(self.button)
        self.promise = plain_label("", host)
        self.promise.setObjectName("callbackPromise")
        self.promise.setWordWrap(True)
        self.promise.setStyleSheet("QLabel { background: #e6f2ea; color: #1d5e3a; padding: 6px;"
                                   " border-radius: 4px; font-weight: 600; }")
        self.promise.hide()
        shell.call.add_below_checklist(self.promise)
        shell.actions.shortcut(Action.TAKE_CALLBACK.sequence(), self.open_dialog)

        view_action = QAction(self.tr("Callbacks…"), host)
        view_action.setObjectName("callbacksViewAction")
        view_action.setShortcut(Action.CALLBACKS_VIEW.sequence())
        view_action.triggered.connect(self.open_view)
        shell.actions.add("tools", view_action)

        shell.call_started.connect(self._call_changed)
        shell.call_ended.connect(self._call_ended)
        self._call_changed()

        self.worker = None  # ForwardingWorker, once the log is open
        self.stopped = False
        self.forwarded.connect(self._forwarded)
        shell.closing.connect(self.stop)
        self.reminders = QTimer(self)
        self.reminders.setInterval(REMINDER_MS)
        self.reminders.timeout.connect(self.remind)
        shell.ready.connect(self._log_ready)

    def _log_ready(self) -> None:
        services = self.services

        read_op(self, lambda ctx: ctx.drafts.load(DRAFT)).success(self._prepared)
        services.ops.changed.connect(self._log_changed)
        self.reminders.start()
        self.remind(shift_start=True)
        # A turn after "ready": its first round's write would load sqlite-utils on the log
        # thread beside the parts' own "ready" work.
        QTimer.singleShot(0, self._start_forwarding)

    def _start_forwarding(self) -> None:
        """Forwarding resumes its own queue on its thread, under the console's supervisor."""
        if self.stopped:
            return
        services = self.services
        from desk.alerts.forwarding import ForwardingWorker

        self.worker = ForwardingWorker(services.db_path, services.clock, services.config.smtp,
                                       services.config.region, self.forwarded.emit,
                                       supervisor=self.shell.supervisor,
                                       writer=services.writer, language=services.language)
        self.worker.start()

    def _prepared(self, draft) -> None:
        self.draft = draft
        if draft:
            self.notices.show_banner("callback_draft", self.tr(
                "A callback you were typing was kept: press F6 to finish it."), "warning")

    # -- the dialog -------------------------------------------------------------------------

    def _call_changed(self, *_args) -> None:
        self.button.setEnabled(self.shell.session.active)

    def _call_ended(self, *_args) -> None:
        self.promise.hide()
        self._call_changed()

    def open_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        session = self.shell.session
        saved = self.draft
        if not session.active and saved is None:
            return
        from desk.ui.callbacks.dialog import CallbackDialog

        region = self.services.config.region
        dialog = CallbackDialog(self.desk.departments(), self._take, self.shell.host,
                                lambda field, text: check_contact(field, text, region))
        if saved is not None:
            dialog.fill(saved[1])
            dialog.show_restored()
        else:
            call = session.current()
            question = "\n".join(p for p in (call.topic, call.notes) if p)
            dialog.fill({"full_name": call.caller_name, "phone": display_phone(
                call.caller_number, region), "email": call.caller_email, "question": question,
                "tried": call.tried})
        dialog.changed.connect(self._save_draft)
        dialog.saved.connect(self._saved)
        dialog.discarded.connect(self._discarded)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        dialog.full_name.setFocus()

    def _take(self, form):
        """Check the form here (a wrong field is said at once), store it on the log thread;
        the dialog closes when the log has it."""
        from desk.core.callbacks import validate

        validate(form, self.services.config.region, self.desk.departments())  # raises
        call_id = self.shell.session.call_id

        def store(ctx):
            callback = ctx.callbacks.take(form, call_id=call_id)
            ctx.drafts.clear(DRAFT)
            return callback

        return run_op(self, store, label=self.tr("the callback"),
                      changes={Change.CALLBACKS, Change.DRAFTS})

    def _save_draft(self, values: dict) -> None:
        call_id, now = self.shell.session.call_id, to_iso(self.services.clock.now())
        self.draft = (call_id, values)
        run_op(self, lambda ctx: ctx.drafts.save(DRAFT, call_id, values, now),
               changes={Change.DRAFTS}, key="callback_draft",
               label=self.tr("the callback draft"))

    def _saved(self, callback: dict) -> None:
        self.draft = None
        self.notices.clear_banner("callback_draft")
        due = local_due_date(callback["due_at"])
        when = QLocale().toString(QDate(due.year, due.month, due.day), "dddd d MMMM")
        set_plain(self.promise, self.tr("Tell the caller: %1 will answer you by %2.").replace(
            "%1", callback["department"]).replace("%2", when))
        self.promise.show()
        self.shell.call.callback_promised(callback, when)  # ticks "said where it goes"
        if callback.get("forward_state") is None:
            # No e-mail for this department (or no mail server): the text goes to the
            # clipboard, ready to paste into whatever channel the department uses.
            QGuiApplication.clipboard().setText(
                self.desk.as_text(callback, QCoreApplication.translate))  # the operator's words
            self.shell.status.say(self.tr(
                "%1 has no e-mail here: the callback is copied as text, paste it to them."
            ).replace("%1", callback["department"]), 15000)
        if self.worker is not None:
            self.worker.wake()

    def _discarded(self) -> None:
        self.draft = None
        run_op(self, lambda ctx: ctx.drafts.clear(DRAFT), changes={Change.DRAFTS},
               key="callback_draft", label=self.tr("the callback draft"))
        self.notices.clear_banner("callback_draft")

    def _closed(self) -> None:
        self.dialog.deleteLater()
        self.dialog = None

    # -- the view, forwarding, reminders ---------------------------------------------------------

    def open_view(self) -> None:
        from desk.ui.callbacks.view import focus

        if self.view is None:
            from desk.ui.callbacks.view import CallbacksWindow

            # Its reads, searches and changes go through the console's log thread.
            self.view = CallbacksWindow(self.desk, ops=self.services.ops)
        else:
            self.view.reload()
        focus(self.view)

    def _forwarded(self, _callback_id: int) -> None:
        # Forwarding wrote through the console's writer: told like an op's change.
        self.services.ops.announce({Change.CALLBACKS})

    def _log_changed(self, changes: set) -> None:
        if Change.CALLBACKS in changes:
            read_op(self, lambda ctx: ctx.callbacks.counts()).success(self._recount)

    def _recount(self, counts: tuple[int, int]) -> None:
        """A callback changed: the due notice, if it is up, says the counts as they are now
        (a new reminder still comes only from ``remind``, once a minute)."""
        if "callbacks_due" not in self.notices.banners:
            return
        overdue, today = counts
        if overdue or today:
            self.notices.show_banner("callbacks_due", self._due_text(overdue, today),
                                     "warning" if overdue else "info")
        else:
            self.notices.clear_banner("callbacks_due")

    def _due_text(self, overdue: int, today: int) -> str:
        return self.tr("Callbacks: %1 overdue, %2 due today (F7 to see them).").replace(
            "%1", str(overdue)).replace("%2", str(today))

    def remind(self, shift_start: bool = False) -> None:
        read_op(self, lambda ctx: ctx.callbacks.counts()) \
            .success(lambda counts: self._remind(counts, shift_start))

    def _remind(self, counts: tuple[int, int], shift_start: bool) -> None:
        overdue, today = counts
        grew = overdue > self.last_counts[0] or today > self.last_counts[1]
        self.last_counts = (overdue, today)
        if not (overdue or today) or not (shift_start or grew):
            if not (overdue or today):
                self.notices.clear_banner("callbacks_due")
            return
        text = self._due_text(overdue, today)
        if not notify(self.tr("Desk callbacks"), text):
            self.notices.show_banner("callbacks_due", text, "warning" if overdue else "info")
        self.shell.status.say(text, 15000)

    def stop(self) -> None:
        self.stopped = True  # closing before forwarding started: it never starts
        self.reminders.stop()
        if self.worker is not None:
            self.worker.stop()
            self.worker.join(5)
        if self.view is not None:
            self.view.close()

