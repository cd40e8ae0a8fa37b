"""The running console's local socket, seen from outside Qt: its name, and one message to it.

The console listens with Qt's ``QLocalServer`` (``desk.ui.single_instance``); commands such
as ``desk incoming`` only need to drop one line into it, so this side is plain Python and
costs a command no Qt import. On Unix a ``QLocalServer`` given a full path is an ordinary
Unix-domain socket there; on Windows it is the named pipe ``\\\\.\\pipe\\<name>``.

One socket per user and per database: two users, or two logs, never reach each other.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
from pathlib import Path

from desk.store.owned_files import private_dir_problem

RAISE, PHONE, PING = "raise", "phone", "ping"


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment: still one name per login
        return os.environ.get("USERNAME", "user")


def server_name(db_path: Path | str) -> str:
    """A short name derived from the user and the database file's full path."""
    resolved = str(Path(db_path).expanduser().resolve())
    if sys.platform == "win32":
        resolved = resolved.lower()  # one file, however its path is spelled
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]
    return f"desk-{_user()}-{digest}"


def server_address(db_path: Path | str) -> str:
    """What ``QLocalServer.listen`` gets: a full socket path on Unix, a pipe name on Windows.

    The Unix folder depends on nothing in the environment (a softphone or a ``tel:`` handler
    may start ``desk`` with a different ``TMPDIR`` or without ``XDG_RUNTIME_DIR``): the
    login's runtime dir ``/run/user/<uid>``, else a private ``/tmp/desk-<uid>`` (0700; when
    another account made that one first, ``~/.cache/desk-run`` instead: see
    ``_private_socket_dir``).
    """
    name = server_name(db_path)
    if sys.platform == "win32":
        return name
    return os.path.join(_private_socket_dir(), f"{name}.sock")


def lock_path(db_path: Path | str) -> str:
    """The lock file whose holder is the console of ``db_path`` (beside its socket)."""
    name = server_name(db_path)
    if sys.platform == "win32":
        import tempfile

        return os.path.join(tempfile.gettempdir(), f"{name}.lock")  # the user's own temp
    return os.path.join(_private_socket_dir(), f"{name}.lock")


def _private_socket_dir() -> str:
    """The login's runtime dir; else ``/tmp/desk-<uid>``, created 0700 (made 0700 again if
    ours and widened). One another account made first (to listen in, or to make every
    ``desk incoming`` start one more console) is refused and left alone: the socket then
    goes to ``~/.cache/desk-run`` (the home from the account database, not ``HOME``, so every
    start finds the same place)."""
    uid = os.getuid()
    runtime = f"/run/user/{uid}"
    with contextlib.suppress(OSError):
        info = os.lstat(runtime)
        if private_dir_problem(runtime) is None and not info.st_mode & 0o022 \
                and os.access(runtime, os.W_OK):
            return runtime
    folder = f"/tmp/desk-{uid}"
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
    problem = private_dir_problem(folder)
    if problem is None:
        _make_owner_only(folder)
        return folder
    return _home_socket_dir(folder, problem)


def _make_owner_only(folder: str) -> None:
    if stat.S_IMODE(os.lstat(folder).st_mode) != 0o700:
        os.chmod(folder, 0o700)  # ours, widened (by hand or an old umask): private again


def _home_socket_dir(refused: str, problem: str) -> str:
    import pwd

    folder = os.path.join(pwd.getpwuid(os.getuid()).pw_dir, ".cache", "desk-run")
    try:
        os.makedirs(folder, 0o700, exist_ok=True)
    except OSError as exc:
        raise PermissionError(f"{refused} is refused ({problem}) and {folder} cannot be "
                              f"made ({exc.strerror or exc})") from None
    home_problem = private_dir_problem(folder)
    if home_problem is not None:
        raise PermissionError(f"{refused} is refused ({problem}); {folder} too "
                              f"({home_problem})")
    _make_owner_only(folder)
    if refused not in _TOLD:  # once per process: every command would say it otherwise
        _TOLD.add(refused)
        print(f"desk: warning: {refused} is not used ({problem}); the console's socket is in "
              f"{folder}", file=sys.stderr)
    return folder


_TOLD: set[str] = set()


HANDED_OVER = "Desk is already running on this call log: brought it to the front."


class NoConsole(Exception):
    """No console listens for this database (none runs, or one died and left its socket)."""


def may_be_listening(db_path: Path | str) -> bool:
    """Cheap first look (no socket module): on Unix a listening console has its socket file;
    ``False`` means none runs. A named pipe (Windows) is only found by opening it."""
    return sys.platform == "win32" or os.path.exists(server_address(db_path))


def send(db_path: Path | str, message: dict, *, wait_reply: float = 0.0) -> str:
    """Send one JSON line to the console of ``db_path``; optionally wait for its reply line.

    Raises ``NoConsole`` when nobody listens (including a stale socket left by a crash).
    """
    data = (json.dumps(message) + "\n").encode("utf-8")
    address = server_address(db_path)
    if sys.platform == "win32":
        return _send_pipe(address, data, wait_reply)
    import socket  # only here: a console that starts first never needs it

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(2.0)
        try:
            sock.connect(address)
        except (FileNotFoundError, ConnectionRefusedError) as exc:
            raise NoConsole(str(exc)) from None
        sock.sendall(data)
        if not wait_reply:
            return ""
        sock.settimeout(wait_reply)
        try:
            return sock.makefile("r", encoding="utf-8").readline().strip()
        except TimeoutError:
            return ""


def _send_pipe(name: str, data: bytes, wait_reply: float) -> str:
    """Windows: the console's ``QLocalServer`` is a named pipe."""
    with contextlib.suppress(Exception):  # let the console take the foreground (raise)
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    try:
        pipe = open(rf"\\.\pipe\{name}", "r+b", buffering=0)  # noqa: SIM115 - closed below
    except OSError as exc:
        raise NoConsole(str(exc)) from None
    with pipe:
        pipe.write(data)
        if not wait_reply:
            return ""
        return pipe.readline().decode("utf-8", "replace").strip()


def console_pid(db_path: Path | str) -> int | None:
    """The pid of the console running on ``db_path``, or ``None`` when none answers."""
    try:
        reply = send(db_path, {"do": PING}, wait_reply=3.0)
    except (NoConsole, OSError):
        return None
    _, _, pid = reply.partition("pid=")
    return int(pid) if pid.isdigit() else None
