"""LAN channel: other Desk consoles on the branch network, over UDP.

Multicast to ``group:port`` (or unicast to ``peers`` where multicast is blocked). Every
packet is sealed with the branch key (see ``lan_wire``): nothing of an alarm is readable
without the key, and forged, stale or replayed packets are refused — and never answered,
so a replay cannot turn a console into a reflector. Receiving consoles answer each new
message with a receipt (so "delivered" means a console really got it) and later with an
acknowledgement from a person. Both carry the alarm's secret ``ack`` nonce, which travels
only inside the encrypted alarm: a console that never received the alarm cannot
acknowledge it. An alarm also carries ``stop``, the hash of a secret only its raiser
holds; a cancel must reveal that secret, so no other key holder can cancel (or, with
its reason, "close") another console's alarm. Nothing else a peer sends can end an alarm.

Under a flood the listener reads the socket in a tight non-blocking loop, a bounded
batch per wake-up, and drops what is not shaped like a Desk packet (size, magic and
version), carries a nonce not keyed with the branch key, or repeats a counter already
seen, all before any decryption; packets of senders it already knows are opened first. A sender repeats an alarm every ``COPY_EVERY_S``
until a console answers, so one copy dropped by a full socket queue costs 20 ms.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import select
import socket
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from desk.alerts.channel import Check, DeliveryError
from desk.alerts.lan_wire import (
    FAMILY,
    MAGIC,
    MAX_AGE_S,
    MAX_PACKET,
    NOT_AUTHENTIC,
    RefusalLog,
    Refused,
    ReplayGuard,
    Sealer,
    other_version,
)
from desk.alerts.lan_wire import check_time as _check_time
from desk.core.states import MessageKind

log = logging.getLogger("desk.alerts.lan")
RECEIPT_WAIT_S = 1.5
COPY_EVERY_S = 0.02  # a fresh copy this often until a console answers (a flood drops some)
ANSWERED = tuple(MessageKind)  # alarm, cancel, test: the messages that get a receipt
KINDS = (*ANSWERED, "receipt", "ack")  # anything else from a peer is refused
# Packets sealed more than this before the listener started are refused: a restart takes
# longer, and consoles stamp whole seconds (SystemClock), so one second of slack is needed.
START_GRACE_S = 1.0
BATCH = 1024  # datagrams read per wake-up: bounded work, then the loop checks its stop
REMEMBERED_ALARMS = 256  # received alarms whose ack nonce we keep (oldest forgotten first)
RECEIVE_BUFFER = 1 << 20  # room for a burst: a flood must not push a real alarm out


class LanLink:
    """One console's UDP endpoint: sends sealed messages, listens, answers receipts.

    ``log_path`` (the console's database) names the folder of two small private files
    beside it: each sender's high-water mark (kept across restarts) and this console's
    secret for cancelling its own alarms; without it both live in memory only. Packets
    sealed before this link started are refused: none of them can be new to a console
    that has just started, so a crash never re-opens their window.
    """

    def __init__(self, options, workstation: str, clock,
                 on_message: Callable[[dict], None] | None = None, ephemeral: bool = False,
                 log_path: Path | str | None = None):
        from desk.core.branch_key import channel_key

        self.sealer = Sealer(channel_key(options))
        self.group = options.get("group", "239.255.77.1")
        self.port = int(options["port"])
        self.interface = options.get("interface", "") or ""
        self.ttl = int(options.get("ttl", 1))
        self.peers = [_split_peer(p) for p in options.get("peers", [])]
        self.workstation = workstation
        self.clock = clock
        self.on_message = on_message
        self.instance = self.sealer.sender.hex()  # tells our own multicast echo apart
        self.started_at = clock.now().timestamp()
        self.guard = ReplayGuard(None if ephemeral else _replay_store(log_path), clock.now())
        self.secret = _console_secret(log_path)
        self.refusals = RefusalLog(time.monotonic)
        self._sent_acks: OrderedDict[str, str] = OrderedDict()  # uid -> nonce we sent
        self._got_acks: OrderedDict[str, str] = OrderedDict()  # uid -> nonce we received
        self._got_stops: OrderedDict[str, str] = OrderedDict()  # uid -> raiser's stop hash
        self._buffer = bytearray(MAX_PACKET + 1)
        self.dropped = 0  # datagrams dropped unread (not shaped like a Desk packet)
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
            _grow_receive_buffer(sock)
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
        sock.setblocking(False)  # reads never wait: select() does the waiting
        return sock

    def _open_ephemeral(self) -> socket.socket:
        """For a one-off sender (``desk alarm test``) beside a console holding the port."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        _grow_receive_buffer(sock)
        sock.bind((self.interface or "0.0.0.0", 0))
        sock.setblocking(False)
        return sock

    def _configure_sending(self, sock: socket.socket) -> None:
        if not self.peers:
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, self.ttl)
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
            if self.interface:
                sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF,
                                socket.inet_aton(self.interface))

    def start(self) -> None:
        """Listen on a thread of our own (until a supervisor drives ``serve_step``)."""
        self._thread = threading.Thread(target=self._listen, name="desk-lan", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self.listen_socket.close()
        if self.guard.store is not None:
            self.guard.flush(self.clock.now(), force=True)
            self.guard.store.close()

    @property
    def replay_problem(self) -> str | None:
        """Why replay marks are not (all) on disk, for a banner or a check."""
        store = self.guard.store
        return self.guard.store_error or (store.refused if store is not None else None)

    # -- wire format ---------------------------------------------------------------------

    def pack(self, kind: str, body: dict, ack: str | None = None,
             extra: dict | None = None) -> bytes:
        envelope = {"v": 2, "type": kind, "from": self.workstation,
                    "ts": self.clock.now().timestamp(), "body": body, **(extra or {})}
        if ack:
            envelope["ack"] = ack
        return self.sealer.seal(envelope)

    def unpack(self, packet: bytes, address: tuple[str, int] | None = None) -> dict | None:
        """The envelope of an authentic, fresh, first-seen packet; ``None`` otherwise.

        Its replay mark is on disk (fsynced) before this returns."""
        try:
            sender, counter, envelope = self.sealer.open(packet)
            if sender == self.instance:
                return None  # our own multicast echo
            now = self.clock.now()
            _check_time(envelope, now.timestamp())
            if envelope["ts"] < self.started_at - START_GRACE_S:
                raise Refused(f"sealed {self.started_at - envelope['ts']:.1f} s before this "
                              "console started listening: a replay, or the sender's clock is "
                              "behind ours (its next copy is accepted)")
            self.guard.check_and_accept(sender, counter, now)
        except Refused as why:
            return self._reject(str(why), address)
        self.guard.commit(now)  # on disk before it is acted on or answered
        envelope["sender"] = sender
        return envelope

    def _reject(self, why: str, address: tuple[str, int] | None = None) -> None:
        self.rejected += 1
        self.refusals(f"{why}{f' (from {address[0]}:{address[1]})' if address else ''}")
        return None

    # -- sending -------------------------------------------------------------------------

    def targets(self) -> list[tuple[str, int]]:
        return self.peers or [(self.group, self.port)]

    def broadcast(self, kind: str, body: dict) -> None:
        """Send to every target; one bad peer must not keep the message from the others."""
        uid = body.get("uid")
        extra = None
        if uid and kind in (MessageKind.ALARM, MessageKind.TEST):
            extra = {"stop": _hash(self._stop_secret(str(uid)))}
        elif uid and kind == MessageKind.CANCEL:
            extra = {"unlock": self._stop_secret(str(uid))}
        packet = self.pack(kind, body, self._ack_nonce_for(uid), extra)
        errors = []
        for target in self.targets():
            try:
                self.send_socket.sendto(packet, target)
            except OSError as exc:
                errors.append(f"{target[0]}:{target[1]}: {exc.strerror or exc}")
                log.warning("LAN send to %s:%s failed: %s", target[0], target[1], exc)
        if len(errors) == len(self.targets()):
            raise OSError("; ".join(errors))

    def _ack_nonce_for(self, uid) -> str | None:
        """The secret an acknowledgement of ``uid`` must quote (the same for every copy,
        and after a restart: derived from this console's own secret)."""
        if not uid:
            return None
        nonce = _derive(self.secret, "ack", str(uid))[:32]
        with self._lock:
            _remember(self._sent_acks, str(uid), nonce)
        return nonce

    def _stop_secret(self, uid: str) -> str:
        """What a cancel of ``uid`` reveals; receivers hold only its hash (from the alarm).
        Derived from this console's secret, so it survives a restart of the raiser."""
        return _derive(self.secret, "stop", uid)

    def send_and_wait(self, kind: str, body: dict, wait_s: float = RECEIPT_WAIT_S) -> int:
        """Send until a console answers with a receipt; returns how many answered."""
        token = f"{body['uid']}/{kind}"
        event = threading.Event()
        with self._lock:
            self._receipts[token] = event
            event.count = 0
        try:
            deadline = time.monotonic() + wait_s
            sent = False
            while True:  # a fresh copy (new counter) every COPY_EVERY_S until answered
                try:
                    self.broadcast(kind, body)
                    sent = True
                except OSError as exc:
                    if not sent:
                        raise DeliveryError(f"cannot send: {exc.strerror or exc}") from None
                left = deadline - time.monotonic()
                if event.wait(max(0.0, min(COPY_EVERY_S, left))):
                    return event.count
                if left <= COPY_EVERY_S:
                    raise DeliveryError(f"no other console answered on the LAN (are they "
                                        f"running, with the same key, and clocks within "
                                        f"{MAX_AGE_S} s?)")
        finally:
            with self._lock:
                self._receipts.pop(token, None)

    # -- receiving -----------------------------------------------------------------------

    def serve_step(self, timeout_s: float) -> None:
        """Handle every packet that arrives within ``timeout_s``, then return.

        Never raises because of a packet or a locked disk: a supervisor can call this in
        a loop, and ``start()`` does exactly that on its own thread."""
        deadline = time.monotonic() + max(0.0, timeout_s)
        self.guard.flush(self.clock.now())
        while True:
            remaining = deadline - time.monotonic()
            try:
                ready, _, _ = select.select([self.listen_socket], [], [], max(0.0, remaining))
            except (OSError, ValueError):
                if self._stop.is_set():
                    return
                raise
            if ready:
                self._drain()
            if time.monotonic() >= deadline:
                return

    def _drain(self, limit: int = BATCH) -> None:
        """Read up to ``limit`` queued datagrams in a tight loop; drop at once what is not
        shaped like a Desk packet or repeats a counter; then open known senders' packets
        first (an alarm from a console we have heard from is not queued behind a flood's
        forgeries), then the rest."""
        known: list[tuple[bytes, tuple]] = []
        unknown: list[tuple[bytes, tuple]] = []
        buffer, view = self._buffer, memoryview(self._buffer)
        recv = self.listen_socket.recvfrom_into
        screen, stale = self.sealer.screen, self.guard.seen
        for _ in range(limit):
            try:
                size, address = recv(buffer)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                if not self._stop.is_set():
                    log.warning("LAN receive failed: %s", exc)
                break
            fault = screen(buffer, size)
            if fault == "shape":  # no log line, unless it is another Desk version
                self.dropped += 1
                if buffer[:3] == FAMILY and size >= 4 and buffer[:4] != MAGIC:
                    self._reject(other_version(buffer), address)
                continue
            if fault:  # keyed nonce wrong: no key behind it
                self.rejected += 1
                self.refusals(NOT_AUTHENTIC)
                continue
            sender = bytes(buffer[4:20]).hex()
            if stale(sender, int.from_bytes(buffer[20:28], "big")):
                self._reject("counter seen before: replay refused", address)
                continue
            (known if self.guard.knows(sender) else unknown).append((bytes(view[:size]),
                                                                      address))
        view.release()
        for packet, address in known + unknown:
            try:
                self.handle(packet, address)
            except Exception:  # one bad packet (or a bug) must not end the listener
                log.exception("LAN packet could not be handled")

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                self.serve_step(0.2)
            except Exception:  # pragma: no cover - keep listening whatever happened
                log.exception("LAN listener step failed")
                self._stop.wait(0.2)

    def handle(self, packet: bytes, address: tuple[str, int] | None = None) -> None:
        envelope = self.unpack(packet, address)
        if envelope is not None:
            self._dispatch(envelope, address)

    def _dispatch(self, envelope: dict, address: tuple[str, int] | None) -> None:
        kind, body = envelope.get("type"), envelope.get("body") or {}
        if kind not in KINDS:
            self._reject(f"message type {str(kind)[:40]!r} from {envelope.get('from')!r} is "
                         "not one a console sends", address)
            return
        if kind in (MessageKind.ALARM, MessageKind.TEST):
            self._note_stop(body, envelope)
        if kind == MessageKind.CANCEL:
            bound = self._cancel_is_bound(body, envelope)
            if bound is False:
                self._reject(f"cancel from {envelope.get('from')!r} does not carry the "
                             "secret of the console that raised the alarm: refused", address)
                return
            if bound is None:  # an alarm we never got: nothing to stop here
                body = {**body, "unknown_alarm": True}
        if kind == "receipt":
            self._got_receipt(body, envelope)
            return
        if kind == "ack":
            bound = self._ack_is_bound(body, envelope)
            if bound is None:
                return  # on multicast we hear every console's acks: not ours
            if not bound:
                self._reject(f"acknowledgement from {envelope.get('from')!r} does not quote "
                             "the alarm's secret: that console never received the alarm",
                             address)
                return
            # The record names the console that sealed the ack, whatever its text claims.
            by, source = str(body.get("by", "")), str(envelope.get("from", ""))
            if not by.endswith(f" at {source}"):
                body = {**body, "by": f"{by or 'someone'} (sent by console {source!r})"}
        if kind in ANSWERED:
            uid = str(body.get("uid", ""))
            if envelope.get("ack"):
                with self._lock:
                    _remember(self._got_acks, uid, str(envelope["ack"]))
            if address is not None:
                try:
                    self.reply(address, "receipt", {"token": f"{uid}/{kind}",
                                                    "uid": uid, "by": self.workstation})
                except OSError as exc:
                    log.warning("could not answer a LAN receipt: %s", exc)
        if self.on_message is not None:
            self.on_message({"type": kind, "from": envelope.get("from"), "body": body,
                             "reply_to": list(address) if address else None})

    def _note_stop(self, body: dict, envelope: dict) -> None:
        """Keep the raiser's stop hash of an alarm: the first copy's, never replaced (a
        key holder resending the uid with a hash of its own gains nothing)."""
        stop, uid = envelope.get("stop"), str(body.get("uid", ""))
        if isinstance(stop, str) and uid:
            with self._lock:
                if uid not in self._got_stops:
                    _remember(self._got_stops, uid, stop)

    def _cancel_is_bound(self, body: dict, envelope: dict) -> bool | None:
        """True when the cancel reveals the secret behind its alarm's stop hash; None when
        this console never received that alarm; False otherwise."""
        with self._lock:
            expected = self._got_stops.get(str(body.get("uid", "")))
        if expected is None:
            return None
        unlock = envelope.get("unlock")
        return isinstance(unlock, str) and hmac.compare_digest(_hash(unlock).encode(),
                                                               expected.encode())

    def _ack_is_bound(self, body: dict, envelope: dict) -> bool | None:
        """True when the answer quotes our secret for its alarm; None when that alarm is
        not one of ours (another console's business); False for a wrong or missing quote."""
        with self._lock:
            expected = self._sent_acks.get(str(body.get("uid", "")))
        if expected is None:
            return None
        quoted = envelope.get("ack")
        return isinstance(quoted, str) and hmac.compare_digest(quoted.encode(),
                                                               expected.encode())

    def _got_receipt(self, body: dict, envelope: dict) -> None:
        bound = self._ack_is_bound(body, envelope)
        if bound is None:
            return
        if not bound:
            self._reject(f"receipt from {envelope.get('from')!r} does not quote the message's "
                         "secret")
            return
        with self._lock:
            event = self._receipts.get(str(body.get("token", "")))
            if event is not None:
                event.count += 1
                event.set()

    def reply(self, address: list | tuple | None, kind: str, body: dict) -> None:
        """Send straight back to the console a message came from (and, on multicast, to the
        group too: consoles sharing one host and port cannot be told apart by address).

        A receipt or acknowledgement quotes the secret of the alarm it answers."""
        with self._lock:
            ack = self._got_acks.get(str(body.get("uid", "")))
        packet = self.pack(kind, body, ack)
        targets = set() if self.peers else set(self.targets())
        if address:
            targets.add((address[0], int(address[1])))
        for target in targets:
            self.send_socket.sendto(packet, target)


def _remember(table: OrderedDict, key: str, value: str) -> None:
    table[key] = value
    table.move_to_end(key)
    while len(table) > REMEMBERED_ALARMS:
        table.popitem(last=False)


def _grow_receive_buffer(sock: socket.socket) -> None:
    # Where the system caps it, its limit stays: fine, only a flood is harder to ride out.
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)


def _replay_store(log_path):
    if log_path is None:
        return None
    from desk.store.lan_replay import ReplayFile, replay_path

    return ReplayFile(replay_path(log_path))


def _console_secret(log_path) -> bytes:
    """This console's own secret (never sent): from its private file beside the log, or
    for this run only when there is no log or the file cannot be trusted."""
    if log_path is not None:
        from desk.store.lan_replay import console_secret

        try:
            return console_secret(log_path)
        except OSError as exc:
            log.warning("LAN: this console's secret is kept for this run only (%s): after "
                        "a restart it cannot cancel the alarms it raised before", exc)
    return os.urandom(32)


def _derive(secret: bytes, purpose: str, uid: str) -> str:
    return hmac.new(secret, f"{purpose}\0{uid}".encode(), hashlib.sha256).hexdigest()


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _split_peer(peer: str) -> tuple[str, int]:
    host, _, port = peer.rpartition(":")
    return host, int(port)


class LanChannel:
    """The outbox's view of the link: a message counts as delivered on a receipt."""

    def __init__(self, name: str, link: LanLink):
        self.name = name
        self.link = link

    def describe(self) -> str:
        where = ", ".join(f"{h}:{p}" for h, p in self.link.targets())
        return f"{self.name} udp {where} (encrypted)"

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
