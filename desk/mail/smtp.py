"""Sending one e-mail over SMTP: shared by callback forwarding and the alarm e-mail channel.

Raises ``MailError`` with a short reason on any failure, so outboxes can record
it in ``last_error`` and retry. The password never comes from the config file: it
is read at send time from ``DESK_SMTP_PASSWORD`` or from ``password_file`` (which
must be readable by its owner only), and it is never sent without TLS unless the
config allows it for a relay on this machine.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from email.message import EmailMessage

PASSWORD_ENV = "DESK_SMTP_PASSWORD"
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


class MailError(Exception):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    sender: str = "desk@localhost"
    starttls: bool = False
    user: str = ""
    password: str = ""  # for tests and scripts; the config never sets it
    timeout_s: float = 10.0
    password_file: str = ""
    allow_plaintext_login: bool = False

    @classmethod
    def from_config(cls, smtp: Mapping[str, Any], host: str = "", port: int = 0) -> SmtpSettings:
        """From the config's ``[smtp]`` section; ``host``/``port`` override it (alarm channel)."""
        return cls(host=host or smtp["host"], port=int(port or smtp["port"]),
                   sender=smtp["from"], starttls=bool(smtp["starttls"]), user=smtp["user"],
                   timeout_s=float(smtp["timeout_s"]),
                   password_file=smtp.get("password_file", "") or "",
                   allow_plaintext_login=bool(smtp.get("allow_plaintext_login", False)))

    def describe(self) -> str:
        return f"smtp://{self.host}:{self.port}"


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_HOSTS:
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def password_file_problem(path: str | Path) -> str | None:
    """Why ``path`` may not hold the SMTP password (missing, or others can read it)."""
    path = Path(path).expanduser()
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"password_file {path}: cannot read it ({exc.strerror})"
    if os.name == "posix" and mode & 0o077:
        return (f"password_file {path} can be read by other users (mode {mode & 0o777:o}); "
                f"make it owner-only: chmod 600 {path}")
    return None


def resolve_password(settings: SmtpSettings) -> str:
    """The login password from the environment, the password file, or the settings."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if settings.password_file:
        problem = password_file_problem(settings.password_file)
        if problem:
            raise MailError(problem)
        text = Path(settings.password_file).expanduser().read_text(encoding="utf-8")
        return text.rstrip("\r\n")
    if settings.password:
        return settings.password
    raise MailError(f"the mail server wants a login but no password is set: set "
                    f"{PASSWORD_ENV} or [smtp] password_file")


def _one_line(value: str) -> str:
    """Header values stay on one line: a newline in a name cannot add headers."""
    return " ".join(str(value).split())


def build_message(settings: SmtpSettings, to: list[str], subject: str, body: str,
                  headers: dict[str, str] | None = None,
                  attachments: list[tuple[str, bytes, str]] = ()) -> EmailMessage:
    from email.message import EmailMessage
    from email.utils import formatdate, make_msgid

    message = EmailMessage()  # default policy: refuses CR/LF in any header we missed
    message["From"] = _one_line(settings.sender)
    message["To"] = ", ".join(_one_line(a) for a in to)
    message["Subject"] = _one_line(subject)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="desk.local")
    for name, value in (headers or {}).items():
        message[_one_line(name)] = _one_line(value)
    message.set_content(body)
    for filename, data, mime in attachments:  # (name, bytes, "application/pdf")
        maintype, _, subtype = mime.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message


def send_mail(settings: SmtpSettings, to: list[str], subject: str, body: str,
              headers: dict[str, str] | None = None,
              attachments: list[tuple[str, bytes, str]] = ()) -> str:
    """Send one message; returns its Message-ID. Raises ``MailError``."""
    import smtplib  # loaded on the first send, not at start-up
    import ssl
    if not settings.host:
        raise MailError("no mail server configured ([smtp] host)")
    if not to:
        raise MailError("no recipient")
    if settings.user and not settings.starttls and not (
            settings.allow_plaintext_login and is_loopback(settings.host)):
        raise MailError(f"{settings.describe()}: refusing to send the password without TLS; "
                        "set starttls = true (allow_plaintext_login = true only works for a "
                        "relay on this machine)")
    password = resolve_password(settings) if settings.user else ""
    try:
        message = build_message(settings, to, subject, body, headers, attachments)
    except ValueError as exc:
        raise MailError(f"cannot build the message: {exc}") from None
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s) as smtp:
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.user:
                _login(smtp, settings.user, password)
            smtp.send_message(message)
    except (TimeoutError, smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        reason = str(exc) or type(exc).__name__
        if settings.user and password:
            reason = reason.replace(password, "***")
        raise MailError(f"{settings.host}:{settings.port}: {reason}") from None
    return message["Message-ID"]


def _login(smtp, user: str, password: str) -> None:
    """AUTH PLAIN in UTF-8 (smtplib's own encodes ASCII only), else smtplib's choice."""
    import base64
    import smtplib

    smtp.ehlo_or_helo_if_needed()
    methods = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in methods:
        token = base64.b64encode(b"\0" + user.encode("utf-8") + b"\0"
                                 + password.encode("utf-8")).decode("ascii")
        code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, reply)
        return
    try:
        smtp.login(user, password)
    except UnicodeEncodeError:
        raise MailError("the server offers no login that takes a non-ASCII password "
                        "(AUTH PLAIN)") from None
