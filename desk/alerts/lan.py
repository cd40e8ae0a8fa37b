"""LAN channel: other Desk consoles on the branch network, over UDP.

Multicast to ``group:port`` (or unicast to ``peers`` where multicast is blocked).
Every packet is signed with the branch key (HMAC-SHA256) and carries a time
and a nonce: forged, stale or replayed packets are dropped and logged.
Receiving consoles answer each message with a receipt (so "delivered" means a
console really got it) and later with an acknowledgement from a person.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import socket
import struct
import threading
from collections.abc import Callable

from desk.alerts.channel import Check, DeliveryError

log = logging.getLogger("desk.alerts.lan")
MAGIC = b"DESK1"
MAX_AGE_S = 120  # older (or further in the future) packets are refused as replays
RECEIPT_WAIT_S = 1.5


class LanLink:
    """One console's UDP endpoint: sends signed messages, listens, answers receipts."""

    def __init__(self, options: dict, workstation: str, clock,
                 on_message: Callable[[dict], None] | None = None, ephemeral: bool = False):
        self.key = options["key"].encode("utf-8")
        self.group = options.get("group", "239.255.77.1")
        self.port = int(options["port"])
        self.interface = options.get("interface", "") or ""
        self.ttl = int(options.get("ttl", 1))
        self.peers = [_split_peer(p) for p in options.get("peers", [])]
        self.workstation = workstation
        self.clock = clock
        self.on_message = on_message
        self.instance = os.urandom(8).hex()  # tells our own multicast echo apart
        self._seen: dict[str, float] = {}
        self._receipts: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.rejected = 0
        # One socket sends and listens, so receipts and acks come straight back to it.
        self.listen_socket = self._open_ephemeral() if ephemeral else self._open_listener()
        self._configure_sending(self.listen_socket)
        self.send_socket = self.listen_socket

    # -- sockets -------------------------------------------------------------------------

    def _open_listener(self) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if hasattr(socket, "SO_REUSEPORT") and not self.peers:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        try:
            if self.peers:
                sock.bind((self.interface or "0.0.0.0", self.port))
            else:
                sock.bind(("", self.port))
                membership = struct.pack("4s4s", socket.inet_aton(self.group),
                                         socket.inet_aton(self.interface or "0.0.0.0"))
                sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
        except OSError:
            sock.close()
            raise
        sock.settimeout(0.2)
        return sock

    def _open_ephemeral(self) -> socket.socket:
        """For a one-off sender (``desk alarm test``) beside a console holding the port."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        sock.bind((self.interface or "0.0.0.0", 0))
        sock.settimeout(0.2)
        return sock

    def _configure_sending(self, sock: socket.socket) -> None:
        if not self.peers:
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, self.ttl)
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
            if self.interface:
                sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF,
                                socket.inet_aton(self.interface))

    def start(self) -> None:
        self._thread = threading.Thread(target=self._listen, name="desk-lan", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self.listen_socket.close()

    # -- wire format ---------------------------------------------------------------------

    def pack(self, kind: str, body: dict) -> bytes:
        envelope = {"v": 1, "type": kind, "from": self.workstation, "sender": self.instance,
                    "ts": self.clock.now().timestamp(), "nonce": os.urandom(12).hex(),
                    "body": body}
        payload = json.dumps(envelope, ensure_ascii=False).encode("utf-8")
        return MAGIC + hmac.new(self.key, payload, hashlib.sha256).digest() + payload

    def unpack(self, packet: bytes, address: tuple[str, int] | None = None) -> dict | None:
        """The envelope of a genuine, fresh, first-seen packet; ``None`` otherwise."""
        if not packet.startswith(MAGIC) or len(packet) < len(MAGIC) + 33:
            return self._reject("not a Desk packet")
        signature = packet[len(MAGIC):len(MAGIC) + 32]
        payload = packet[len(MAGIC) + 32:]
        expected = hmac.new(self.key, payload, hashlib.sha256).digest()
        if not hmac.compare_digest(signature, expected):
            return self._reject("bad signature (forged, or another branch key)")
        try:
            envelope = json.loads(payload)
            age = abs(self.clock.now().timestamp() - float(envelope["ts"]))
            nonce = str(envelope["nonce"])
        except (ValueError, KeyError, TypeError):
            return self._reject("malformed payload")
        if age > MAX_AGE_S and envelope.get("type") != "skew":
            self._tell_skew(envelope, address)
            return self._reject(f"stale packet ({age:.0f} s old): replay refused "
                                f"(or the clocks differ: from {envelope.get('from')!r})")
        with self._lock:
            now = self.clock.now().timestamp()
            self._seen = {n: t for n, t in self._seen.items() if now - t <= MAX_AGE_S}
            if nonce in self._seen:
                return self._reject("nonce seen before: replay refused")
            self._seen[nonce] = now
        return envelope

    def _tell_skew(self, envelope: dict, address: tuple[str, int] | None) -> None:
        """A genuine but stale alarm: tell its sender our time, in case its clock is wrong.

        The answer only counts at a sender still waiting for that very message (see
        ``send_and_wait``), so answering a replay does no harm."""
        kind, body = envelope.get("type"), envelope.get("body") or {}
        if address is None or kind not in ("alarm", "cancel", "test"):
            return
        offset = self.clock.now().timestamp() - float(envelope["ts"])
        try:
            self.reply(address, "skew", {"token": f"{body.get('uid')}/{kind}",
                                         "by": self.workstation, "offset_s": round(offset)})
        except OSError as exc:
            log.warning("could not answer a stale LAN packet: %s", exc)

    def _reject(self, why: str) -> None:
        self.rejected += 1
        log.warning("LAN packet ignored: %s", why)
        return None

    # -- sending -------------------------------------------------------------------------

    def targets(self) -> list[tuple[str, int]]:
        return self.peers or [(self.group, self.port)]

    def broadcast(self, kind: str, body: dict) -> None:
        """Send to every target; one bad peer must not keep the message from the others."""
        packet = self.pack(kind, body)
        errors = []
        for target in self.targets():
            try:
                self.send_socket.sendto(packet, target)
            except OSError as exc:
                errors.append(f"{target[0]}:{target[1]}: {exc.strerror or exc}")
                log.warning("LAN send to %s:%s failed: %s", target[0], target[1], exc)
        if len(errors) == len(self.targets()):
            raise OSError("; ".join(errors))

    def send_and_wait(self, kind: str, body: dict, wait_s: float = RECEIPT_WAIT_S) -> int:
        """Send until a console answers with a receipt; returns how many answered."""
        token = f"{body['uid']}/{kind}"
        event = threading.Event()
        with self._lock:
            self._receipts[token] = event
            event.count, event.skew = 0, None
        try:
            try:
                self.broadcast(kind, body)
            except OSError as exc:
                raise DeliveryError(f"cannot send: {exc.strerror or exc}") from None
            if not event.wait(wait_s):
                raise DeliveryError("no other console answered on the LAN")
            if not event.count and event.skew:
                raise DeliveryError(_skew_text(event.skew))
            return event.count
        finally:
            with self._lock:
                self._receipts.pop(token, None)

    # -- receiving -----------------------------------------------------------------------

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                packet, address = self.listen_socket.recvfrom(65535)
            except TimeoutError:
                continue
            except OSError:
                return
            self.handle(packet, address)

    def handle(self, packet: bytes, address: tuple[str, int] | None = None) -> None:
        envelope = self.unpack(packet, address)
        if envelope is None or envelope.get("sender") == self.instance:
            return
        kind, body = envelope.get("type"), envelope.get("body") or {}
        if kind in ("receipt", "skew"):
            with self._lock:
                event = self._receipts.get(body.get("token", ""))
                if event is not None:
                    if kind == "receipt":
                        event.count += 1
                    else:
                        event.skew = body
                    event.set()
            return
        if kind in ("alarm", "cancel", "test") and address is not None:
            try:
                self.reply(address, "receipt", {"token": f"{body.get('uid')}/{kind}",
                                                "by": self.workstation})
            except OSError as exc:
                log.warning("could not answer a LAN receipt: %s", exc)
        if self.on_message is not None:
            self.on_message({"type": kind, "from": envelope.get("from"), "body": body,
                             "reply_to": list(address) if address else None})

    def reply(self, address: list | tuple | None, kind: str, body: dict) -> None:
        """Send straight back to the console a message came from (and, on multicast, to the
        group too: consoles sharing one host and port cannot be told apart by address)."""
        packet = self.pack(kind, body)
        targets = set() if self.peers else set(self.targets())
        if address:
            targets.add((address[0], int(address[1])))
        for target in targets:
            self.send_socket.sendto(packet, target)


def _skew_text(skew: dict) -> str:
    offset = int(skew.get("offset_s", 0))
    direction = "ahead of" if offset > 0 else "behind"
    return (f"console {skew.get('by')!r} refuses our messages: its clock is {abs(offset)} s "
            f"{direction} this one (at most {MAX_AGE_S} s allowed); set both clocks right")


def _split_peer(peer: str) -> tuple[str, int]:
    host, _, port = peer.rpartition(":")
    return host, int(port)


class LanChannel:
    """The outbox's view of the link: a message counts as delivered on a receipt."""

    def __init__(self, name: str, link: LanLink):
        self.name = name
        self.link = link

    def send(self, message: dict) -> str:
        answered = self.link.send_and_wait(message["message"], message)
        return f"{answered} console(s) answered"

    def check(self) -> Check:
        """Every peer's name resolves (multicast needs no name); nothing is sent."""
        bad = []
        for host, port in self.link.peers:
            try:
                socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)
            except OSError as exc:
                bad.append(f"cannot resolve {host}: {exc.strerror or exc}")
        if bad and len(bad) == len(self.link.peers):
            return Check(self.name, False, "; ".join(bad))
        where = ", ".join(f"{h}:{p}" for h, p in self.link.targets())
        note = f" (but {'; '.join(bad)})" if bad else ""
        return Check(self.name, True,
                     f"listening on port {self.link.port}, sending to {where}{note}")
