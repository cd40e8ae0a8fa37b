"""E-mail channel: the alarm as a plain-text message to security's addresses."""

from __future__ import annotations

from desk.alerts.channel import Check, DeliveryError, describe
from desk.alerts.webhook import reachable
from desk.core.states import MessageKind
from desk.mail.smtp import MailError, SmtpSettings, send_mail


class EmailChannel:
    def __init__(self, name: str, options: dict, smtp: dict):
        self.name = name
        self.to = list(options["to"])
        self.settings = SmtpSettings.from_config(
            {**smtp, "timeout_s": options.get("timeout_s", smtp["timeout_s"])},
            host=options.get("smtp_host", ""), port=options.get("smtp_port", 0))

    def describe(self) -> str:
        """What this channel is, without secrets (for ``desk alarm test`` and the board)."""
        return f"{self.name} {self.settings.describe()}"

    def send(self, message: dict) -> str:
        subject, body = describe(message)
        headers = {"X-Desk-Incident": message["uid"], "X-Desk-Message": message["message"]}
        if message["message"] == MessageKind.ALARM:
            headers["Importance"] = "high"
            headers["X-Priority"] = "1"
        try:
            send_mail(self.settings, self.to, subject, body, headers)
        except MailError as exc:
            raise DeliveryError(str(exc)) from None
        return f"mailed {len(self.to)} address(es)"

    def check(self) -> Check:
        if not self.settings.host:
            return Check(self.name, False, "no mail server: set smtp_host or [smtp] host")
        return reachable(self.name, self.settings.host, self.settings.port,
                         min(self.settings.timeout_s, 2.0))
