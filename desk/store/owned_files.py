"""Files Desk reads back must be its own: owned by this account, not a link, not writable
by others.

Another account that can write in a folder Desk uses (a shared log folder, ``/tmp``) could
otherwise plant a file Desk trusts: an alarm journal that is sent as a real alarm, a
passphrase hash of its own. One check, here, for every such file; a refusal says which
file and why, so the console can show it and IT can remove the file.

On Windows files have ACLs, not owner/mode bits: only the link check applies there.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

ROOT_UID = 0


class NotOurFile(OSError):
    """A file Desk would read back is refused: ``path`` and ``why`` say which and why."""

    def __init__(self, path: Path | str, why: str):
        super().__init__(errno.EPERM, why, str(path))
        self.path, self.why = Path(path), why

    def __str__(self) -> str:
        return f"{self.path}: refused: {self.why}"


def _owner_name(uid: int) -> str:
    try:
        import pwd

        return f"{pwd.getpwuid(uid).pw_name} (uid {uid})"
    except (ImportError, KeyError):
        return f"uid {uid}"


def other_owner(path: Path | str) -> str | None:
    """The account ``path`` belongs to when that is neither this one nor root ("dk (uid
    1001)"); None when it is ours or root's, absent, or the system has no owners."""
    if not hasattr(os, "getuid"):
        return None
    try:
        uid = os.stat(path).st_uid
    except OSError:
        return None
    return None if uid in (os.getuid(), ROOT_UID) else _owner_name(uid)


def check_info(path: Path | str, info: os.stat_result, *, root_ok: bool = False) -> None:
    """Raise ``NotOurFile`` unless ``info`` (an ``fstat``/``lstat``) is a regular file of
    this account (or of root with ``root_ok``: a machine-wide file IT installed) that no
    other account may write."""
    if stat.S_ISLNK(info.st_mode):
        raise NotOurFile(path, "it is a symbolic link")
    if not stat.S_ISREG(info.st_mode):
        raise NotOurFile(path, "it is not a regular file")
    if not hasattr(os, "getuid"):
        return
    trusted = {os.getuid()} | ({ROOT_UID} if root_ok else set())
    if info.st_uid not in trusted:
        raise NotOurFile(path, f"it belongs to another account, {_owner_name(info.st_uid)}")
    if info.st_mode & 0o022:
        raise NotOurFile(path, f"other accounts may write to it (mode "
                               f"{stat.S_IMODE(info.st_mode):04o})")
    if info.st_nlink > 1:
        raise NotOurFile(path, "it has another name (a hard link)")


def open_owned(path: Path | str, flags: int = os.O_RDONLY, *, create_mode: int = 0o600,
               root_ok: bool = False) -> int:
    """``os.open`` that never follows a link and returns only a descriptor of a file that
    passes ``check_info`` (checked on the open file: nothing can be swapped in between).
    ``FileNotFoundError`` passes through when the file is absent and ``O_CREAT`` not given."""
    path = Path(path)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) \
        | getattr(os, "O_NONBLOCK", 0)  # a planted FIFO must not hang the console
    if not hasattr(os, "O_NOFOLLOW") and path.is_symlink():
        raise NotOurFile(path, "it is a symbolic link")
    try:
        fd = os.open(path, flags, create_mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotOurFile(path, "it is a symbolic link") from None
        if exc.errno == errno.ENXIO:  # a FIFO or socket nobody writes to
            raise NotOurFile(path, "it is not a regular file") from None
        raise
    try:
        check_info(path, os.fstat(fd), root_ok=root_ok)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_owned(path: Path | str, *, root_ok: bool = False) -> bytes:
    """The bytes of ``path`` if it is ours (see ``check_info``); else ``NotOurFile``.
    ``FileNotFoundError`` when there is no such file."""
    fd = open_owned(path, os.O_RDONLY, root_ok=root_ok)
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


def private_dir_problem(path: Path | str) -> str | None:
    """Why ``path`` is not a private folder of this account (None: it is). Not followed
    when it is a link."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "it does not exist"
    if stat.S_ISLNK(info.st_mode):
        return "it is a symbolic link"
    if not stat.S_ISDIR(info.st_mode):
        return "it is not a folder"
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return f"it belongs to another account, {_owner_name(info.st_uid)}"
    return None
