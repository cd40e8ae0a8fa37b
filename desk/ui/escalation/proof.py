"""Proof that the alarm works: the menu's test, the age of the last good test, and the
start-up check of every channel (without sending an alarm) with its persistent banner."""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from desk.core.clock import parse_iso
from desk.core.notices import channel_labels
from desk.core.states import SETTLED, DeliveryState
from desk.ui import vocab
from desk.ui.dates import local_time
from desk.ui.plain import plain_label

FINAL = SETTLED  # a delivery that will not change by itself any more


class AlarmProof(QObject):
    preflight_done = Signal(list)

    def __init__(self, shell, service):
        super().__init__(shell)
        self.notices, self.service = shell.notices, service
        self.config = shell.services.config
        self.security = self.config.security
        self.clock = shell.services.clock
        self.test_incident: str | None = None  # uid of the test in progress
        self.checks: list = []
        test_action = QAction(self.tr("Test the alarm"), shell.host)
        test_action.setObjectName("alarmTestAction")
        test_action.triggered.connect(self.run_test)
        shell.actions.add("tools", test_action)
        self.test_label = plain_label("", shell.host)  # always in view: when the alarm last proved itself
        self.test_label.setObjectName("alarmTestStatus")
        self.test_label.setAccessibleName(self.tr("Last alarm test"))
        shell.status.add_permanent(self.test_label)
        self.preflight_done.connect(self._show_preflight)

    def start(self) -> None:
        """Check every channel (on a thread) and say how old the last good test is."""
        self._announce_channels()
        self.check_last_test()

    def run_test(self) -> None:
        self.test_incident = self.service.raise_alarm({}, kind="test")
        self.notices.show_banner("alarm_test", self.tr("Alarm test sent on every "
                                                              "channel…"), "info")
        self.show_test_result()

    def show_test_result(self) -> None:
        rows = [d.row() for d in self.service.view(self.test_incident).deliveries]
        if not rows:
            self.notices.show_banner("alarm_test", self.tr(
                "Alarm test: no channel is configured — alarms go nowhere."), "danger")
            return
        labels = self.labels()
        parts = [f"{labels.get(r['channel']) or vocab.channel(r['channel'])} {'✔' if r['status'] == DeliveryState.DELIVERED else '✖ ' + (r['last_error'] or vocab.delivery_state(r['status']))}"
                 for r in rows]
        settled = all(r["status"] in FINAL or r["attempts"] >= 1 for r in rows)
        ok = all(r["status"] == DeliveryState.DELIVERED for r in rows)
        if settled:
            level = "info" if ok else "danger"
            self.notices.show_banner("alarm_test", self.tr("Alarm test: %1").replace(
                "%1", " · ".join(parts)), level)
            if ok:
                self.check_last_test()

    def check_last_test(self) -> None:
        if not self.config.channels:
            self.test_label.setText(self.tr("No alarm channel: alarms go nowhere"))
            return
        if not self.service.proof_read:  # the log has not answered yet: say only that
            self.test_label.setText(self.tr("Last alarm test: not read from the call log yet"))
            return
        last = self.service.last_successful_test()
        max_days = int(self.security["test_max_age_days"])
        if last is None:
            self.test_label.setText(self.tr("Alarm never tested"))
            self.notices.show_banner("alarm_test_age", self.tr(
                "The alarm has never been tested from this console: Tools ▸ Test the alarm."),
                "warning")
            return
        age = (self.clock.now() - parse_iso(last)).days
        if age > max_days:
            self.notices.show_banner("alarm_test_age", self.tr(
                "The last successful alarm test was %1 days ago: test it again (Tools ▸ Test the "
                "alarm).").replace("%1", str(age)), "warning")
        else:
            self.notices.clear_banner("alarm_test_age")
        self.test_label.setText(self.tr("Last successful alarm test: %1")
                                .replace("%1", local_time(last, with_date=True)))

    def _announce_channels(self) -> None:
        numbers = ", ".join(self.security["emergency_numbers"])
        if not self.config.channels:
            self.notices.show_banner("alarm_channels", self.tr(
                "No alarm channel is configured: the security button reaches NOBODY. Ask IT to "
                "add [[security.channels]] to the branch config. In an emergency call %1.")
                .replace("%1", numbers), "danger")
            return

        def check() -> None:  # resolving and connecting may take a while: off the UI thread
            results = self.service.preflight()
            with contextlib.suppress(RuntimeError):  # the console closed meanwhile
                self.preflight_done.emit(results)

        threading.Thread(target=check, name="desk-alarm-preflight", daemon=True).start()

    def labels(self) -> dict[str, str]:
        """Each channel's name -> the label a receptionist reads (config ``label``)."""
        from desk.core.incidents import channel_names  # the incident model: after ready

        return channel_labels(channel_names(self.config),
                              [c.get("label", "") for c in self.config.channels])

    def _show_preflight(self, checks: list) -> None:
        # A receptionist reads each channel's label; its technical name is in the tooltip.
        labels = self.labels()
        good = [labels.get(c.channel, c.channel) for c in checks if c.ok]
        bad = [f"{labels.get(c.channel, c.channel)} ({c.detail})" for c in checks if not c.ok]
        tooltip = "\n".join(f"{labels.get(c.channel, c.channel)}: {c.channel}" for c in checks)
        if bad:
            text = self.tr("Alarms will NOT arrive on: %1.").replace("%1", "; ".join(bad))
            if good:
                text += " " + self.tr("They will arrive on: %1.").replace("%1", ", ".join(good))
            self.notices.show_banner("alarm_channels", text, "danger", tooltip=tooltip)
        else:
            self.notices.show_banner("alarm_channels", self.tr(
                "Alarms will arrive on: %1.").replace("%1", ", ".join(good)), "info",
                tooltip=tooltip)
        self.checks = checks
