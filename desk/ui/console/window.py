"""The console window: frame, shortcuts, banners and the parts it builds explicitly.

The window builds a small shell (``desk.ui.shell``: header, side panel, notices, actions,
the call session, status, and typed events) and hands it to every part; parts talk only
through it, never through the window's or another part's attributes. The window keeps
its parts as attributes (``escalation``, ``callbacks``…) for itself and for tests.

The alarm (button, emergency numbers, incident board) is built with the window and
never depends on the call log. The call log opens on the log thread right after the
first paint; every read and write goes through ``desk.ui.ops`` so the window never
waits on SQLite, and the status bar says plainly what is not saved yet.

Start-up order: the first frame builds only what it shows (and the parts that wait for
the log). Right after it the log's first read; a turn after "ready" (or after
``REST_AFTER_MS`` if the log is slow, or once it failed) the alarm service (at once on a
press before that: the button works from the first frame), then the parts with nothing on
screen (``_start_the_rest``): Python runs one thread at a time, so work started beside the
read only delays "ready". The alarm's record jumps the log thread's queue (priority jobs),
and until it is read back the console says "not read yet", never "never tested".
``tests/deploy/test_start_path.py`` fails when a heavy module comes back into the first
frame.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.core.norms import TimerState
from desk.ui.actions import Action
from desk.ui.console.call_panel import CallPanel
from desk.ui.console.guidance import WrapUpPanel
from desk.ui.ops import Change, read_op, run_op
from desk.ui.plain import message_box, plain_label
from desk.ui.services import Services
from desk.ui.session import CallSession
from desk.ui.shell import Actions, CallView, Header, Shell, SidePanel, Status
from desk.ui.widgets import BannerArea

REST_AFTER_MS = 300  # a slow log (busy, a network drive): the later parts come regardless


class DeskConsole(QMainWindow):
    database_ready = Signal()
    first_paint = Signal()  # the window is on screen (start-up benchmark)
    closing = Signal()  # features stop their timers and workers here

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("DeskConsole")
        self.setWindowTitle(self.tr("Desk — %1").replace("%1", services.config.branch["name"]))
        self.setAccessibleName(self.tr("Desk console"))
        self.ready = False
        self._opening = False
        self._painted = False
        self.problem: str | None = None
        self.session = CallSession(services, self)

        central = QWidget(self)
        self.setCentralWidget(central)
        root = QVBoxLayout(central)
        root.setSpacing(4)  # tight rows: the checklist gets the height (1024×700)
        root.setContentsMargins(6, 4, 6, 4)

        self.header_row = QHBoxLayout()
        cfg = services.config
        # Names from the config are plain text: the branch's name in bold by its font.
        self.branch_label = plain_label(cfg.branch["name"], self)
        self.branch_label.setObjectName("branchLabel")
        bold = self.branch_label.font()
        bold.setBold(True)
        self.branch_label.setFont(bold)
        self.identity_label = plain_label(
            f" · {cfg.branch['unit']} · {cfg.branch['location']} · {cfg.operator}", self)
        self.identity_label.setObjectName("identityLabel")
        self.identity_label.setWordWrap(True)  # a long unit or location wraps, never cuts
        self.header_row.addWidget(self.branch_label)
        self.header_row.addWidget(self.identity_label, 1)
        root.addLayout(self.header_row)
        self.rows = QVBoxLayout()  # narrow layout: the alarm's bar gets a row of its own here
        root.addLayout(self.rows)

        self.banners = BannerArea(self, clock=services.clock)
        root.addWidget(self.banners)
        self._hook_notices()

        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # narrow: one column
        self.call_panel = CallPanel(services, self.session, self)
        self.header_row.addWidget(self.call_panel.timer)  # before the alarm button
        body.addWidget(self.call_panel, 3)

        side = QWidget(self)
        side.setObjectName("sideColumn")
        self.side_column = QVBoxLayout(side)
        self.side_column.setContentsMargins(0, 0, 0, 0)
        self.wrap_up = WrapUpPanel(services.content, side)
        self.wrap_up.hide()
        self.playbook = None  # the stepper, built the first time a caller is upset
        self.side_column.addWidget(self.wrap_up)
        self.side_column.addStretch(1)
        scroll = self.side_scroll = QScrollArea(self)
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        body.addWidget(scroll, 2)
        root.addLayout(body, 1)

        self.call_panel.timer_state_changed.connect(self._timer_state)
        self.call_panel.upset_changed.connect(self._upset)
        actions = Actions(self)
        self._build_actions(actions)
        self.shell = Shell(self, services, self.session, header=Header(self.header_row),
                           side=SidePanel(self.side_column, scroll, body), notices=self.banners,
                           actions=actions, status=Status(self.statusBar()),
                           call=CallView(self.call_panel, self.session), arrange=self._arrange)
        self.database_ready.connect(self.shell.ready)
        self.closing.connect(self.shell.closing)
        self.call_panel.upset_changed.connect(self.shell.upset_changed)
        self.shell.language_changed.connect(self._language_changed)
        from desk.ui.console import language_menu  # Language and View menus

        self.language_menus = language_menu.install(self.shell)
        if cfg.warnings:  # for IT, in the operator's words; the file's lines in the tooltip
            from desk.config.checker import say_warning, unknown_count

            self.banners.show_banner("config_warnings", self.tr(
                "Branch config: %n unknown setting(s) ignored — please tell IT (point here "
                "for details).", "", unknown_count(cfg.warnings)), "warning",
                tooltip="\n".join(say_warning(w, QCoreApplication.translate)
                                  for w in cfg.warnings))
        # 1100×720, or the screen's room if it has less (a 1024×768 front-desk PC): a window
        # larger than its screen puts the alarm's button off its edge.
        room = self.screen().availableGeometry()
        self.resize(min(1100, room.width()), min(720, room.height()))

        self.ops = services.start_log(self)
        self.ops.status.connect(self._log_status)
        self.ops.failed.connect(self._op_failed)
        self._unsaved_reason: str | None = None
        self._build_parts()
        from desk.ui.console import layouts  # View ▸ Narrow layout (after the parts it moves)

        self.narrow_layout = layouts.install(self.shell)
        self.statusBar().showMessage(self.tr("Opening the call log…"))

    def _build_parts(self) -> None:
        """Each part of the console, built here, in one place. The alarm comes first and
        stands alone; the others start working once the call log is open. What the first
        frame shows is built with the window, and so are the parts that wait for the log
        (they connect to ``ready`` here); the rest once the log is open
        (``_start_the_rest``)."""
        from desk.ui.callbacks.controller import Callbacks
        from desk.ui.console.caller_history import CallerHistory
        from desk.ui.escalation.controller import Escalation
        from desk.ui.workers import Workers

        self.workers = Workers(self.shell)  # one supervisor for every background loop
        self.shell.supervisor = self.workers.supervisor
        self.escalation = self._build_part("security alarm", Escalation)
        self.caller_history = self._build_part("caller history", CallerHistory)
        if self.caller_history is not None:
            self.shell.side.put_on_top(self.caller_history)
        self.callbacks = self._build_part("callbacks", Callbacks)
        self.sync = None
        if self.services.config.sync["url"]:  # no [sync]: nothing of it is even loaded
            from desk.ui.sync_status import SyncStatus

            self.sync = self._build_part("head-office sync", SyncStatus)
        from desk.ui import help
        from desk.ui.console import shift_check
        from desk.ui.console.phone_link import PhoneLink

        self._build_part("help", help.install)  # its title is in the menu bar
        self.phone_link = self._build_part("phone link", PhoneLink)  # waits for "ready"
        self._build_part("start of shift", shift_check.install)  # asks once the log is open
        self.autostart = None
        self.tray = None  # the notification area (None: closing ends Desk)
        self._rest_started = False
        self.closing.connect(self._no_rest_after_closing)
        # After "ready" (Python runs one thread at a time: they would only delay it), or
        # after the problem, or if the log is slow: the parts below.
        self.database_ready.connect(lambda: QTimer.singleShot(0, self._start_the_rest))

    def _no_rest_after_closing(self) -> None:
        self._rest_started = True  # closed before the log opened: start nothing afterwards

    def _start_the_rest(self) -> None:
        """The alarm service (its channels, recorder, LAN listener), then the parts with
        nothing in the first frame: root cause, the review and start-at-login entries, the
        notification area (alarms heard with the window closed)."""
        if self._rest_started:
            return
        self._rest_started = True
        if self.escalation is not None:
            self._build_part("security alarm", lambda _shell: self.escalation.start_service())
        from desk.ui import review, tray
        from desk.ui.console import root_cause

        self._build_part("root cause", root_cause.install)
        self._build_part("review", review.install_action)
        self.autostart = self._build_part("start at login", tray.install_autostart)
        self.tray = self._build_part("notification area", tray.install)

    def _hook_notices(self) -> None:
        """The notice area learns from the window whether a call or an alarm is on; Esc puts
        the top info notice away; the status bar never repeats a notice's words."""
        area = self.banners
        area.in_call = lambda: self.session.active
        area.alarm_on = self._alarm_on
        self.session.started.connect(lambda *_: area.relayout())
        self.session.ended.connect(lambda *_: area.relayout())
        put_away = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, lambda: area.put_away())
        put_away.setObjectName("putAwayNoticeShortcut")
        put_away.setWhatsThis(self.tr("Put the top note away"))
        bar = self.statusBar()
        bar.messageChanged.connect(
            lambda text: text and text in area.texts() and bar.clearMessage())

    def _alarm_on(self) -> bool:
        # The alarm's acknowledgement timer runs from the press until a cancel or close.
        escalation = getattr(self, "escalation", None)
        return escalation is not None and escalation.incident_id is not None \
            and escalation.ack_timer.isActive()

    def _build_part(self, name: str, factory):
        """``factory(shell)``: a part gets the shell, never the window."""
        try:
            return factory(self.shell)
        except Exception as exc:  # one broken part must not take the console down
            import logging

            logging.getLogger("desk.ui").exception("%s failed to start", name)
            self.banners.show_banner(f"feature_{name}", self.tr(
                "%1 could not start: %2").replace("%1", name).replace("%2", str(exc)),
                "danger")
            return None

    # -- start-up ------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()
            QTimer.singleShot(0, self.open_database)  # the window is up: now the log

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Offscreen or unmapped windows may never paint: open the log regardless.
        QTimer.singleShot(200, self._open_if_still_closed)

    def _open_if_still_closed(self) -> None:
        if not self._painted:
            self._painted = True
            self.open_database()

    def open_database(self) -> None:
        """Open the log on its thread; the window stays live meanwhile. The alarm service
        and the parts with nothing on screen come a turn after "ready", or after
        ``REST_AFTER_MS`` if the log is slow (the alarm's button works before: a press
        starts its service at once)."""
        self._read_log()
        QTimer.singleShot(REST_AFTER_MS, self._start_the_rest)

    def _read_log(self) -> None:
        if self.ready or self.problem is not None or self._opening:
            return
        self._opening = True
        read_op(self, _unfinished_calls) \
            .success(self._database_opened).failure(self._database_failed)

    def _database_opened(self, unfinished) -> None:
        self._opening = False
        self.ready = True
        self.call_panel.set_database_ready(True)
        self.statusBar().showMessage(
            self.tr("Ready · call log: %1").replace("%1", str(self.services.db_path)))
        self.database_ready.emit()
        # sqlite-utils and the migration check load a turn after "ready", off its path.
        QTimer.singleShot(0, self.services.ops.finish_opening)
        self._offer_unfinished_calls(unfinished)
        run_op(self, lambda ctx: ctx.identity.take_copy_notice(),
               changes={Change.LOG_IDENTITY}).success(self._tell_copied)
        self._tell_foreign_owner()

    def _tell_foreign_owner(self) -> None:
        """A log another account owns (not the machine's shared one) is used as asked, and
        said: what is recorded here goes into their file."""
        from desk.store.db import foreign_owner

        owner = foreign_owner(self.services.db_path)
        if owner is not None:
            self.banners.show_banner("log_of_another_account", self.tr(
                "This call log belongs to another account, %1: what is recorded here goes "
                "into their file. If that is not meant to be, ask IT (or start Desk with your "
                "own file, --db).").replace("%1", owner), "warning")

    def _tell_copied(self, notice: str | None) -> None:
        """A log copied from another place got its own identity at open: say so once."""
        if notice:
            self.banners.show_banner("log_copied", self.tr(
                "This call log is a copy of one from another place. From now on it records "
                "under its own identity, so head office keeps both; its older rows keep where "
                "they came from."), "info")

    def _database_failed(self, exc: BaseException) -> None:
        self._opening = False
        from desk.store.db import DatabaseProblem

        if isinstance(exc, DatabaseProblem):
            self.show_problem(str(exc))
        else:
            self.show_problem(self.tr("the call log could not be opened: %1").replace(
                "%1", f"{type(exc).__name__}: {exc}"))

    def show_problem(self, message: str) -> None:
        """A database the console cannot use: say so plainly; touch nothing. The alarm
        keeps working (it does not need the log)."""
        self.problem = message
        self._start_the_rest()
        self.call_panel.set_database_ready(False)
        self.banners.show_banner("database", message, "danger")
        self.statusBar().showMessage(self.tr("No call log: calls cannot be recorded; the "
                                             "security alarm still works"))
        box = message_box(QMessageBox.Icon.Critical, self.tr("Desk cannot open its call log"),
                          message, QMessageBox.StandardButton.Ok, self)  # it names the file
        box.setObjectName("databaseProblemDialog")
        box.setInformativeText(self.tr("The file was not changed. The security alarm still "
                                       "works. Start Desk with another file (--db) or ask IT "
                                       "to restore a backup."))
        box.open()

    # -- what is not saved yet -----------------------------------------------------------

    def _log_status(self, reason: str, labels: list) -> None:
        if not reason:
            if self._unsaved_reason is not None:
                self._unsaved_reason = None
                self.banners.clear_banner("unsaved")
                self.statusBar().showMessage(self.tr("All changes are saved in the call log."),
                                             8000)
            return
        self._unsaved_reason = reason
        why = {"busy": self.tr("the call log is busy (another program holds it)"),
               "full": self.tr("the disk is full"),
               "read-only": self.tr("the call log is read-only"),
               "io": self.tr("the disk reports an error")}.get(reason, reason)
        what = ", ".join(dict.fromkeys(labels)) or self.tr("changes")
        text = self.tr("Not saved yet: %1 — %2; retrying. Nothing you typed is lost.") \
            .replace("%1", what).replace("%2", why)
        self.banners.show_banner("unsaved", text, "warning")  # said once, there

    def _op_failed(self, label: str, message: str) -> None:
        self.banners.show_banner("op_failed", self.tr("Could not save %1: %2").replace(
            "%1", label or self.tr("a change")).replace("%2", message), "danger")

    def _offer_unfinished_calls(self, unfinished) -> None:
        """After a crash or power cut, offer the open call back: resume or close it."""
        if not unfinished:
            return
        call, ticked, warned_at = unfinished[-1]
        for older, *_ in unfinished[:-1]:  # only one call can be live; older ones are history
            run_op(self, lambda ctx, i=older.id: ctx.calls.close_interrupted(i),
                   changes={Change.CALLS}, label=self.tr("an interrupted call"))
        from desk.ui.dates import local_time

        started = local_time(call.started_at)
        box = message_box(QMessageBox.Icon.Question, self.tr("Unfinished call"),
                          self.tr("A call started at %1 was not finished (Desk was closed or "
                                  "the computer stopped). Resume it?").replace("%1", started),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("recoverCallDialog")
        resume = box.addButton(self.tr("&Resume call"), QMessageBox.ButtonRole.AcceptRole)
        resume.setObjectName("resumeCallButton")
        close = box.addButton(self.tr("&Close as interrupted"), QMessageBox.ButtonRole.RejectRole)
        close.setObjectName("closeInterruptedButton")
        box.setDefaultButton(resume)

        def decided(button) -> None:
            if button is resume:
                self.session.resume(call, ticked, warned_at)
            else:
                run_op(self, lambda ctx: ctx.calls.close_interrupted(call.id),
                       changes={Change.CALLS}, label=self.tr("an interrupted call")) \
                    .success(lambda _row: self.statusBar().showMessage(
                        self.tr("The unfinished call was closed as interrupted"), 8000))

        box.buttonClicked.connect(decided)
        self.recover_dialog = box
        box.open()

    # -- shortcuts -----------------------------------------------------------------------

    def _build_actions(self, actions: Actions) -> None:
        panel = self.call_panel
        handlers = {
            Action.START_CALL: lambda: panel.start_call("phone"),
            Action.START_VISIT: lambda: panel.start_call("counter"),
            Action.NEXT_STAGE: panel.next_stage,
            Action.PREVIOUS_STAGE: panel.previous_stage,
            Action.COMPLETE_STAGE: panel.complete_stage,
            Action.END_CALL: panel.ask_end_call,
            Action.UPSET: lambda: panel.upset.isEnabled() and panel.upset.toggle(),
            Action.FOCUS_NOTES: panel.notes.setFocus,
            Action.QUIT: self.close,
        }
        for number, stage in enumerate(self.services.content.stages, start=1):
            handlers[Action[f"STAGE_{number}"]] = (lambda _=False, s=stage.id: panel.enter_stage(s))
        call_menu = actions.add_menu("call", self.tr("&Call"))
        self.actions_by_id = actions.by_id
        for action_id, handler in handlers.items():
            action = QAction(QCoreApplication.translate("Action", action_id.label), self)
            action.setShortcut(QKeySequence(action_id.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            call_menu.addAction(action)
            self.actions_by_id[action_id] = action
        self.actions_by_id[Action.COMPLETE_STAGE].setShortcuts(
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.tools_menu = actions.add_menu("tools", self.tr("&Tools"))

    def shortcut_names(self) -> dict[str, str]:
        """Keys -> what they do, from the shortcut registry (for Help's list, F1)."""
        native = QKeySequence.SequenceFormat.NativeText
        return {a.sequence().toString(native): QCoreApplication.translate("Action", a.label)
                for a in Action}

    # -- guidance ------------------------------------------------------------------------

    def _timer_state(self, state: TimerState) -> None:
        self.wrap_up.setVisible(state in (TimerState.AMBER, TimerState.RED))

    def _upset(self, upset: bool) -> None:
        if upset and self.playbook is None:
            from desk.ui.console.playbook import PlaybookStepper

            self.playbook = PlaybookStepper(self.services.content, self, call=self.shell.call)
            self.shell.playbook_built.emit(self.playbook)
        if self.playbook is not None:
            if upset:  # on top of the side column (under an alarm's board): no scrolling
                self.shell.side.put_on_top(self.playbook)
            self.playbook.setVisible(upset)
            if upset:
                self.side_scroll.ensureWidgetVisible(self.playbook, 0, 0)
        self.wrap_up.set_upset(upset)

    # -- the parts' layout and language ---------------------------------------------------

    def _arrange(self, narrow: bool) -> None:
        """Wide: the timer and the alarm in the header. Narrow: one column; the timer beside
        End call (a size smaller), the alarm and emergency numbers on a row of their own.
        Widgets move, they are never rebuilt (objectNames and state stay)."""
        panel = self.call_panel
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                               else QBoxLayout.Direction.LeftToRight)
        panel.set_narrow(narrow)
        self.side_scroll.setMinimumWidth(0 if narrow else 340)
        panel.checklist.compact = narrow
        panel.checklist._show_progress()  # retitle the tabs, keep the selection
        panel.timer.font_pt = 14 if narrow else 18
        panel.refresh_timer() if self.session.active else panel.timer.show_idle()
        if narrow:
            panel.top_grid.addWidget(panel.timer, 1, 1, 1, 3)
        else:
            self.header_row.addWidget(panel.timer)
        for widget in self.shell.header.added:  # the alarm's bar
            (self.rows if narrow else self.header_row).addWidget(widget)
        self.centralWidget().layout().setSpacing(2 if narrow else 4)
        panel.checklist.list.setStyleSheet(  # a stage's items in view, wrapped lines and all
            "QListWidget#stageChecklist::item { padding: 2px; }" if narrow else "")
        # Branch, unit and operator are in the title bar too; the column needs the row.
        self.branch_label.setVisible(not narrow)
        self.identity_label.setVisible(not narrow)

    def _language_changed(self, content) -> None:
        """The same call, stages and items, redrawn in the new words."""
        from desk.ui.console import retranslate

        self.call_panel.checklist.set_content(content)
        self.wrap_up.set_content(content)
        if self.playbook is not None:
            self.playbook.set_content(content)
        for owner, fallback in ((self, retranslate.window),
                                (self.call_panel, retranslate.call_panel)):
            hook = getattr(owner, "retranslate", None)  # a widget's own hook, once it has one
            if callable(hook):
                hook()
            else:
                fallback(owner)
        if not self.session.active:
            self.call_panel.timer.show_idle()
        else:
            self.call_panel.refresh_timer()

    # -- what tests look at (parts keep these themselves) ---------------------------------

    @property
    def help_menu(self):
        return self.shell.actions.menu("help")

    @property
    def shift_check(self):
        """The start-of-shift panel, once shown."""
        return self.findChild(QWidget, "shiftCheckPanel")

    @property
    def review_window(self):
        """The supervisor review opened from Tools ▸ Review (a window of its own)."""
        from PySide6.QtWidgets import QApplication
        from shiboken6 import isValid

        return next((w for w in QApplication.topLevelWidgets()
                     if isValid(w) and w.objectName() == "ReviewWindow" and w.isVisible()),
                    None)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.tray is not None and self.tray.hide_instead_of_closing():
            event.ignore()  # still listening to the LAN in the notification area
            return
        # A call still open stays open in the log and is offered back at the next start.
        self.call_panel.ticker.stop()
        self.closing.emit()
        self.ops.stop()  # queued writes land first (the thread drains its queue in order)
        super().closeEvent(event)


def _unfinished_calls(ctx) -> list:
    """On the log thread: calls a crash left open, each with its ticked items and when the
    caller was warned for abuse (if they were)."""
    return [(call, ctx.calls.ticked(call.id), ctx.shift.abuse_warned_at(call.id))
            for call in ctx.calls.open_calls()]
