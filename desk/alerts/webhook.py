"""Webhook channel: one JSON POST per message, the incident uid as idempotency key.

Written on a bare socket rather than urllib so that two things hold: a redirect is
never followed (urllib would turn the POST into a GET to another host, carrying the
token, and count that host's 2xx as delivered), and one attempt ends at its deadline
however slowly the receiver trickles its answer (urllib's timeout is per read).
Secrets in the url (path, query, user info) and the token are never shown: messages
name scheme, host and port only (``redacted_url``).
"""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlsplit

from desk.alerts.channel import Check, DeliveryError

MAX_HEADER_BYTES = 65536


def redacted_url(url: str) -> str:
    """``scheme://host:port`` of ``url``: safe to show on the board, the CLI and in logs."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return "(invalid url)"
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    return f"{parts.scheme}://{host}:{port}"


class WebhookChannel:
    def __init__(self, name: str, options):
        self.name = name
        self.url = options["url"]
        self.timeout_s = float(options.get("timeout_s", 3))
        self.token = options.get("token", "")

    def describe(self) -> str:
        """What this channel is, without its secrets (for ``desk alarm test`` and the board)."""
        return f"{self.name} {redacted_url(self.url)}"

    def send(self, message: dict) -> str:
        # Receivers de-duplicate retries by this key (in the header and in the body).
        key = f"{message['uid']}/{message['message']}"
        body = json.dumps({**message, "idempotency_key": key}, ensure_ascii=False)
        headers = {"Content-Type": "application/json; charset=utf-8", "Idempotency-Key": key}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        status, reason, location = post(self.url, body.encode("utf-8"), headers,
                                        self.timeout_s)
        if 200 <= status < 300:
            return f"HTTP {status}"
        if 300 <= status < 400:
            where = f" to {redacted_url(location)}" if location else ""
            raise DeliveryError(f"{redacted_url(self.url)}: HTTP {status} redirect{where} "
                                "not followed: set the receiver's final url in the config")
        raise DeliveryError(f"{redacted_url(self.url)}: HTTP {status} {reason}".rstrip())

    def check(self) -> Check:
        parts = urlsplit(self.url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return reachable(self.name, parts.hostname or "", port, min(self.timeout_s, 2.0))


def post(url: str, body: bytes, headers: dict[str, str],
         timeout_s: float) -> tuple[int, str, str]:
    """POST ``body``; return (status, reason, Location) within ``timeout_s`` in all."""
    deadline = time.monotonic() + timeout_s
    shown = redacted_url(url)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeliveryError(f"{shown}: no complete answer within {timeout_s:g} s")
        return remaining

    sock = None
    try:
        sock = socket.create_connection((host, port), timeout=left())
        if parts.scheme == "https":
            import ssl

            sock.settimeout(left())
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=host)
        host_header = host if ":" not in host else f"[{host}]"
        if parts.port:
            host_header += f":{parts.port}"
        lines = [f"POST {target} HTTP/1.1", f"Host: {host_header}", "User-Agent: Desk",
                 "Connection: close", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        sock.settimeout(left())
        # UTF-8 header bytes: a branch name in Devanagari must not make the send fail.
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body)
        answer = b""
        while b"\r\n\r\n" not in answer and len(answer) < MAX_HEADER_BYTES:
            sock.settimeout(left())
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
    except DeliveryError:
        raise
    except TimeoutError:
        raise DeliveryError(f"{shown}: no complete answer within {timeout_s:g} s") from None
    except OSError as exc:
        raise DeliveryError(f"{shown}: {exc.strerror or type(exc).__name__}") from None
    finally:
        if sock is not None:
            sock.close()
    return _parse_head(answer, shown)


def _parse_head(answer: bytes, shown: str) -> tuple[int, str, str]:
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    first, *rest = head.split("\r\n")
    pieces = first.split(" ", 2)
    if len(pieces) < 2 or not pieces[0].startswith("HTTP/") or not pieces[1].isdigit():
        raise DeliveryError(f"{shown}: not an HTTP answer")
    location = ""
    for line in rest:
        name, _, value = line.partition(":")
        if name.strip().lower() == "location":
            location = value.strip()
    return int(pieces[1]), pieces[2] if len(pieces) > 2 else "", location


def reachable(name: str, host: str, port: int, timeout_s: float) -> Check:
    """Resolve and open a TCP connection (then close it): proof the receiver listens."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return Check(name, False, f"cannot resolve {host}: {exc.strerror or exc}")
    try:
        with socket.create_connection(infos[0][4][:2], timeout=timeout_s):
            return Check(name, True, f"{host}:{port} reachable")
    except OSError as exc:
        return Check(name, False, f"{host}:{port} not reachable ({exc.strerror or exc})")
