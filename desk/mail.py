"""Sending one e-mail over SMTP: shared by callback forwarding and the alarm e-mail channel.

Raises ``MailError`` with a short reason on any failure, so outboxes can record
it in ``last_error`` and retry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email.message import EmailMessage


class MailError(Exception):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    sender: str = "desk@localhost"
    starttls: bool = False
    user: str = ""
    password: str = ""
    timeout_s: float = 10.0

    @classmethod
    def from_config(cls, smtp: dict, host: str = "", port: int = 0) -> SmtpSettings:
        """From the config's ``[smtp]`` table; ``host``/``port`` override it (alarm channel)."""
        return cls(host=host or smtp["host"], port=int(port or smtp["port"]),
                   sender=smtp["from"], starttls=bool(smtp["starttls"]), user=smtp["user"],
                   password=smtp["password"], timeout_s=float(smtp["timeout_s"]))


def build_message(settings: SmtpSettings, to: list[str], subject: str, body: str,
                  headers: dict[str, str] | None = None) -> EmailMessage:
    from email.message import EmailMessage
    from email.utils import formatdate, make_msgid

    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="desk.local")
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message


def send_mail(settings: SmtpSettings, to: list[str], subject: str, body: str,
              headers: dict[str, str] | None = None) -> str:
    """Send one message; returns its Message-ID. Raises ``MailError``."""
    import smtplib  # loaded on the first send, not at start-up
    import ssl
    if not settings.host:
        raise MailError("no mail server configured ([smtp] host)")
    if not to:
        raise MailError("no recipient")
    message = build_message(settings, to, subject, body, headers)
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s) as smtp:
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.user:
                smtp.login(settings.user, settings.password)
            smtp.send_message(message)
    except (TimeoutError, smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        reason = str(exc) or type(exc).__name__
        raise MailError(f"{settings.host}:{settings.port}: {reason}") from None
    return message["Message-ID"]
