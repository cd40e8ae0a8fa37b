"""The alarm's fallback journal: JSON lines next to the call log, for when the log cannot
take an incident (damaged, locked, read-only, disk full).

Owner-only (created 0600 with ``O_CREAT|O_EXCL``, never through a symlink), each line
written with one ``write`` and flushed to disk before the call returns. It is read back only
when it is ours (``desk.store.owned_files``): a journal another account planted next to the
log is refused (``refused`` says why) and never sent as an alarm. The service merges
it into the log once the log is usable again (idempotent by incident uid), then empties it.
A torn last line (power cut mid-write) is skipped, the lines before it are kept.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import stat
from pathlib import Path

from desk.store.owned_files import NotOurFile, check_info, open_owned

log = logging.getLogger("desk.store.journal")
SUFFIX = ".alarm-journal.jsonl"


class JournalError(OSError):
    """The journal cannot be written either: the incident lives only in memory."""


def journal_path(db_path: Path | str) -> Path:
    path = Path(db_path)
    return path.with_name(f"{path.stem}{SUFFIX}")


class Journal:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.refused: NotOurFile | None = None  # set when the file found there is not ours

    def append(self, records: list[dict]) -> None:
        if not records:
            return
        data = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n"
                       for r in records).encode("utf-8")
        try:
            fd = self._open_for_append()
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise JournalError(exc.errno, f"{self.path}: {exc.strerror or exc}") from None

    def _open_for_append(self) -> int:
        flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0) \
            | getattr(os, "O_BINARY", 0)
        try:
            return os.open(self.path, flags | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        try:
            fd = open_owned(self.path, os.O_WRONLY | os.O_APPEND)
        except NotOurFile as exc:
            self.refused = exc
            raise OSError(errno.EPERM, str(exc)) from None
        if hasattr(os, "fchmod") and stat.S_IMODE(os.fstat(fd).st_mode) != 0o600:
            os.fchmod(fd, 0o600)  # someone made it readable: owner-only again
        return fd

    def read(self) -> list[dict]:
        try:
            raw = self._read_ours()
        except FileNotFoundError:
            return []
        except NotOurFile as exc:
            self.refused = exc
            log.error("the alarm journal is not read: %s", exc)
            return []
        except OSError as exc:
            log.error("cannot read the alarm journal %s: %s", self.path, exc)
            return []
        records = []
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                log.warning("%s line %d is torn or damaged: skipped", self.path, number)
                continue
            if isinstance(record, dict):
                records.append(record)
        return records

    def _read_ours(self) -> bytes:
        fd = open_owned(self.path)
        with os.fdopen(fd, "rb") as handle:
            return handle.read()

    def size(self) -> int:
        """Bytes waiting to be merged; 0 for a file that is not ours (never merged, never
        emptied: it is left for IT to look at)."""
        try:
            info = os.lstat(self.path)
            check_info(self.path, info)
        except NotOurFile as exc:
            self.refused = exc
            return 0
        except OSError:
            return 0
        return info.st_size

    def clear(self, expected_size: int | None = None) -> bool:
        """Empty it after a merge; not when it grew meanwhile (another writer appended)."""
        try:
            if expected_size is not None and self.path.stat().st_size != expected_size:
                return False
            self.path.unlink()
        except FileNotFoundError:
            return True
        except OSError as exc:
            log.error("cannot empty the alarm journal %s: %s", self.path, exc)
            return False
        return True
