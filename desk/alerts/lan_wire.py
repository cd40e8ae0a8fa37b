"""LAN packets: sealed with ChaCha20-Poly1305, numbered, and checked for replays.

A packet is ``MAGIC | sender (16) | counter (8) | nonce (12) | ciphertext``. The header
is authenticated as associated data; everything else (who, where, the caller, the time)
is inside the ciphertext. ``sender`` is a random id drawn by each link when it starts, so
a restarted console never reuses a (sender, counter) pair, and ``counter`` rises by one
per packet. The nonce is a keyed BLAKE2b of (sender, counter) under a key derived from
the branch key: unique per packet as ChaCha20-Poly1305 needs, and a cheap first test
(well under a microsecond of C) that drops a keyless forgery before the AEAD check. A
forgery that copies a captured header passes it once, then its (sender, counter) is
burned. The ciphertext is padded, so a sealed packet measures ``HEADER + n*PAD_TO + 16``. Receivers keep each sender's high-water mark (RFC 6479's sliding window, as
WireGuard does) in a small private file (``store/lan_replay.py``), plus a time window,
so a recorded packet is refused before and after a restart, whatever the sender's clock
says.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import struct
import threading
import time
from datetime import UTC, datetime

log = logging.getLogger("desk.alerts.lan")

MAGIC = b"DSK3"  # 3: the nonce is keyed (DSK2 consoles cannot talk to this one)
FAMILY = b"DSK"
HEADER = struct.Struct("!4s16sQ12s")
MAX_PACKET = 8192  # larger datagrams are dropped unread: no alarm comes near this
PAD_TO = 256  # ciphertext lengths in steps of this, so sizes say little about contents
SMALLEST = HEADER.size + PAD_TO + 16  # the least a sealed packet measures (header, tag)
MAX_AGE_S = 120  # a packet whose time differs more from ours is refused
WINDOW = 64  # out-of-order packets accepted this far below a sender's high-water mark
MEMORY_S = 2 * MAX_AGE_S + 60  # how long a sender's mark must be kept


class Refused(Exception):
    """This packet is not accepted; the text says why (for the rate-limited log)."""


class Sealer:
    """One link's key, sender id and counter."""

    BURNED = 4096  # forged (sender, counter) pairs remembered

    def __init__(self, key: bytes):
        self._key = key
        self._aead = None
        self._nonce_key = hashlib.blake2b(b"desk lan nonce", key=key, digest_size=32).digest()
        self.sender = os.urandom(16)
        self._counter = 0
        self._lock = threading.Lock()
        self._burned: dict[bytes, None] = {}

    def nonce(self, sender_and_counter: bytes) -> bytes:
        """The only nonce a packet from this (sender, counter) may carry."""
        return hashlib.blake2b(sender_and_counter, key=self._nonce_key,
                               digest_size=12).digest()

    def plausible(self, header: bytes | bytearray | memoryview) -> bool:
        """The cheap test: keyed nonce right, and not a header already caught forging."""
        ident = bytes(header[4:28])
        return header[28:40] == self.nonce(ident) and ident not in self._burned

    def screen(self, buffer: bytearray, size: int) -> str | None:
        """The listener's first look at a datagram, before any decryption: ``None`` for a
        plausible sealed packet, ``"shape"`` for one not shaped like ours (size, magic,
        version), ``"key"`` for one whose keyed nonce is wrong."""
        if (size < SMALLEST or size > MAX_PACKET or (size - SMALLEST) % PAD_TO
                or buffer[:4] != MAGIC):
            return "shape"
        return None if self.plausible(buffer) else "key"

    def _burn(self, ident: bytes) -> None:
        self._burned[ident] = None
        if len(self._burned) > self.BURNED:
            del self._burned[next(iter(self._burned))]

    @property
    def aead(self):
        """The cipher, built on first use: its library loads off the console's start-up
        path (on the listener or sending thread, when the first packet moves)."""
        if self._aead is None:
            from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

            self._aead = ChaCha20Poly1305(self._key)
        return self._aead

    def seal(self, envelope: dict) -> bytes:
        with self._lock:
            self._counter += 1
            counter = self._counter
        nonce = self.nonce(self.sender + counter.to_bytes(8, "big"))
        header = HEADER.pack(MAGIC, self.sender, counter, nonce)
        plain = json.dumps(envelope, ensure_ascii=False, allow_nan=False).encode("utf-8")
        plain += b" " * (-len(plain) % PAD_TO)
        return header + self.aead.encrypt(nonce, plain, header)

    def open(self, packet: bytes) -> tuple[str, int, dict]:
        """``(sender hex, counter, envelope)`` of an authentic packet; ``Refused`` otherwise."""
        if len(packet) < HEADER.size + 16 or len(packet) > MAX_PACKET:
            raise Refused("not a Desk packet (size)")
        magic, sender, counter, nonce = HEADER.unpack_from(packet)
        if magic != MAGIC:
            raise Refused(other_version(magic) or "not a Desk packet")
        if not self.plausible(packet):
            raise Refused(NOT_AUTHENTIC)
        from cryptography.exceptions import InvalidTag

        try:
            plain = self.aead.decrypt(nonce, packet[HEADER.size:], packet[:HEADER.size])
        except InvalidTag:
            self._burn(packet[4:28])
            raise Refused(NOT_AUTHENTIC) from None
        try:
            envelope = json.loads(plain, parse_constant=_no_constants)
        except (ValueError, RecursionError):  # RecursionError: nested thousands deep
            raise Refused("malformed payload") from None
        if not isinstance(envelope, dict) or not isinstance(envelope.get("body", {}), dict):
            raise Refused("malformed payload")
        return sender.hex(), counter, envelope


NOT_AUTHENTIC = "does not authenticate (forged, damaged, or another branch key)"


def other_version(magic: bytes | bytearray | memoryview) -> str | None:
    """The refusal for another Desk version's packet (so a mixed branch is diagnosed)."""
    magic = bytes(magic[:4])
    if magic[:3] == FAMILY and magic != MAGIC:
        return (f"a Desk packet of another format ({magic.decode('ascii', 'replace')}; this "
                f"console speaks {MAGIC.decode()}): update all consoles of the branch together")
    return None


def _no_constants(name: str):
    raise ValueError(f"{name} is not a time")


def check_time(envelope: dict, now: float) -> None:
    """Refuse a packet whose time is missing, not finite, or outside the window."""
    ts = envelope.get("ts")
    if isinstance(ts, bool) or not isinstance(ts, int | float) or not math.isfinite(ts):
        raise Refused(f"no usable time in the packet ({ts!r})")
    if abs(now - ts) > MAX_AGE_S:
        raise Refused(f"packet time is {now - ts:+.0f} s from ours (at most {MAX_AGE_S} s): "
                      f"a replay, or {envelope.get('from')!r} has a wrong clock")


class ReplayGuard:
    """Per-sender sliding windows; marks persist through ``store`` when one is given.

    ``commit`` writes the marks of accepted packets (fsynced) and is called before a
    packet is acted on or answered. If the disk refuses, the marks stay in memory, the
    packet is still handled (an alarm outranks a replay mark) and the write is retried;
    packets sealed before the listener started are refused anyway (``LanLink``).
    """

    RETRY_S = 1.0  # after a failed write, wait this long before the next try

    def __init__(self, store=None, now: datetime | None = None):
        self.store = store
        self._lock = threading.Lock()  # the listener and a closing thread may both flush
        self._retry_at = 0.0
        self._windows: dict[str, list[int]] = {}  # sender -> [high_water, bitmap]
        self._expires: dict[str, float] = {}
        self._pending: dict[str, tuple[int, float]] = {}
        self.store_error: str | None = None
        self.store_failures = 0
        start = (now or datetime.now(UTC)).timestamp()
        if store is not None:
            try:
                for sender, high in store.load(start).items():
                    # After a restart we no longer know which counters below the mark
                    # arrived: treat them all as seen.
                    self._windows[sender] = [high, (1 << WINDOW) - 1]
                    self._expires[sender] = start + MEMORY_S
            except OSError as exc:  # unreadable: memory only (and a warning)
                self._store_failed(exc)

    def knows(self, sender: str) -> bool:
        """A sender that has sent us an authentic packet recently (flood priority)."""
        return sender in self._windows

    def seen(self, sender: str, counter: int) -> bool:
        """True when (sender, counter) would be refused as a replay: a cheap test before
        any decryption (the pair is only trusted after ``check_and_accept``)."""
        window = self._windows.get(sender)
        if window is None or counter > window[0]:
            return False
        high, bits = window
        return high - counter >= WINDOW or bool(bits >> (high - counter) & 1)

    def check_and_accept(self, sender: str, counter: int, now: datetime) -> None:
        with self._lock:
            self._check_and_accept(sender, counter, now.timestamp())

    def _check_and_accept(self, sender: str, counter: int, now: float) -> None:
        window = self._windows.get(sender)
        if window is None:
            self._windows[sender] = [counter, 1]
        else:
            high, bits = window
            if counter > high:
                shift = counter - high
                bits = ((bits << shift) | 1) & ((1 << WINDOW) - 1) if shift < WINDOW else 1
                window[:] = [counter, bits]
            elif high - counter >= WINDOW:
                raise Refused("counter far behind this sender's last: replay refused")
            elif bits >> (high - counter) & 1:
                raise Refused("counter seen before: replay refused")
            else:
                window[1] = bits | (1 << (high - counter))
        expires = now + MEMORY_S
        self._expires[sender] = expires
        if self.store is not None:
            self._pending[sender] = (self._windows[sender][0], expires)

    def commit(self, now: datetime) -> bool:
        """Write pending marks now (fsynced); False when they could not be written."""
        self.flush(now, force=True)
        return not self._pending

    def flush(self, now: datetime, force: bool = False) -> None:
        """Write pending marks; on failure keep them and try again after ``RETRY_S``.
        Also forget senders whose packets would be stale anyway."""
        moment = now.timestamp()
        with self._lock:
            for sender in [s for s, e in self._expires.items() if e <= moment]:
                self._expires.pop(sender, None)
                self._windows.pop(sender, None)
            if not self._pending or self.store is None:
                return
            if not force and time.monotonic() < self._retry_at:
                return
            marks = dict(self._pending)
            try:
                self.store.save(marks, moment)
            except OSError as exc:
                self._retry_at = time.monotonic() + self.RETRY_S
                self._store_failed(exc)
                return
            for sender, mark in marks.items():
                if self._pending.get(sender) == mark:
                    del self._pending[sender]
            self.store_error = None
            self.store_failures = 0

    def _store_failed(self, exc: Exception) -> None:
        text = f"{type(exc).__name__}: {exc}"
        self.store_failures += 1
        if text != self.store_error or self.store_failures % 100 == 0:
            log.warning("LAN replay marks kept in memory only (cannot write %s: %s)",
                        getattr(self.store, "path", "the replay file"), text)
        self.store_error = text

    @property
    def pending(self) -> int:
        return len(self._pending)


class RefusalLog:
    """At most ``burst`` log lines per ``period_s`` about refused packets; the rest counted."""

    def __init__(self, monotonic, burst: int = 10, period_s: float = 60.0):
        self.monotonic, self.burst, self.period_s = monotonic, burst, period_s
        self._window_start = -math.inf
        self._logged = 0
        self.suppressed = 0

    def __call__(self, why: str) -> None:
        now = self.monotonic()
        if now - self._window_start >= self.period_s:
            if self.suppressed:
                log.warning("%d more refused LAN packets were not logged one by one",
                            self.suppressed)
            self._window_start, self._logged, self.suppressed = now, 0, 0
        if self._logged < self.burst:
            self._logged += 1
            log.warning("LAN packet refused: %s", why)
        else:
            self.suppressed += 1
