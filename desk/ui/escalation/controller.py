"""Wires the alarm service into the console: button, shortcut, board, banners, LAN alerts.

Built with the window, before and without the call log: the service sends from memory
and keeps its own record, so a damaged or locked log never stops an alarm. The button,
numbers and board are in the first frame; the service (its channels' modules: urllib,
smtplib, sockets, the LAN link) starts a turn after the console is ready (or
``REST_AFTER_MS`` after the first paint if the log is slow, at once if it failed), or at
once on a press that comes before that.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence

from desk.core.clock import parse_iso
from desk.core.states import AlarmEvent, DeliveryState, MessageKind
from desk.core.textsafety import NAME_MAX, display_text
from desk.ui.escalation.bridge import AlarmEvents
from desk.ui.escalation.hotkey import ModalHotkey, alarm_sequence
from desk.ui.escalation.incident_panel import CancelAlarmDialog, IncidentPanel
from desk.ui.escalation.proof import AlarmProof
from desk.ui.escalation.remote_alert import RemoteAlert
from desk.ui.escalation.security_bar import SecurityBar
from desk.ui.shell import Alarm


class Escalation(QObject):
    def __init__(self, shell):
        super().__init__(shell)
        self.shell = shell
        self.notices = shell.notices
        services = shell.services
        self.config = services.config
        self.security = self.config.security
        self.clock = services.clock
        self.incident_id: str | None = None  # the open incident's uid
        # Incidents the recorder said the log could not take (kept in its journal by then):
        # only these say so on the board; one not recorded *yet* is simply on its way.
        self.not_recorded: set[str] = set()
        self.remote_alerts: dict[str, RemoteAlert] = {}
        self.events = AlarmEvents(self)
        self.events.event.connect(self._on_event)
        self.events.event.connect(shell.alarm_event)  # the tray hears them too
        self._service = None  # built on first use: after the first paint, or on a press

        keys, key_problem = alarm_sequence(self.security["shortcut"])
        host = shell.host
        self.bar = SecurityBar(keys.toString(QKeySequence.SequenceFormat.NativeText), host)
        self.bar.button.clicked.connect(self.raise_alarm)
        shell.header.add(self.bar)
        # Whatever has focus, in any window of Desk.
        self.shortcut = shell.actions.shortcut(keys, self.raise_alarm,
                                               context=Qt.ShortcutContext.ApplicationShortcut)
        self.hotkey = ModalHotkey(self.shortcut.key(), self.raise_alarm, host)

        self.bar.show_numbers(self.security["emergency_numbers"])
        self.panel = IncidentPanel(self.security["emergency_numbers"], host)
        self.panel.hide()
        self.panel.cancel_button.clicked.connect(self.ask_cancel)
        self.panel.close_button.clicked.connect(self.close_incident)
        shell.side.pin_on_top(self.panel)  # an alarm's board is never under anything

        self.ack_timer = QTimer(self)
        self.ack_timer.setInterval(1000)
        self.ack_timer.timeout.connect(self.refresh)
        shell.closing.connect(self.stop)

        self.started = False  # the service starts a turn after ready (or at once on a press)
        if key_problem:
            self.notices.show_banner("alarm_shortcut", key_problem, "warning")
        self.proof = AlarmProof(shell, _OnFirstUse(self))  # tests, start-up checks, their age
        shell.provide_alarm(Alarm(press=self.raise_alarm,
                                  is_open=lambda: self.incident_id is not None,
                                  last_test=lambda: self.service.last_successful_test(),
                                  proof_read=lambda: self.service.proof_read,
                                  silent=bool(self.security["silent"])))

    @property
    def service(self):
        """The alarm service, built the first time anything needs it."""
        if self._service is None:
            from desk.alerts.service import AlarmService

            services = self.shell.services
            self._service = AlarmService(services.db_path, self.config, self.clock,
                                         services.identity, self.events,
                                         supervisor=self.shell.supervisor,
                                         writer=services.writer)
            if self._service.lan_error:
                self.notices.show_banner("alarm_lan", self.tr("LAN alarms: %1").replace(
                    "%1", self._service.lan_error), "danger")
        return self._service

    def start_service(self) -> None:
        """Start the channel workers, the recorder and the LAN listener. Called by the window
        a turn after "ready" (or once the log is slow or failed), so their threads do not
        slow the first frame or the log's first read; a press before that starts them at
        once."""
        if self.started:
            return
        self.started = True
        self.service.start()
        self.proof.start()
        reopened = self.service.open_incident()
        if reopened is not None and not reopened.acknowledged_at:
            self._show(reopened.uid)  # an alarm still open before a restart

    # -- raising -----------------------------------------------------------------------------

    def raise_alarm(self) -> None:
        """One press: the incident is stored and on its way; feedback at once, no dialog."""
        self.start_service()
        if self.incident_id is not None:
            current = self._incident()
            if not current.cancelled_at and not current.acknowledged_at \
                    and not current.closed_at:
                self.refresh()  # still waiting for security: no second incident for one threat
                return
        session = self.shell.session
        try:
            context = session.context(self.shell.call.typed())
            incident_id = self.service.raise_alarm(context, call_id=session.call_id)
        except Exception as exc:  # never a silent button
            numbers = ", ".join(self.security["emergency_numbers"])
            self.notices.show_banner("alarm_failed", self.tr(
                "The alarm could NOT be raised (%1). Call %2 now.").replace(
                "%1", str(exc) or type(exc).__name__).replace("%2", numbers), "danger")
            self.bar.show_state(self.tr("alarm NOT raised: call %1").replace("%1", numbers),
                                "bad")
            return
        self.notices.clear_banner("alarm_failed")
        self._show(incident_id)

    def _show(self, incident_id: str) -> None:
        self.incident_id = incident_id
        if not self.security["silent"]:
            # The incident board is pinned first in the side column (above the start of
            # shift, caller history, the playbook): shown, and brought into view.
            self.panel.show()
            self.shell.side.bring_into_view(self.panel)
        self.ack_timer.start()
        self.refresh()
        self.shell.alarm_raised.emit(incident_id)

    def _incident(self):
        return self.service.view(self.incident_id)

    def refresh(self) -> None:
        if self.incident_id is None:
            return
        view = self._incident()
        incident, deliveries = _as_rows(view)
        identity = self.service.identity  # cancelled or closed at this console: by its operator
        incident["ended_by"] = f"{identity.operator} ({identity.workstation})"
        overdue = self._ack_overdue(view)
        self.panel.show_incident(incident, deliveries, overdue, labels=self.proof.labels())
        alarms = [d for d in deliveries if d["message"] == MessageKind.ALARM]
        done = sum(d["status"] in (DeliveryState.DELIVERED, DeliveryState.ACKNOWLEDGED)
                   for d in alarms)
        if view.cancelled_at:
            self.bar.show_state(self.tr("alarm cancelled"), "ok")
            self.ack_timer.stop()
        elif view.acknowledged_at:
            self.bar.show_state(self.tr("acknowledged"), "ok")
        else:
            level = "bad" if overdue or not alarms else "pending"
            text = self.tr("alarm: %1 of %2 channels reached").replace(
                "%1", str(done)).replace("%2", str(len(alarms)))
            if self.security["silent"]:  # the panel stays hidden: the numbers go here
                text += " · " + ", ".join(self.security["emergency_numbers"])
            self.bar.show_state(text, level)
        self.panel.show_recorded(view.recorded or self.incident_id not in self.not_recorded)
        if overdue and not self.security["silent"]:
            numbers = ", ".join(self.security["emergency_numbers"])
            self.notices.show_banner(
                "alarm_ack", self.tr("Nobody has acknowledged the alarm within %1 s. Call %2 "
                                     "now.").replace("%1", str(int(self.security["ack_timeout_s"])))
                .replace("%2", numbers), "danger")
        else:
            self.notices.clear_banner("alarm_ack")

    def _ack_overdue(self, view) -> bool:
        if view.acknowledged_at or view.cancelled_at or view.closed_at:
            return False
        waited = (self.clock.now() - parse_iso(view.raised_at)).total_seconds()
        return waited >= float(self.security["ack_timeout_s"])

    # -- cancelling ----------------------------------------------------------------------------

    def ask_cancel(self) -> None:
        if self.incident_id is None:
            return
        dialog = CancelAlarmDialog(self.shell.host)
        self.cancel_dialog = dialog
        dialog.accepted.connect(lambda: self.cancel(dialog.reason.text()))
        dialog.open()

    def cancel(self, reason: str) -> None:
        self.service.cancel(self.incident_id, reason)
        self.refresh()

    def close_incident(self) -> None:
        """The panel goes; the record stays. A cancelled alarm is only put away."""
        if self.incident_id is None:
            return
        if not self._incident().cancelled_at:
            self.service.close(self.incident_id)
        self.refresh()
        self.incident_id = None
        self.ack_timer.stop()
        self.panel.hide()
        self.notices.clear_banner("alarm_ack")

    # -- events from the workers and the LAN (already on the UI thread) -------------------------

    def _on_event(self, kind: str, details: dict) -> None:
        if kind == AlarmEvent.NOT_RECORDED:
            self.not_recorded.add(details.get("uid"))
        elif kind == AlarmEvent.RECORDED:
            self.not_recorded.discard(details.get("uid"))
        if kind in (AlarmEvent.DELIVERY, AlarmEvent.ACKNOWLEDGED, AlarmEvent.RECORDED,
                    AlarmEvent.NOT_RECORDED):
            if details.get("uid") == self.incident_id:
                self.refresh()
                self.proof.check_last_test()  # a real alarm on every channel proves it too
            elif details.get("uid") == self.proof.test_incident:
                self.proof.show_test_result()
        elif kind == AlarmEvent.RESTORED:
            self._restored(details.get("open"))
            self.proof.check_last_test()
        elif kind == AlarmEvent.REMOTE_ALARM:
            self._remote_alarm(details)
        elif kind == AlarmEvent.REMOTE_CANCEL:
            alert = self.remote_alerts.get(details.get("uid", ""))
            if alert is not None:
                alert.cancelled(details.get("reason") or "")
        elif kind == AlarmEvent.REMOTE_TEST:
            self.notices.show_banner(
                "alarm_remote_test", self.tr("Alarm test received from %1 (no action needed)")
                .replace("%1", display_text(details.get("workstation"), NAME_MAX, True)),
                "info")
        elif kind == AlarmEvent.FILE_REFUSED:  # e.g. an alarm journal another account planted
            self.notices.show_banner("file_refused", self.tr(
                "Not read: %1 (%2). Alarms still work; ask IT to remove that file.")
                .replace("%1", display_text(details.get("path", ""), 500, True))
                .replace("%2", display_text(details.get("why", ""), 500, True)), "danger")
        elif kind == AlarmEvent.IN_APP and not self.security["silent"]:
            self.notices.show_banner(
                "alarm_desktop", self.tr("Desktop notifications are not available here: the "
                                         "alarm is shown in this window instead."), "warning")

    def _restored(self, uid: str | None) -> None:
        """The log was read back after a start: an alarm still open comes back on screen."""
        if uid is None or self.incident_id is not None:
            return
        view = self.service.view(uid)
        if not view.acknowledged_at and not view.closed_at and not view.cancelled_at:
            self._show(uid)

    def _remote_alarm(self, message: dict) -> None:
        uid = message.get("uid", "")
        if uid in self.remote_alerts:
            return
        alert = RemoteAlert(message, self.notices)
        alert.acknowledged.connect(self.service.acknowledge_remote)
        self.notices.layout_.insertWidget(0, alert)  # above every notice, never folded
        self.remote_alerts[uid] = alert
        self.shell.host.raise_()
        self.shell.host.activateWindow()

    def stop(self) -> None:
        self.ack_timer.stop()
        self.hotkey.remove()
        if self._service is not None:  # closed before it was ever needed: nothing to stop
            self._service.stop()


class _OnFirstUse:
    """Stands for the alarm service until first used (the proof reaches it through this)."""

    def __init__(self, escalation: Escalation):
        self._escalation = escalation

    def __getattr__(self, name: str):
        return getattr(self._escalation.service, name)


def _as_rows(view) -> tuple[dict, list[dict]]:
    """The service's frozen view as the rows the incident panel shows (the log's shape)."""
    return view.row(), [d.row() for d in view.deliveries]
