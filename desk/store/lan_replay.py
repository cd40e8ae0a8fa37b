"""The LAN listener's replay marks on disk: each sender's high-water counter, durable.

A small owner-only file next to the call log (``<log>.lan-replay-<uid>``), not the log:
the listener must never wait on the log's writer, and a mark must be on disk (fsynced)
before the packet it covers is acted on or answered, so a crash never re-opens a replay.

The file is append-only fixed-size records behind a magic line; when it holds more than
``MAX_RECORDS`` it is rewritten with the live marks only (temp file, fsync, rename), so it
stays under ~130 kB. It is opened only through ``owned_files.open_owned`` (a regular file,
not a link, of this account, no other name, nobody else may write it) and must also be
unreadable by others (0600); otherwise it is refused with a warning, its marks are not
used, and a fresh private file replaces it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import struct
import time
from pathlib import Path

from desk.store.owned_files import NotOurFile, open_owned

log = logging.getLogger("desk.alerts.lan")

MAGIC = b"DSKRPL1\n"
RECORD = struct.Struct("!16sQd")  # sender id, high-water counter, expires (Unix time)
MAX_RECORDS = 4096
MAX_SENDERS = 1024  # live marks kept at a rewrite (the soonest to expire go first)
MAX_BYTES = len(MAGIC) + RECORD.size * (MAX_RECORDS + 64)
SUFFIX = ".lan-replay"
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def replay_path(log_path: Path | str) -> Path:
    return _beside(log_path, SUFFIX)


def _beside(log_path: Path | str, suffix: str) -> Path:
    """A private file next to the log, one per account (a machine-wide log is shared by
    the accounts of a group; each account's console keeps its own)."""
    log_path = Path(log_path)
    account = f"-{os.getuid()}" if hasattr(os, "getuid") else ""
    return log_path.with_name(f"{log_path.name}{suffix}{account}")


class ReplayFile:
    """``load`` once, then ``save`` marks; every method raises ``OSError`` on failure."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._fd: int | None = None
        self._records = 0
        self._live: dict[str, tuple[int, float]] = {}
        self.refused: str | None = None  # why the file found at start was not trusted

    def load(self, now: float) -> dict[str, int]:
        """Every sender's unexpired mark; a file that fails the checks gives none."""
        why, data = None, b""
        try:
            fd = open_owned(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return {}
        except NotOurFile as exc:
            why = exc.why
        else:
            with os.fdopen(fd, "rb") as handle:
                why = _readable_by_others(os.fstat(handle.fileno()))
                data = handle.read(MAX_BYTES + 1)
            if why is None and len(data) > MAX_BYTES:
                why = f"it is too big for a replay file ({len(data)} bytes or more)"
            elif why is None and not data.startswith(MAGIC):
                why = "it is not a Desk replay file"
        if why is not None:
            self.refused = f"{self.path}: {why}"
            log.warning("LAN replay marks refused: %s; its marks are not used and a new "
                        "private file replaces it (packets sealed before this start are "
                        "refused anyway)", self.refused)
            self._replace()
            return {}
        body = data[len(MAGIC):]
        whole = len(body) - len(body) % RECORD.size  # a record torn by a crash is ignored
        for offset in range(0, whole, RECORD.size):
            sender, high, expires = RECORD.unpack_from(body, offset)
            self._keep(sender.hex(), high, expires)
        self._records = whole // RECORD.size
        self._live = {s: m for s, m in self._live.items() if m[1] > now}
        return {sender: high for sender, (high, _) in self._live.items()}

    def _keep(self, sender: str, high: int, expires: float) -> None:
        old = self._live.get(sender)
        if old is None:
            self._live[sender] = (high, expires)
        else:
            self._live[sender] = (max(old[0], high), max(old[1], expires))

    def _replace(self) -> None:
        """Remove an untrusted file (a link is removed, never followed)."""
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)

    def save(self, marks: dict[str, tuple[int, float]], now: float) -> None:
        """Append ``{sender: (high_water, expires)}`` and fsync; rewrite when too long."""
        for sender, (high, expires) in marks.items():
            self._keep(sender, high, expires)
        if self._records + len(marks) > MAX_RECORDS:
            self._rewrite(now)
            return
        fd = self._append_fd()
        data = b"".join(RECORD.pack(bytes.fromhex(s), h, e) for s, (h, e) in marks.items())
        os.write(fd, data)
        os.fsync(fd)
        self._records += len(marks)

    def _append_fd(self) -> int:
        if self._fd is None:
            # Planted after our start (a link, another account's file): never written.
            fd = open_owned(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            try:
                info = os.fstat(fd)
                why = _readable_by_others(info)
                if why:
                    raise NotOurFile(self.path, why)
                if info.st_size == 0:  # new: its name must survive a crash too
                    os.write(fd, MAGIC)
                    os.fsync(fd)
                    _fsync_dir(self.path.parent)
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
        return self._fd

    def _rewrite(self, now: float) -> None:
        live = sorted(((s, m) for s, m in self._live.items() if m[1] > now),
                      key=lambda item: item[1][1])[-MAX_SENDERS:]
        self._live = dict(live)
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{time.monotonic_ns()}")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o600)
        try:
            os.write(fd, MAGIC + b"".join(RECORD.pack(bytes.fromhex(s), h, e)
                                          for s, (h, e) in live))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, self.path)
        _fsync_dir(self.path.parent)
        self.close()
        self._records = len(live)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


SECRET_SUFFIX = ".lan-secret"
SECRET_BYTES = 32


def console_secret(log_path: Path | str) -> bytes:
    """This console's own 32-byte secret, from ``<log>.lan-secret-<uid>`` (made on first use).

    It derives what a cancel of one of our alarms reveals, so it must survive a restart
    and nobody else may read or plant it: the same checks as the replay file, and
    ``OSError`` (saying which file and why) when it cannot be trusted."""
    path = _beside(log_path, SECRET_SUFFIX)
    try:
        return _read_or_make_secret(path)
    except NotOurFile as exc:  # planted or loosened: replace it with one of our own
        log.warning("LAN: this console's secret %s; it is replaced by a new private one", exc)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        return _read_or_make_secret(path)


def _read_or_make_secret(path: Path) -> bytes:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, 0o600)
    except FileExistsError:
        pass
    else:
        try:
            os.write(fd, os.urandom(SECRET_BYTES))
            os.fsync(fd)
        finally:
            os.close(fd)
        _fsync_dir(path.parent)
    fd = open_owned(path, os.O_RDONLY)
    with os.fdopen(fd, "rb") as handle:
        why = _readable_by_others(os.fstat(handle.fileno()))
        data = handle.read(SECRET_BYTES + 1)
    if why is None and len(data) != SECRET_BYTES:
        why = "it is not a Desk console secret"
    if why is None:
        return data
    raise NotOurFile(path, why)


def _readable_by_others(info: os.stat_result) -> str | None:
    """These files hold secrets (or say when we last heard whom): 0600 only."""
    if hasattr(os, "getuid") and info.st_mode & 0o077:
        return f"other accounts may read it (mode {stat.S_IMODE(info.st_mode):04o})"
    return None
