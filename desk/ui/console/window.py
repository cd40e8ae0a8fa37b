"""The console window: frame, shortcuts, banners; the database opens after the first paint.

Features plug in through ``install(window)`` hooks called once the database is
open (``desk.ui.callbacks``, ``desk.ui.escalation``): they add widgets to
``side_column``, ``header_row``, ``call_panel.actions_row`` and banners, and
listen to ``session``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.core.norms import TimerState
from desk.ui.console.actions import Action
from desk.ui.console.call_panel import CallPanel
from desk.ui.console.guidance import PlaybookPanel, WrapUpPanel
from desk.ui.services import Services
from desk.ui.session import CallSession
from desk.ui.widgets import BannerArea


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
        self._painted = False
        self.problem: str | None = None
        self.actions_by_id: dict[Action, QAction] = {}
        self.session = CallSession(services, self)

        central = QWidget(self)
        self.setCentralWidget(central)
        root = QVBoxLayout(central)

        self.header_row = QHBoxLayout()
        cfg = services.config
        self.identity_label = QLabel(
            f"<b>{cfg.branch['name']}</b> · {cfg.branch['unit']} · {cfg.branch['location']}"
            f" · {cfg.operator}", self)
        self.identity_label.setObjectName("identityLabel")
        self.header_row.addWidget(self.identity_label, 1)
        root.addLayout(self.header_row)

        self.banners = BannerArea(self)
        root.addWidget(self.banners)

        body = QHBoxLayout()
        self.call_panel = CallPanel(services, self.session, self)
        body.addWidget(self.call_panel, 3)

        side = QWidget(self)
        side.setObjectName("sideColumn")
        self.side_column = QVBoxLayout(side)
        self.side_column.setContentsMargins(0, 0, 0, 0)
        self.wrap_up = WrapUpPanel(services.content, side)
        self.wrap_up.hide()
        self.playbook: PlaybookPanel | None = None  # built the first time it is needed
        self.side_column.addWidget(self.wrap_up)
        self.side_column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        body.addWidget(scroll, 2)
        root.addLayout(body, 1)

        self.call_panel.timer_state_changed.connect(self._timer_state)
        self.call_panel.upset_changed.connect(self._upset)
        self._build_actions()
        from desk.ui.console import language_menu  # i12: Language and View menus

        language_menu.install(self)  # i12
        self.statusBar().showMessage(self.tr("Opening the call log…"))
        for warning in cfg.warnings:
            self.banners.show_banner(f"config_{abs(hash(warning))}", warning, "warning")
        self.resize(1100, 720)

    # -- start-up ------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()
            if not self.ready and self.problem is None:
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
        if self.ready or self.problem is not None:
            return
        from desk.store.db import DatabaseProblem

        try:
            self.services.open_database()
        except DatabaseProblem as exc:
            self.show_problem(str(exc))
            return
        self.ready = True
        self.call_panel.set_database_ready(True)
        self.statusBar().showMessage(
            self.tr("Ready · call log: %1").replace("%1", str(self.services.db_path)))
        self._install_features()
        self.database_ready.emit()
        self._offer_unfinished_calls()

    def _install_features(self) -> None:
        from desk.ui import callbacks, escalation
        from desk.ui.console import (  # i12: root_cause, shift_check, ring_check
            caller_history,
            phone_link,
            ring_check,
            root_cause,
            shift_check,
        )

        for name, feature in (("phone link", phone_link), ("caller history", caller_history),
                              ("callbacks", callbacks), ("security alarm", escalation),
                              ("start of shift", shift_check), ("root cause", root_cause),
                              ("answer by ring", ring_check)):
            try:
                feature.install(self)
            except Exception as exc:  # one broken feature must not take the console down
                import logging

                logging.getLogger("desk.ui").exception("%s failed to start", name)
                self.banners.show_banner(f"feature_{name}", self.tr(
                    "%1 could not start: %2").replace("%1", name).replace("%2", str(exc)),
                    "danger")

    def show_problem(self, message: str) -> None:
        """A database the console cannot use: say so plainly; touch nothing."""
        self.problem = message
        self.call_panel.set_database_ready(False)
        self.banners.show_banner("database", message, "danger")
        self.statusBar().showMessage(self.tr("No call log: calls cannot be recorded"))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Desk cannot open its call log"),
                          message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("databaseProblemDialog")
        box.setInformativeText(self.tr("The file was not changed. Start Desk with another "
                                       "file (--db) or ask IT to restore a backup."))
        box.open()

    def _offer_unfinished_calls(self) -> None:
        """After a crash or power cut, offer the open call back: resume or close it."""
        unfinished = self.services.desk.open_calls()
        if not unfinished:
            return
        call = unfinished[-1]
        for older in unfinished[:-1]:  # only one call can be live; older ones are history
            self.services.desk.close_interrupted(older.id)
        from desk.core.clock import parse_iso

        started = parse_iso(call.started_at).astimezone().strftime("%H:%M")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unfinished call"),
                          self.tr("A call started at %1 was not finished (Desk was closed or "
                                  "the computer stopped). Resume it?").replace("%1", started),
                          parent=self)
        box.setObjectName("recoverCallDialog")
        resume = box.addButton(self.tr("&Resume call"), QMessageBox.ButtonRole.AcceptRole)
        resume.setObjectName("resumeCallButton")
        close = box.addButton(self.tr("&Close as interrupted"), QMessageBox.ButtonRole.RejectRole)
        close.setObjectName("closeInterruptedButton")
        box.setDefaultButton(resume)

        def decided(button) -> None:
            if button is resume:
                self.session.resume(call.id)
            else:
                self.services.desk.close_interrupted(call.id)
                self.statusBar().showMessage(self.tr("The unfinished call was closed as "
                                                     "interrupted"), 8000)

        box.buttonClicked.connect(decided)
        self.recover_dialog = box
        box.open()

    # -- shortcuts -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        panel = self.call_panel
        handlers = {
            Action.START_CALL: lambda: panel.start_call("phone"),
            Action.START_VISIT: lambda: panel.start_call("counter"),
            Action.NEXT_STAGE: panel.next_stage,
            Action.PREVIOUS_STAGE: panel.previous_stage,
            Action.END_CALL: panel.ask_end_call,
            Action.UPSET: lambda: panel.upset.isEnabled() and panel.upset.toggle(),
            Action.FOCUS_NOTES: panel.notes.setFocus,
            Action.QUIT: self.close,
        }
        for number, stage in enumerate(self.services.content.stages, start=1):
            handlers[Action[f"STAGE_{number}"]] = (lambda s=stage.id: panel.enter_stage(s))
        call_menu = self.menuBar().addMenu(self.tr("&Call"))
        for action_id, handler in handlers.items():
            action = QAction(QCoreApplication.translate("Action", action_id.label), self)
            action.setShortcut(QKeySequence(action_id.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            call_menu.addAction(action)
            self.actions_by_id[action_id] = action
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))

    # -- guidance ------------------------------------------------------------------------

    def _timer_state(self, state: TimerState) -> None:
        self.wrap_up.setVisible(state in (TimerState.AMBER, TimerState.RED))

    def _upset(self, upset: bool) -> None:
        if upset and self.playbook is None:
            self.playbook = PlaybookPanel(self.services.content, self)
            self.side_column.insertWidget(self.side_column.indexOf(self.wrap_up) + 1,
                                          self.playbook)
        if self.playbook is not None:
            self.playbook.setVisible(upset)
        self.wrap_up.set_upset(upset)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A call still open stays open in the log and is offered back at the next start.
        self.call_panel.ticker.stop()
        self.closing.emit()
        super().closeEvent(event)
