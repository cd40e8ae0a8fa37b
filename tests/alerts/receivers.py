"""Real receivers on loopback for alarm tests: HTTP, SMTP, and a black hole."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class WebhookReceiver:
    """An http.server on 127.0.0.1 that records every JSON POST."""

    def __init__(self, port: int = 0, status: int = 200, hold: bool = False,
                 on_post=None):
        """``hold``: each request waits (after it is recorded) until ``release()``, so a test
        can act while a send is in flight. ``status`` may be a function of the body."""
        self.posts: list[tuple[dict, dict]] = []
        self.status = status
        self.arrived = threading.Condition()
        self.released = threading.Event()
        if not hold:
            self.released.set()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server API
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if on_post is not None:  # benchmarks time the arrival here
                    on_post(body)
                with receiver.arrived:
                    receiver.posts.append((body, dict(self.headers)))
                    receiver.arrived.notify_all()
                receiver.released.wait(10)
                status = receiver.status
                self.send_response(status(body) if callable(status) else status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/alarm"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict]:
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.posts) >= count, timeout)
        return [body for body, _ in self.posts]

    def release(self) -> None:
        self.released.set()

    def stop(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


class BlackHole:
    """Accepts TCP connections and never answers (a hung receiver)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(50)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/alarm"
        self.held: list[socket.socket] = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.held.append(conn)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(5)
        for conn in self.held:
            conn.close()
        self.sock.close()


class SmtpReceiver:
    """aiosmtpd on 127.0.0.1, collecting messages."""

    def __init__(self, port: int | None = None, refuse: tuple[str, ...] = (),
                 **controller_options):
        """``refuse``: recipient addresses answered 550; ``controller_options`` go to
        aiosmtpd's Controller (e.g. an ``authenticator``)."""
        from aiosmtpd.controller import Controller

        self.messages: list = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
                if address in refuse:
                    return "550 5.1.1 mailbox unavailable"
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
                from email import message_from_bytes

                with receiver.arrived:
                    receiver.messages.append(message_from_bytes(envelope.content))
                    receiver.arrived.notify_all()
                return "250 OK"

        self.port = port or free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port,
                                     **controller_options)
        self.controller.start()

    def wait_for(self, count: int, timeout: float = 10.0) -> list:
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.messages) >= count, timeout)
        return list(self.messages)

    def stop(self) -> None:
        self.controller.stop()
