"""SMTP with a real aiosmtpd on loopback: where the password comes from, when it may be
sent, and that a newline in a name cannot add headers."""

from __future__ import annotations

import threading

import pytest

from desk import config as config_mod
from desk.alerts.channel import DeliveryError
from desk.alerts.email import EmailChannel
from desk.mail.smtp import PASSWORD_ENV, MailError, SmtpSettings, send_mail
from tests.alerts.receivers import free_port

PASSWORD = "sälasana-पासवर्ड"


class AuthServer:
    """aiosmtpd that offers AUTH without TLS (as a local relay may) and records logins."""

    def __init__(self):
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        self.logins: list[tuple[bytes, bytes]] = []
        self.messages: list = []
        self.arrived = threading.Condition()
        server = self

        class Handler:
            async def handle_DATA(self, smtp, session, envelope):  # noqa: N802 - aiosmtpd API
                from email import message_from_bytes

                with server.arrived:
                    server.messages.append((message_from_bytes(envelope.content),
                                            list(envelope.rcpt_tos)))
                    server.arrived.notify_all()
                return "250 OK"

        def authenticator(smtp, session, envelope, mechanism, data):
            server.logins.append((data.login, data.password))
            return AuthResult(success=data.password == PASSWORD.encode("utf-8"))

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port,
                                     authenticator=authenticator, auth_require_tls=False)
        self.controller.start()

    def stop(self):
        self.controller.stop()


@pytest.fixture
def server():
    smtp = AuthServer()
    yield smtp
    smtp.stop()


def settings(server, **changes) -> SmtpSettings:
    base = {"host": "127.0.0.1", "port": server.port, "user": "desk", "timeout_s": 5}
    return SmtpSettings(**{**base, **changes})


def test_no_login_without_tls_unless_allowed_for_a_loopback_relay(server, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    with pytest.raises(MailError, match="without TLS"):
        send_mail(settings(server), ["security@example.org"], "s", "b")
    # Allowed, but not for a relay on another machine: refused before connecting.
    with pytest.raises(MailError, match="without TLS"):
        send_mail(settings(server, host="192.0.2.10", allow_plaintext_login=True),
                  ["security@example.org"], "s", "b")
    assert server.logins == [] and server.messages == []


def test_a_non_ascii_password_from_the_environment_logs_in(server, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    send_mail(settings(server, allow_plaintext_login=True), ["security@example.org"],
              "subject", "body")
    assert server.logins == [(b"desk", PASSWORD.encode("utf-8"))]
    assert len(server.messages) == 1


def test_a_wrong_password_is_a_delivery_error_that_does_not_show_it(server, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "wrong-Pässword")
    with pytest.raises(MailError) as err:
        send_mail(settings(server, allow_plaintext_login=True), ["a@example.org"], "s", "b")
    assert "wrong-Pässword" not in str(err.value)
    assert server.messages == []


def test_the_password_file_must_be_owner_only(server, tmp_path, monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    secret = tmp_path / "smtp-password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    secret.chmod(0o644)
    relay = settings(server, allow_plaintext_login=True, password_file=str(secret))
    with pytest.raises(MailError, match="chmod 600"):
        send_mail(relay, ["a@example.org"], "s", "b")
    assert server.logins == []
    secret.chmod(0o600)
    send_mail(relay, ["a@example.org"], "s", "b")
    assert server.logins == [(b"desk", PASSWORD.encode("utf-8"))]


def test_no_password_anywhere_is_a_clear_error(server, monkeypatch):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    with pytest.raises(MailError, match="DESK_SMTP_PASSWORD"):
        send_mail(settings(server, allow_plaintext_login=True), ["a@example.org"], "s", "b")


def test_a_password_in_the_config_file_is_an_error_naming_the_new_way(tmp_path):
    path = tmp_path / "branch.toml"
    path.write_text('[smtp]\nhost = "127.0.0.1"\nuser = "desk"\npassword = "hunter2"\n',
                    encoding="utf-8")
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(path)
    assert err.value.key == "smtp.password" and err.value.line == 4
    assert "DESK_SMTP_PASSWORD" in str(err.value) and "password_file" in str(err.value)
    assert "hunter2" not in str(err.value)


def test_a_newline_in_a_name_cannot_add_headers(server):
    cfg = config_mod.defaults()
    channel = EmailChannel("email", {"to": ["security@example.org"], "smtp_host": "127.0.0.1",
                                     "smtp_port": server.port, "timeout_s": 5}, cfg.smtp)
    evil = "Espoo\r\nBcc: thief@example.org\r\nX-Evil: 1"
    channel.send({"uid": f"{evil}/desk-1/1/t", "message": "alarm", "raised_at": "t",
                  "branch": evil, "location": "Front\ndesk", "workstation": "desk-1",
                  "operator": "Aino", "context": {}})
    message, recipients = server.messages[0]
    assert recipients == ["security@example.org"]
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert "Espoo Bcc: thief@example.org" in message["Subject"]


def test_an_unreachable_server_is_a_delivery_error():
    cfg = config_mod.defaults()
    channel = EmailChannel("email", {"to": ["a@example.org"], "smtp_host": "127.0.0.1",
                                     "smtp_port": free_port(), "timeout_s": 2}, cfg.smtp)
    with pytest.raises(DeliveryError, match="127.0.0.1"):
        channel.send({"uid": "u", "message": "alarm", "raised_at": "t", "branch": "b",
                      "location": "l", "workstation": "w", "operator": "o", "context": {}})
