"""One console per desk: the first ``desk`` listens on a local socket, later ones hand over.

Starting ``desk`` again (a second click on the icon, a ``tel:`` link, a softphone running
``desk incoming``) must not open a second window on the same call log: the new process
asks the running console to come to the front, or to look at its phone queue now, and
exits 0. A socket left behind by a console that was killed is detected (nobody answers on
it) and replaced. The address comes from ``desk.instance_link``: per user, per database.

A shared log (``[store]`` in the machine-wide config: one log for every account) also runs
one console across accounts: the lock beside the log (``desk.store.shared_log``) names the
account and process holding it, and another account's ``desk`` says so and exits 1.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal

from desk import instance_link
from desk.instance_link import PHONE, PING, RAISE, NoConsole

KNOWN = (RAISE, PHONE, PING)
FORWARD_WAIT_S = 10.0  # a console still starting on a slow machine
LISTEN_AFTER_PAINT_MS = 300  # a log slow to open: listen anyway (its ready comes later)
MAX_LINE = 64 * 1024  # a message is one short JSON line; anything longer is dropped


class HeldByAnotherAccount(Exception):
    """The shared call log already has its console, in another account; ``str()`` says who."""


class InstanceServer(QObject):
    """Listens for the one-line messages of later ``desk`` processes. QtNetwork loads at
    ``listen``: the console listens once it is up (``attach``); until then a later ``desk``
    finds the lock held and keeps knocking (``FORWARD_WAIT_S``)."""

    raise_requested = Signal()
    phone_woken = Signal()

    def __init__(self, address: str, parent: QObject | None = None):
        super().__init__(parent)
        self.address = address
        self.server = None  # QLocalServer, from listen()

    def listen(self) -> bool:
        if self.server is not None:
            return self.server.isListening()
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        # Only this user may connect (Unix: socket mode 0700; Windows: the user's pipe ACL).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        QLocalServer.removeServer(self.address)  # a socket left by a console that died
        if self.server.listen(self.address):
            return True
        # Running without the guard beats not running at all; say why once.
        print(f"desk: warning: cannot listen on {self.address}: {self.server.errorString()}",
              file=sys.stderr)
        return False

    def close(self) -> None:
        if self.server is not None:
            self.server.close()  # also removes the Unix socket file

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock) -> None:
        from PySide6.QtNetwork import QLocalSocket

        while sock.canReadLine():
            line = bytes(sock.readLine(MAX_LINE)).decode("utf-8", "replace")
            try:
                message = json.loads(line)
                action = message.get("do") if isinstance(message, dict) else None
            except ValueError:
                action = None
            if action == RAISE:
                self.raise_requested.emit()
            elif action == PHONE:
                self.phone_woken.emit()
            if sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
                # The pid lets IT (and tests) find the console a softphone started.
                reply = f"ok pid={os.getpid()}" if action in KNOWN else "unknown"
                sock.write(f"{reply}\n".encode())
                sock.flush()
        if sock.bytesAvailable() > MAX_LINE:
            sock.abort()  # not one of ours


def claim_or_forward(db_path: Path | str, argv: list[str] | None = None, *,
                     listen: bool = True) -> bool:
    """``True``: this process is the console for ``db_path`` (it listens now, or with
    ``listen=False`` once ``attach`` says the window is up).
    ``False``: a console already runs on that call log; it was asked to come to the front.

    Who is the console is decided by a lock file, not by the socket: two ``desk`` started in
    the same moment (a double click, a softphone starting Desk while the user does) would
    both find no socket yet, and on Unix a second listen silently takes the name over. The
    lock is released by the system when its holder dies, so a crash never blocks the next
    start (a live holder's lock is never taken: the system lock on the file protects it);
    the socket a dead console left is removed before listening.
    """
    message = {"do": RAISE, "argv": list(argv or [])}
    try:
        address = instance_link.server_address(db_path)
        lock = QLockFile(instance_link.lock_path(db_path))
    except OSError as exc:  # no private place for the socket: run, but say so
        print(f"desk: warning: cannot check for a running console: {exc}", file=sys.stderr)
        return True
    # The holder may still be starting (no socket yet), or have just died: keep trying both.
    deadline = time.monotonic() + FORWARD_WAIT_S
    while not lock.tryLock(0):
        try:
            instance_link.send(db_path, message, wait_reply=3.0)
        except (NoConsole, OSError):
            if time.monotonic() > deadline:
                print("desk: warning: another Desk holds this call log but does not answer; "
                      "starting anyway", file=sys.stderr)
                break
            time.sleep(0.05)  # a process start, not a test: the other is getting ready
        else:
            print(instance_link.HANDED_OVER)
            return False
    _claim_shared_log(db_path, lock)
    server = InstanceServer(address)
    if listen and not server.listen():
        return True
    app = QCoreApplication.instance()
    if app is not None:
        app._desk_instance_server = server  # lives as long as the console
        server.lock = lock  # held (and released by the system) with the process
        server.db_path = db_path
        app.aboutToQuit.connect(release)
    return True


def _claim_shared_log(db_path: Path | str, lock: QLockFile) -> None:
    """This account's console for ``db_path``: on the machine's shared log, also the one
    console across accounts (``HeldByAnotherAccount`` naming who has it open)."""
    from desk.store.shared_log import claim_console, setting_for

    shared = setting_for(db_path)
    if shared is None:
        return
    try:
        holder = claim_console(db_path, shared)
    except OSError as exc:  # the log's folder says more when the log opens
        print(f"desk: warning: cannot check for a console in another account: {exc}",
              file=sys.stderr)
        return
    if holder is not None:
        lock.unlock()
        raise HeldByAnotherAccount(
            f"the shared call log {db_path} is open in Desk by {holder} on this computer; "
            "one console runs per call log: ask them to close Desk (or sign them out), then "
            "start Desk again")


def release() -> None:
    """Stop listening (the console is closing): the next ``desk`` becomes the console."""
    app = QCoreApplication.instance()
    server = getattr(app, "_desk_instance_server", None)
    if server is None:
        return
    server.close()
    lock = getattr(server, "lock", None)
    if lock is not None:
        lock.unlock()
    from desk.store.shared_log import release_console

    release_console(server.db_path)
    del app._desk_instance_server
    app.aboutToQuit.disconnect(release)


def attach(window) -> None:
    """Connect the listening socket to the console window."""
    app = QCoreApplication.instance()
    server: InstanceServer | None = getattr(app, "_desk_instance_server", None)
    if server is None:
        return
    server.raise_requested.connect(lambda: bring_to_front(window))
    server.phone_woken.connect(lambda: _wake_phone_link(window))
    window.instance_server = server


def listen() -> None:
    """Claimed with ``listen=False``: listen now (once; nothing if released or not claimed).
    The console calls it a turn after "ready", or ``LISTEN_AFTER_PAINT_MS`` after its first
    paint if the log is slow."""
    server = getattr(QCoreApplication.instance(), "_desk_instance_server", None)
    if server is not None:
        server.listen()


def bring_to_front(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # they cannot raise
        window.raise_()
        window.activateWindow()


def _wake_phone_link(window) -> None:
    link = getattr(window, "phone_link", None)
    if link is not None:  # not yet installed: it reads the queue when the log opens
        link.poll()
