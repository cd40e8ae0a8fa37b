"""The webhook as an attacker or a broken receiver would test it: redirects, trickling
answers, and secrets in the url."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desk.alerts.channel import DeliveryError
from desk.alerts.webhook import WebhookChannel, redacted_url
from desk.cli import main
from tests.alerts.receivers import WebhookReceiver, free_port

MESSAGE = {"uid": "Espoo/desk-1/1/2026-11-23T09:00:00Z", "message": "alarm",
           "incident_id": 1, "context": {"caller_name": "Mikko"}}
SECRET = "s3cr3t-T0KEN"


class Recorder:
    """An HTTP server answering every request with ``status`` (and a Location)."""

    def __init__(self, status: int = 200, location: str = ""):
        self.requests: list[tuple[str, str, dict]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                recorder.requests.append((self.command, self.path, dict(self.headers)))
                self.send_response(status)
                if location:
                    self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_HEAD = _any  # noqa: N815

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_a_failed_delivery_and_its_target_hears_nothing(status):
    second = Recorder()
    first = Recorder(status, location=f"{second.url}/steal?token={SECRET}")
    try:
        channel = WebhookChannel("webhook", {"url": f"{first.url}/alarm", "token": SECRET,
                                             "timeout_s": 3})
        with pytest.raises(DeliveryError) as err:
            channel.send(MESSAGE)
    finally:
        first.stop()
        second.stop()
    assert f"HTTP {status} redirect" in str(err.value) and "not followed" in str(err.value)
    assert SECRET not in str(err.value)
    assert len(first.requests) == 1 and first.requests[0][0] == "POST"
    assert second.requests == []


class Trickler:
    """Reads the request, then answers one byte every 0.5 s."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/alarm"
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        conn, _ = self.sock.accept()
        with conn:
            conn.recv(65536)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: yes\r\n\r\n":
                if self.stopping.wait(0.5):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    def stop(self):
        self.stopping.set()
        self.thread.join(5)
        self.sock.close()


def test_a_trickling_receiver_is_cut_at_the_attempts_deadline():
    trickler = Trickler()
    channel = WebhookChannel("webhook", {"url": trickler.url, "timeout_s": 1})
    began = time.monotonic()
    try:
        with pytest.raises(DeliveryError, match="no complete answer within 1 s"):
            channel.send(MESSAGE)
    finally:
        trickler.stop()
    # The full answer would take about 30 s; a per-read timeout would never fire.
    assert time.monotonic() - began < 10


def test_secrets_in_the_url_are_never_shown():
    url = f"https://user:{SECRET}@hooks.example.org:8443/hook/{SECRET}?token={SECRET}"
    assert redacted_url(url) == "https://hooks.example.org:8443"
    assert redacted_url("http://127.0.0.1/x") == "http://127.0.0.1:80"
    channel = WebhookChannel("webhook", {"url": url, "token": SECRET})
    assert SECRET not in channel.describe()


def test_a_refused_connection_names_host_and_port_only():
    url = f"http://127.0.0.1:{free_port()}/hook/{SECRET}?key={SECRET}"
    channel = WebhookChannel("webhook", {"url": url, "token": SECRET, "timeout_s": 2})
    with pytest.raises(DeliveryError) as err:
        channel.send(MESSAGE)
    assert SECRET not in str(err.value) and "127.0.0.1" in str(err.value)


def test_an_error_status_is_a_failed_delivery_and_2xx_is_delivered():
    receiver = WebhookReceiver(status=503)
    try:
        channel = WebhookChannel("webhook", {"url": receiver.url, "token": SECRET})
        with pytest.raises(DeliveryError, match="HTTP 503"):
            channel.send(MESSAGE)
        receiver.status = 204
        assert channel.send(MESSAGE) == "HTTP 204"
        body, headers = receiver.posts[-1]
        assert headers["Authorization"] == f"Bearer {SECRET}"
        assert body["idempotency_key"] == headers["Idempotency-Key"]
    finally:
        receiver.stop()


def test_alarm_test_output_and_log_hold_no_secret(tmp_path, capsys, caplog):
    config = tmp_path / "branch.toml"
    config.write_text(f"""
[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{free_port()}/hook/{SECRET}?token={SECRET}"
token = "{SECRET}"
""", encoding="utf-8")
    status = main(["alarm", "test", "--config", str(config), "--db", str(tmp_path / "d.db")])
    out, err = capsys.readouterr()
    assert status == 1 and "FAIL webhook" in out
    assert SECRET not in out + err + caplog.text


# -- issue 17: one deadline per attempt, DNS and every address of the host included ---------

HOST = "alarms.example.invalid"  # never looked up for real: the resolver is replaced


def blackhole(ip: str, port: int = 0):
    """A listener on ``ip`` whose backlog is full: a connect to it hangs (SYNs dropped)."""
    listener = socket.socket()
    listener.bind((ip, port))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect((ip, port))
        fillers.append(filler)
    return [listener, *fillers], port


class Silent:
    """Accepts connections and reads, never answers."""

    def __init__(self, ip: str, port: int):
        self.sock = socket.socket()
        self.sock.bind((ip, port))
        self.sock.listen(5)
        self.accepted: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        try:
            while True:
                conn, _ = self.sock.accept()
                self.accepted.append(conn)
        except OSError:
            return

    def stop(self):
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def fake_getaddrinfo(monkeypatch, answer):
    """The system resolver, except for HOST: ``answer(port)`` decides (blocks, lists...)."""
    real = socket.getaddrinfo

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002
        if host != HOST:
            return real(host, port, family, type, proto, flags)
        if flags & socket.AI_NUMERICHOST:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return answer(port)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_a_dns_server_that_never_answers_is_inside_the_attempts_deadline(monkeypatch):
    release = threading.Event()

    def never(port):
        release.wait(15)  # a dead DNS server: the system resolver waits 10 s and more
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    fake_getaddrinfo(monkeypatch, never)
    channel = WebhookChannel("webhook", {"url": f"http://{HOST}:8080/alarm", "timeout_s": 2})
    try:
        began = time.monotonic()
        with pytest.raises(DeliveryError) as err:
            channel.send(MESSAGE)
        sent = time.monotonic() - began
        began = time.monotonic()
        check = channel.check()
        checked = time.monotonic() - began
    finally:
        release.set()
    assert "no complete answer within 2 s" in str(err.value) and "DNS" in str(err.value)
    assert sent < 3.5, f"attempt took {sent:.1f} s against timeout_s = 2"
    assert not check.ok and checked < 3.5


def test_every_address_of_a_host_shares_the_one_deadline(monkeypatch):
    held, port = blackhole("127.0.0.2")
    for ip in ("127.0.0.3", "127.0.0.4"):
        held += blackhole(ip, port)[0]
    fake_getaddrinfo(monkeypatch, lambda p: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, p))
        for ip in ("127.0.0.2", "127.0.0.3", "127.0.0.4")])
    channel = WebhookChannel("webhook", {"url": f"http://{HOST}:{port}/alarm", "timeout_s": 2})
    began = time.monotonic()
    try:
        with pytest.raises(DeliveryError, match="within 2 s"):
            channel.send(MESSAGE)
    finally:
        for sock in held:
            sock.close()
    took = time.monotonic() - began
    # Each address with a fresh timeout: 3 x 2 s. One deadline: 2 s in all.
    assert took < 3.5, f"attempt took {took:.1f} s against timeout_s = 2"


def test_an_injected_resolver_with_dead_and_silent_addresses_keeps_the_deadline():
    held, port = blackhole("127.0.0.2")
    silent = Silent("127.0.0.3", port)
    calls = []

    def resolver(host, port_, timeout):
        calls.append((host, timeout))
        return [(socket.AF_INET, ("127.0.0.2", port_)), (socket.AF_INET, ("127.0.0.3", port_))]

    channel = WebhookChannel("webhook", {"url": f"http://{HOST}:{port}/alarm", "timeout_s": 2})
    channel.resolver = resolver
    began = time.monotonic()
    try:
        with pytest.raises(DeliveryError, match="no complete answer within 2 s"):
            channel.send(MESSAGE)
    finally:
        for sock in held:
            sock.close()
        silent.stop()
    took = time.monotonic() - began
    assert calls and calls[0][0] == HOST and calls[0][1] <= 2
    assert took < 3.5, f"attempt took {took:.1f} s against timeout_s = 2"


class RawAnswer:
    """Reads a request and answers with the given bytes."""

    def __init__(self, answer: bytes):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/alarm"
        self.answer = answer
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        conn, _ = self.sock.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(self.answer)

    def stop(self):
        self.thread.join(5)
        self.sock.close()


@pytest.mark.parametrize("status_line", [b"HTTP/1.1 \xb200 OK", b"HTTP/1.1 \xd9\xa200 OK",
                                         b"HTTP/1.1 2000 OK", b"HTTP/1.1 20 OK",
                                         b"SMTP/1.1 200 OK"])
def test_a_malformed_status_line_is_a_failed_attempt_not_an_exception(status_line):
    receiver = RawAnswer(status_line + b"\r\nContent-Length: 0\r\n\r\n")
    try:
        channel = WebhookChannel("webhook", {"url": receiver.url, "timeout_s": 2})
        with pytest.raises(DeliveryError, match="not an HTTP answer"):
            channel.send(MESSAGE)
    finally:
        receiver.stop()
