"""Webhook channel: one JSON POST per message, the incident uid as idempotency key."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from desk.alerts.channel import Check, DeliveryError


class WebhookChannel:
    def __init__(self, name: str, options: dict):
        self.name = name
        self.url = options["url"]
        self.timeout_s = float(options.get("timeout_s", 3))
        self.token = options.get("token", "")

    def send(self, message: dict) -> str:
        # Receivers de-duplicate retries by this key (in the header and in the body).
        key = f"{message['uid']}/{message['message']}"
        body = json.dumps({**message, "idempotency_key": key}, ensure_ascii=False)
        request = urllib.request.Request(self.url, data=body.encode("utf-8"), method="POST")
        request.add_header("Content-Type", "application/json; charset=utf-8")
        request.add_header("Idempotency-Key", key)
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                return f"HTTP {response.status}"
        except urllib.error.HTTPError as exc:
            raise DeliveryError(f"HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DeliveryError(f"{self.url}: {reason or type(exc).__name__}") from None

    def check(self) -> Check:
        parts = urlsplit(self.url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return reachable(self.name, parts.hostname or "", port, min(self.timeout_s, 2.0))


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
