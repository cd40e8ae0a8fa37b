"""One call log for every account of a machine: the shared front-desk PC.

``[store] path = "…"`` (and ``group = "desk"``) in the machine-wide config puts every
account's console on one log, so the afternoon shift sees the morning's callbacks and the
caller history is whole. The log is shared with one group and nobody else (Linux: the
folder ``2770`` — the setgid bit hands the group to every file made in it — the log
``0660``; SQLite gives its ``-wal``/``-shm`` files the log's own mode and owner, whatever
the umask). A shared log is used only when it is a plain file (no link, one name) of root
or of a member of the group, in that group, not writable by others.

Only the machine-wide config (IT's, root-owned) may set ``[store]``: a user's own config
could otherwise point everyone's console at a file of its choosing. One console runs per
shared log across accounts: ``claim_console`` holds a lock beside the log that names the
account and process holding it.

Windows: files have ACLs there (``docs/deployment.md`` documents the ``Desk Operators``
group); the owner/group checks and the cross-account lock apply on POSIX only.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from desk.store_setting import SharedLog, setting_for  # noqa: F401 (re-exported for callers)

LOCK_SUFFIX = ".console-lock"


class SharedLogProblem(Exception):
    """The shared log (or its folder) cannot be used; the text says why and what to do."""


# -- the group, the folder and the file -------------------------------------------------

def group_id(name: str) -> int:
    import grp

    try:
        return grp.getgrnam(name).gr_gid
    except KeyError:
        raise SharedLogProblem(f"the group {name!r} of the shared call log does not exist on "
                               "this computer: IT creates it (the Desk package does) and adds "
                               "the front-desk accounts to it") from None


def _is_member(uid: int, gid: int) -> bool:
    import grp
    import pwd

    if uid == 0:
        return True
    try:
        entry = pwd.getpwuid(uid)
        return entry.pw_gid == gid or entry.pw_name in grp.getgrgid(gid).gr_mem
    except KeyError:
        return False


def _owner(uid: int) -> str:
    from desk.store.owned_files import _owner_name

    return _owner_name(uid)


def _i_may_fix(info: os.stat_result) -> bool:
    return info.st_uid == os.getuid() or os.getuid() == 0


def ensure_folder(folder: Path, gid: int) -> None:
    """The log's folder: made ``2770`` in the group when missing; one of ours with other
    bits made so; anyone else's must already be right."""
    try:
        os.mkdir(folder, 0o700)  # tightened below, never wider than asked in between
        os.chown(folder, -1, gid)
        os.chmod(folder, 0o2770)
    except FileExistsError:
        pass
    except OSError as exc:
        raise SharedLogProblem(f"{folder}: the shared call log's folder cannot be made "
                               f"({exc.strerror}); IT makes it (group {_group_name(gid)}, "
                               "mode 2770)") from None
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise SharedLogProblem(f"{folder}: the shared call log's folder is a link or not a "
                               "folder; Desk does not use it")
    right = info.st_gid == gid and stat.S_IMODE(info.st_mode) == 0o2770
    if not right and _i_may_fix(info):
        os.chown(folder, -1, gid)
        os.chmod(folder, 0o2770)
        info = os.lstat(folder)
    _refuse_unless_shared(folder, info, gid, "folder")


def create_file(path: Path, gid: int) -> None:
    """A new shared log: ``0660`` in the group from its first byte, never through a link."""
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        info = os.fstat(fd)
        if info.st_size == 0 and _i_may_fix(info):
            os.fchown(fd, -1, gid)
            os.fchmod(fd, 0o660)
        _refuse_unless_shared(path, os.fstat(fd), gid, "file")
    finally:
        os.close(fd)


def check_file(path: Path, gid: int) -> None:
    """An existing shared log is used only if it is a plain file of root or a member, in
    the group, not writable by others (its mode made ``0660`` again when it is ours)."""
    info = os.lstat(path)
    if stat.S_ISREG(info.st_mode) and _i_may_fix(info) \
            and (stat.S_IMODE(info.st_mode) != 0o660 or info.st_gid != gid) \
            and info.st_nlink == 1:
        os.chown(path, -1, gid, follow_symlinks=False)
        os.chmod(path, 0o660)
        info = os.lstat(path)
    _refuse_unless_shared(path, info, gid, "file")


def _group_name(gid: int) -> str:
    import grp

    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return f"gid {gid}"


def _refuse_unless_shared(path: Path, info: os.stat_result, gid: int, what: str) -> None:
    why = None
    if stat.S_ISLNK(info.st_mode):
        why = "it is a symbolic link"
    elif what == "file" and not stat.S_ISREG(info.st_mode):
        why = "it is not a regular file"
    elif what == "file" and info.st_nlink > 1:
        why = "it has another name (a hard link)"
    elif info.st_uid != 0 and not _is_member(info.st_uid, gid):
        why = f"it belongs to {_owner(info.st_uid)}, who is not in the group {_group_name(gid)}"
    elif info.st_gid != gid:
        why = f"its group is {_group_name(info.st_gid)}, not {_group_name(gid)}"
    elif info.st_mode & 0o002:
        why = f"every account may write to it (mode {stat.S_IMODE(info.st_mode):04o})"
    elif what == "folder" and not info.st_mode & stat.S_ISGID:
        why = (f"it lacks the setgid bit (mode {stat.S_IMODE(info.st_mode):04o}, not 2770): "
               "SQLite's files made in it would not be the group's")
    if why:
        raise SharedLogProblem(f"{path}: the shared call log's {what} is refused: {why}; "
                               "ask IT to fix it (see docs/deployment.md, A shared front-desk PC)")


def check_member(shared: SharedLog) -> None:
    """This process may use the shared log only as a member of its group (POSIX)."""
    if os.name != "posix":
        return
    gid = group_id(shared.group)
    if os.geteuid() == 0 or os.getegid() == gid or gid in os.getgroups():
        return
    import pwd

    raise SharedLogProblem(
        f"{shared.path}: this computer's call log is shared by the members of the group "
        f"{shared.group!r}, and {pwd.getpwuid(os.getuid()).pw_name} is not one: ask IT to add "
        "this account to the group (then log out and in again)")


def prepare(db_path: Path, shared: SharedLog, *, fresh: bool) -> None:
    """Before the log is opened: its folder and file as a shared log must be (POSIX)."""
    if os.name != "posix":
        return
    check_member(shared)
    gid = group_id(shared.group)
    ensure_folder(db_path.parent, gid)
    if fresh:
        create_file(db_path, gid)
    else:
        check_file(db_path, gid)


# -- one console per shared log, across accounts ----------------------------------------

_held: dict[str, int] = {}  # lock path -> descriptor held for the life of the console


def lock_path(db_path: Path | str) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + LOCK_SUFFIX)


def claim_console(db_path: Path | str, shared: SharedLog) -> str | None:
    """Hold the lock beside the shared log (released by the system when this process ends);
    ``None`` when held now, else who holds it ("anna (pid 4242)")."""
    if os.name != "posix":
        return None
    import fcntl
    import pwd

    path = lock_path(db_path)
    if str(path) in _held:
        return None
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        info = os.fstat(fd)
        if info.st_size == 0 and _i_may_fix(info):  # every member may take it later
            with contextlib.suppress(OSError):
                os.fchown(fd, -1, group_id(shared.group))
                os.fchmod(fd, 0o660)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
            os.close(fd)
            return holder or "another account"
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise
    name = pwd.getpwuid(os.getuid()).pw_name
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{name} (pid {os.getpid()})\n".encode(), 0)
    _held[str(path)] = fd
    return None


def release_console(db_path: Path | str) -> None:
    fd = _held.pop(str(lock_path(db_path)), None)
    if fd is not None:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)
