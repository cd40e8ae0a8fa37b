"""Webhook channel: one JSON POST per message, the incident uid as idempotency key.

Written on a bare socket rather than urllib so that two things hold: a redirect is
never followed (urllib would turn the POST into a GET to another host, carrying the
token, and count that host's 2xx as delivered), and one attempt ends at its deadline
however slowly the receiver trickles its answer (urllib's timeout is per read).
The deadline covers the whole attempt: the DNS lookup (in a worker thread, given up when
the time is spent), then every address of the host in turn, each with what is left.
Secrets in the url (path, query, user info) and the token are never shown: messages
name scheme, host and port only (``redacted_url``).
"""

from __future__ import annotations

import json
import re
import socket
import threading
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
        self.resolver = None  # None: the module's ``resolve`` (tests replace either)

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
                                        self.timeout_s, resolver=self.resolver)
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
        return reachable(self.name, parts.hostname or "", port, min(self.timeout_s, 2.0),
                         resolver=self.resolver)


def resolve(host: str, port: int, timeout: float) -> list[tuple]:
    """The host's addresses as ``(family, sockaddr)`` (the system's resolver).

    getaddrinfo has no timeout of its own (a dead DNS server holds it 10 s and more):
    ``connect`` runs this on a worker thread and stops waiting when the time is spent.
    Tests replace it (``WebhookChannel.resolver``) with one that blocks or that returns
    several loopback addresses."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [(family, sockaddr) for family, _type, _proto, _name, sockaddr in infos]


def _literal(host: str, port: int) -> list[tuple] | None:
    """An address literal's own address (no lookup, no thread), else ``None``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_NUMERICHOST)
    except (OSError, UnicodeError):
        return None
    return [(family, sockaddr) for family, _type, _proto, _name, sockaddr in infos]


def resolve_within(resolver, host: str, port: int, timeout: float) -> list[tuple]:
    """``resolver(host, port, timeout)`` on a daemon thread, or ``TimeoutError`` when it
    has not answered in ``timeout`` (the thread is left behind; it ends with the lookup)."""
    result: list = []

    def lookup() -> None:
        try:
            result.append(resolver(host, port, timeout))
        except Exception as exc:  # noqa: BLE001 - handed to the caller as it is
            result.append(exc)

    worker = threading.Thread(target=lookup, name="webhook-dns", daemon=True)
    worker.start()
    worker.join(max(timeout, 0))
    if not result:
        raise DnsTimeout(f"no DNS answer for {host} within {timeout:.1f} s")
    if isinstance(result[0], OSError):
        raise result[0]
    if isinstance(result[0], Exception):  # e.g. a name IDNA cannot encode: still one attempt
        raise OSError(f"cannot resolve {host}: {result[0]}")
    return result[0]


class DnsTimeout(TimeoutError):
    """The lookup did not answer within what was left of the attempt."""


def connect(host: str, port: int, deadline: float, resolver=None) -> socket.socket:
    """A TCP connection to the first address of ``host`` that answers before ``deadline``.

    The lookup and every address get only what is left of the one deadline."""
    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        return remaining

    addresses = _literal(host, port)
    if addresses is None:
        addresses = resolve_within(resolver or resolve, host, port, left())
    if not addresses:
        raise OSError(f"no address for {host}")
    last: OSError | None = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(left())
            sock.connect(sockaddr)
            return sock
        except TimeoutError:
            sock.close()
            raise
        except OSError as exc:  # refused, unreachable: the next address, same deadline
            sock.close()
            last = exc
    raise last  # type: ignore[misc]


def post(url: str, body: bytes, headers: dict[str, str],
         timeout_s: float, resolver=None) -> tuple[int, str, str]:
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
        sock = connect(host, port, deadline, resolver)
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
    except TimeoutError as exc:
        detail = f" ({exc})" if isinstance(exc, DnsTimeout) else ""
        raise DeliveryError(f"{shown}: no complete answer within {timeout_s:g} s{detail}") \
            from None
    except OSError as exc:
        raise DeliveryError(f"{shown}: {exc.strerror or exc or type(exc).__name__}") from None
    except UnicodeError:  # a host name IDNA cannot encode
        raise DeliveryError(f"{shown}: the host name cannot be looked up") from None
    finally:
        if sock is not None:
            sock.close()
    return _parse_head(answer, shown)


STATUS_LINE = re.compile(r"HTTP/\d(?:\.\d)? ([0-9]{3})(?: (.*))?")


def _parse_head(answer: bytes, shown: str) -> tuple[int, str, str]:
    """Status, reason and Location of an answer; anything else is a failed attempt."""
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    first, *rest = head.split("\r\n")
    match = STATUS_LINE.fullmatch(first)  # ASCII digits only: '²00' is not a status
    if not match:
        raise DeliveryError(f"{shown}: not an HTTP answer (status line {_show(first)})")
    location = ""
    for line in rest:
        name, _, value = line.partition(":")
        if name.strip().lower() == "location":
            location = value.strip()
    return int(match.group(1)), match.group(2) or "", location


def _show(text: str) -> str:
    return ascii(text[:40] + ("..." if len(text) > 40 else ""))


def reachable(name: str, host: str, port: int, timeout_s: float, resolver=None) -> Check:
    """Resolve and open a TCP connection (then close it): proof the receiver listens."""
    try:
        sock = connect(host, port, time.monotonic() + timeout_s, resolver)
    except TimeoutError:
        return Check(name, False, f"{host}:{port} not reachable within {timeout_s:g} s")
    except socket.gaierror as exc:
        return Check(name, False, f"cannot resolve {host}: {exc.strerror or exc}")
    except (OSError, UnicodeError) as exc:
        return Check(name, False, f"{host}:{port} not reachable "
                     f"({getattr(exc, 'strerror', None) or exc})")
    sock.close()
    return Check(name, True, f"{host}:{port} reachable")
