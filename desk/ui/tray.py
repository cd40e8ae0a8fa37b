"""Alarms heard with the window closed: Desk stays in the notification area.

With a LAN alarm channel, closing the console hides it instead: the LAN listener keeps
running, an alarm from another desk brings the window back (and says so in a tray
message), and the tray menu can raise the alarm, open Desk or quit it (after saying
that alarms from other desks will no longer show). A call in progress still closes the
normal way. Where the desktop has no notification area, closing behaves as before and
a banner says so. Tools ▸ Start Desk at login writes or removes the autostart entry
(``desk.platform.autostart``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from desk.core.states import AlarmEvent
from desk.platform import autostart
from desk.platform.notifications import notification_text
from desk.ui.plain import message_box, set_tooltip

AUTOSTART_KEY = "startAtLogin"  # QSettings, beside the view options


def system_tray_available() -> bool:
    """Whether the desktop shows tray icons (a seam: offscreen has none, tests say so)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def install_autostart(shell) -> AutostartOption:
    """Tools ▸ Start Desk at login, always."""
    return AutostartOption(shell)


def install(shell) -> DeskTray | None:
    """The tray when a LAN channel is configured (and the alarm runs)."""
    if shell.alarm is None \
            or not any(c.type == "lan" for c in shell.services.config.channels):
        return None  # nothing arrives while closed: closing may end Desk
    if not system_tray_available():
        shell.notices.show_banner("tray_missing", QCoreApplication.translate("DeskTray",
            "This desktop has no notification area: closing Desk stops alarms from other "
            "desks showing on this computer. Keep the window open (minimise it)."), "warning")
        return None
    return DeskTray(shell)


class DeskTray(QObject):
    def __init__(self, shell):
        super().__init__(shell)
        self.shell = shell
        self.host = shell.host
        self.quitting = False
        self.told_hidden = False
        self.messages: list[tuple[str, str]] = []  # what the tray said, newest last
        self._shown_alarms: set[str] = set()
        self.icon = QSystemTrayIcon(QIcon(_icon_path()), self)
        self.icon.setObjectName("deskTray")
        self.menu = QMenu(self.host)
        self.menu.setObjectName("trayMenu")
        self.raise_action = self._action("trayRaiseAlarmAction", self.raise_alarm)
        self.open_action = self._action("trayOpenAction", self.show_window)
        self.menu.addSeparator()
        self.quit_action = self._action("trayQuitAction", self.ask_quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        shell.alarm_event.connect(self._alarm_event)
        self.host.installEventFilter(self)
        self.retranslate()
        # Hidden is not closed: a dialog closing while the window is hidden must not end Desk.
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        # Logging out ends Desk through the window's own close (queued writes land first).
        app.aboutToQuit.connect(self._app_quitting)
        self.icon.show()

    def _action(self, name: str, handler) -> QAction:
        action = QAction(self.menu)
        action.setObjectName(name)
        action.triggered.connect(handler)
        self.menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.raise_action.setText(self.tr("Raise security &alarm"))
        self.open_action.setText(self.tr("&Open Desk"))
        self.quit_action.setText(self.tr("&Quit"))
        set_tooltip(self.icon, self.tr("Desk: listening for alarms from other desks"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if watched is self.host and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def notify(self, title: str, text: str, icon=QSystemTrayIcon.MessageIcon.Information):
        self.messages.append((title, text))
        # A peer's words (branch, location) may be read as markup by the desktop's
        # notification server: the same safe text as every other notification.
        title, text = notification_text(title, text)
        self.icon.showMessage(title, text, icon, 15000)

    # -- closing ---------------------------------------------------------------------------

    def hide_instead_of_closing(self) -> bool:
        """Called by the window's closeEvent: True when it went to the tray instead."""
        if self.quitting:
            return False
        if self.shell.session.active:  # a call in progress: the normal close path
            self._end_with_window()
            return False
        self.host.hide()
        if not self.told_hidden:
            self.told_hidden = True
            self.notify(self.tr("Desk is still running"), self.tr(
                "Alarms from other desks will still show here. Use Quit in this icon's menu "
                "to end Desk."))
        return True

    def ask_quit(self) -> None:
        box = message_box(QMessageBox.Icon.Warning, self.tr("Quit Desk?"), self.tr(
            "After quitting, alarms from other desks will no longer show on this computer "
            "until Desk is started again."), QMessageBox.StandardButton.NoButton)
        box.setObjectName("trayQuitDialog")
        quit_button = box.addButton(self.tr("&Quit Desk"), QMessageBox.ButtonRole.AcceptRole)
        quit_button.setObjectName("trayQuitConfirmButton")
        keep = box.addButton(self.tr("&Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(lambda button: button is quit_button and self.quit())
        self.quit_dialog = box
        box.open()

    def quit(self) -> None:
        """End Desk: the window's normal close (the LAN listener stops), then the app."""
        self._end_with_window()
        self.host.close()
        app = QApplication.instance()
        if getattr(app, "_desk_console", None) is self.host:  # started by desk.app.main
            app.quit()

    def _app_quitting(self) -> None:
        if not self.quitting:
            self._end_with_window()
            self.host.close()

    def _end_with_window(self) -> None:
        self.quitting = True
        self.icon.hide()
        QApplication.instance().setQuitOnLastWindowClosed(True)

    # -- the menu and alarms ---------------------------------------------------------------

    def show_window(self) -> None:
        self.host.showNormal()
        self.host.raise_()
        self.host.activateWindow()

    def raise_alarm(self) -> None:
        alarm = self.shell.alarm
        alarm.press()
        if "alarm_failed" in self.shell.notices.banners:  # says to call the number: show it
            self.show_window()
            self.notify(self.tr("The alarm could NOT be raised"),
                        self.tr("Call the emergency number now."),
                        QSystemTrayIcon.MessageIcon.Critical)
        elif alarm.is_open() and not alarm.silent:
            self.notify(self.tr("Security alarm raised"),
                        self.tr("Open Desk to see who has been reached."),
                        QSystemTrayIcon.MessageIcon.Warning)

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def _alarm_event(self, kind: str, details: dict) -> None:
        """An alarm from another desk: the window comes back with it (once per alarm)."""
        if kind != AlarmEvent.REMOTE_ALARM or details.get("uid") in self._shown_alarms:
            return
        self._shown_alarms.add(details.get("uid"))
        hidden = not self.host.isVisible()
        self.show_window()
        if hidden:
            self.notify(self.tr("Security alarm from another desk"),
                        f"{details.get('branch')}, {details.get('location')} "
                        f"({details.get('workstation')})",
                        QSystemTrayIcon.MessageIcon.Critical)


class AutostartOption(QObject):
    """Tools ▸ Start Desk at login: the choice is kept in QSettings, the entry follows it."""

    def __init__(self, shell):
        super().__init__(shell)
        from desk.ui.theme import settings

        self.host, self.notices = shell.host, shell.notices
        self.settings = settings()
        self.action = QAction(self.host)
        self.action.setObjectName("startAtLoginAction")
        self.action.setCheckable(True)
        wanted = str(self.settings.value(AUTOSTART_KEY, "false")).lower() in ("true", "1")
        self.action.setChecked(wanted or autostart.is_enabled())
        if wanted:
            self._apply(True)  # the entry points at this program, wherever it now lives
        self.action.toggled.connect(self.set_enabled)
        shell.actions.add("tools", self.action)
        self.host.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Start Desk at &login"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if watched is self.host and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def set_enabled(self, on: bool) -> None:
        self.settings.setValue(AUTOSTART_KEY, on)
        self._apply(on)

    def _apply(self, on: bool) -> None:
        try:
            autostart.enable() if on else autostart.disable()
        except OSError as exc:
            self.notices.show_banner("autostart", self.tr(
                "Could not change starting at login: %1").replace("%1", str(exc)), "warning")


def _icon_path() -> str:
    from desk.paths import resource

    return str(resource("icons", "desk.svg"))
