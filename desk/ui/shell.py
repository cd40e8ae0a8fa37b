"""The console's shell: the few services and events a part of the console may use.

A part (the alarm, callbacks, caller history, the phone link, sync, the tray, the
menus…) is built with the shell, never with the window. It adds its widgets, menu
entries and shortcuts through the shell's services and hears about the call, the log
and the alarm through the shell's signals; it never reaches into the window or into
another part's attributes (``tests/ui/test_shell_only.py`` reads the sources for that).
The console window (``desk.ui.console.window``) builds the shell and hands it to parts.

Services:
    ``services``   the app's ``Services`` (config, clock, content, the log's ops…)
    ``host``       the window as a Qt parent for widgets, dialogs and shortcuts, and for
                   Qt's own window calls (show, hide, raise, close); nothing of its own
    ``header``     the row at the top (branch, identity, then what parts add: the alarm)
    ``side``       the side panel (caller history, the incident board, guidance…)
    ``notices``    the notice area (``desk.ui.widgets.BannerArea``: show_banner, clear_banner…)
    ``actions``    the menus and shortcuts (``desk.ui.actions.Action`` ids)
    ``session``    the call in progress (``desk.ui.session.CallSession``)
    ``call``       what parts may do on the call panel (ticks, notes, the end-of-call dialog)
    ``status``     the status bar
    ``supervisor`` the one supervisor of background loops (``desk.supervisor``)
    ``alarm``      the security alarm as others see it (None when it could not start)

This module imports nothing of ``desk.ui.console``: parts in ``ui/callbacks`` and
``ui/escalation`` may name it without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from desk.ui.actions import Action
from desk.ui.services import Services
from desk.ui.session import CallSession
from desk.ui.widgets import BannerArea


class Header:
    """The row at the top of the console. Parts add to its right end (the alarm's bar)."""

    def __init__(self, row: QHBoxLayout):
        self._row = row
        self.added: list[QWidget] = []  # what parts put there, in order (the narrow layout
        # gives them rows of their own)

    def add(self, widget: QWidget) -> None:
        self._row.addWidget(widget)
        self.added.append(widget)


class SidePanel:
    """The side column, in its scroll area."""

    def __init__(self, column: QVBoxLayout, scroll: QScrollArea, body: QBoxLayout):
        self._column, self._scroll, self._body = column, scroll, body
        self._pinned: list[QWidget] = []  # first for good, whatever comes later

    def pin_on_top(self, widget: QWidget) -> None:
        """``widget`` first in the column for good (the alarm's board): whatever another
        part puts on top later (the start-of-shift check, the playbook) goes under it."""
        self._pinned.append(widget)
        self.put_on_top(widget)

    def put_on_top(self, widget: QWidget) -> None:
        """``widget`` first in the column, under the pinned ones (moved if it was lower)."""
        pinned = self._pinned.index(widget) if widget in self._pinned else len(self._pinned)
        self._column.insertWidget(pinned, widget)

    def bring_into_view(self, widget: QWidget, margin: int = 50) -> None:
        self._scroll.ensureWidgetVisible(widget, margin, margin)

    def add_before(self, widget: QWidget) -> None:
        """``widget`` just before the side panel in the console's body (a fold button)."""
        self._body.insertWidget(self._body.indexOf(self._scroll), widget)

    def set_shown(self, shown: bool) -> None:
        self._scroll.setVisible(shown)


class Actions:
    """The console's menus and shortcuts. Menus are named: ``call``, ``tools``, and those
    parts add (``language``, ``view``, ``help``), in the menu bar's order of adding."""

    def __init__(self, host: QMainWindow):
        self._host = host
        self._menus: dict[str, QMenu] = {}
        self.by_id: dict[Action, QAction] = {}  # the console's own call actions

    def add_menu(self, name: str, title: str = "") -> QMenu:
        menu = self._host.menuBar().addMenu(title)
        self._menus[name] = menu
        return menu

    def menu(self, name: str) -> QMenu | None:
        return self._menus.get(name)

    def add(self, menu: str, action: QAction) -> QAction:
        self._menus[menu].addAction(action)
        return action

    def shortcut(self, keys: QKeySequence, handler: Callable[[], object] | None = None, *,
                 context=Qt.ShortcutContext.WindowShortcut) -> QShortcut:
        """A key of the console's window that is not in a menu."""
        shortcut = QShortcut(keys, self._host)
        shortcut.setContext(context)
        if handler is not None:
            shortcut.activated.connect(handler)
        return shortcut


class Status:
    """The status bar: a passing message, or a widget kept at its right end."""

    def __init__(self, bar: QStatusBar):
        self._bar = bar

    def say(self, text: str, timeout_ms: int = 0) -> None:
        self._bar.showMessage(text, timeout_ms)

    def add_permanent(self, widget: QWidget) -> None:
        self._bar.addPermanentWidget(widget)


class CallView:
    """What parts may do on the call panel besides the session's own writes: read what is
    typed, tick what the console proves, add notes, promise a callback, ask to end."""

    def __init__(self, panel, session: CallSession):
        self._panel, self._session = panel, session

    def typed(self) -> dict:
        """What is typed in the caller fields now, valid yet or not (for an incident)."""
        return self._panel.typed()

    def add_button(self, widget: QWidget) -> None:
        """A button at the start of the call's action row."""
        self._panel.actions_row.insertWidget(0, widget)

    def add_below_checklist(self, widget: QWidget) -> None:
        layout = self._panel.layout()
        layout.insertWidget(layout.indexOf(self._panel.checklist) + 1, widget)

    def tick_by_console(self, stage: str, item: str) -> None:
        """An item the console proved (not the operator): ticked, and shown as the console's."""
        self._session.ticked.add((stage, item))
        self._panel.checklist.by_console.add((stage, item))

    def show_ticks(self, stage: str) -> None:
        """Redraw the checklist's ticks if ``stage`` is the one on screen."""
        checklist = self._panel.checklist
        if checklist.stage_id == stage:
            checklist.show_stage(stage, self._session.ticked)

    def console_tick(self, event: str, value: object = True) -> None:
        """What the operator did proves an item (e.g. a root cause was written)."""
        self._panel.console_tick(event, value)

    def add_notes(self, notes: str, tried: list[str]) -> None:
        """Earlier notes appended to the call's notes; what was tried, if that field is empty."""
        field = self._panel.notes
        current = field.toPlainText().rstrip()
        field.setPlainText((current + "\n" if current else "") + notes)  # stored as it changes
        if not self._panel.tried.text() and tried:
            self._panel.tried.setText("; ".join(tried))
            self._session.update(tried=self._panel.tried.text())

    def callback_promised(self, callback: dict, due_date: str) -> None:
        """A callback was taken for this call: the checklist's words name its department and
        day, the end-of-call dialog suggests "callback", "said where it goes" is ticked."""
        self._panel.checklist.set_placeholders(department=callback["department"],
                                               due_date=due_date)
        self._panel.suggested_outcome = "callback"
        self._panel.callback_saved(callback)

    def ask_end(self, outcome: str | None = None) -> None:
        """Open the end-of-call dialog (as F4 does), ``outcome`` chosen if it may be."""
        self._panel.ask_end_call(outcome)


@dataclass
class Alarm:
    """The security alarm as other parts see it; the alarm part fills it in."""

    press: Callable[[], None]  # raise it (as the button does)
    is_open: Callable[[], bool]  # an incident is on screen
    last_test: Callable[[], str | None]  # when it last proved working (ISO), from its record
    proof_read: Callable[[], bool]  # its record was read back (before: last_test unknown)
    silent: bool  # a silent alarm shows nothing anyone near the desk could read


class Shell(QObject):
    """Named services and typed events of the console (see the module's text)."""

    # -- events (payloads as documented; all on the UI thread) --
    ready = Signal()  # the call log is open: parts may read and write it now
    closing = Signal()  # the console closes: stop timers, threads and windows
    call_started = Signal(object)  # CallRow that started (its id is 0 until recorded)
    call_changed = Signal(object)  # CallRow: caller details, notes, stage or mood changed
    call_ended = Signal(object)  # CallRow as it ended (outcome, topic, ended_at)
    upset_changed = Signal(bool)  # the operator marked the caller upset (True) or not
    playbook_built = Signal(object)  # the difficult-caller stepper, built at the first upset
    alarm_raised = Signal(str)  # uid of the incident now on screen (raised or reopened)
    alarm_event = Signal(str, dict)  # every AlarmEvent from the alarm service: kind, details
    language_changed = Signal(object)  # the new Content, after the translator is swapped

    def __init__(self, host: QMainWindow, services: Services, session: CallSession, *,
                 header: Header, side: SidePanel, notices: BannerArea, actions: Actions,
                 status: Status, call: CallView, arrange: Callable[[bool], None]):
        super().__init__(host)
        self.host = host
        self.services = services
        self.session = session
        self.header, self.side, self.notices = header, side, notices
        self.actions, self.status, self.call = actions, status, call
        self._arrange = arrange
        self.supervisor = None  # set by the window before any part that runs a loop
        self.alarm: Alarm | None = None
        self.log_open = False  # True from ``ready`` on (connected first: before any part)
        self.ready.connect(self._log_opened)
        session.started.connect(self.call_started)
        session.changed.connect(self.call_changed)
        session.ended.connect(self.call_ended)

    def _log_opened(self) -> None:
        self.log_open = True

    def arrange(self, narrow: bool) -> None:
        """Lay the console out as one narrow column (True) or wide (False)."""
        self._arrange(narrow)

    def provide_alarm(self, alarm: Alarm) -> None:
        self.alarm = alarm


# Every public name of the shell: the source scan allows these after ``shell.``.
SERVICES = frozenset({
    "host", "services", "session", "header", "side", "notices", "actions", "status", "call",
    "supervisor", "alarm", "provide_alarm", "arrange", "log_open",
    "ready", "closing", "call_started", "call_changed", "call_ended", "upset_changed",
    "playbook_built", "alarm_raised", "alarm_event", "language_changed",
})
