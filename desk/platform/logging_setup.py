"""Desk's own log file, and what happens when something unexpected goes wrong.

The log rotates in the user's log dir (``~/.local/state/desk/log`` on Linux,
``%LOCALAPPDATA%\\desk\\Logs`` on Windows), readable by its owner only: it can hold caller
numbers. An unexpected error writes a crash report beside it and tells the receptionist
in a calm dialog, instead of the window vanishing or a traceback showing.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

# logging, platform and traceback load when first needed: not on the way to the window.

LOG_NAME = "desk.log"
MAX_BYTES, BACKUPS = 1_000_000, 5


def log_dir() -> Path:
    """The user's log dir for Desk (``DESK_LOG_DIR`` overrides, e.g. for a shared drive)."""
    if os.environ.get("DESK_LOG_DIR"):
        return Path(os.environ["DESK_LOG_DIR"]).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir("desk", appauthor=False))


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # not ours to change (e.g. a shared DESK_LOG_DIR)
        path.chmod(0o700)
    return path


def _private_open(path: str, flags: int) -> int:
    """Never through a link, never into another account's file (``DESK_LOG_DIR`` may be a
    shared folder where someone planted ``desk.log``)."""
    from desk.store.owned_files import open_owned

    return open_owned(path, flags)


_HANDLER_CLASS: list[type] = []


def private_handler_class() -> type:
    """A rotating file handler whose every file, rotated ones included, is owner-only."""
    if _HANDLER_CLASS:
        return _HANDLER_CLASS[0]
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):
            stream = open(self.baseFilename, self.mode, encoding=self.encoding,  # noqa: SIM115
                          errors=self.errors, opener=_private_open)
            with contextlib.suppress(OSError):
                os.chmod(self.baseFilename, 0o600)  # a file left by an older version
            return stream

    _HANDLER_CLASS.append(PrivateRotatingFileHandler)
    return PrivateRotatingFileHandler


def setup_logging(level: int | None = None) -> Path | None:
    """Log ``desk.*`` to the rotating file; returns its path (``None`` if it cannot be
    written: the console still runs, the log is a help, not a requirement)."""
    import logging

    handler_class = private_handler_class()
    logger = logging.getLogger("desk")
    for handler in logger.handlers:
        if isinstance(handler, handler_class):
            return Path(handler.baseFilename)
    try:
        path = _private_dir(log_dir()) / LOG_NAME
        handler = handler_class(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                             encoding="utf-8")
    except OSError as exc:
        print(f"desk: warning: no log file ({exc})", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if level is None else level)
    return path


def write_crash_report(kind, value, tb, context: str = "") -> Path | None:
    """One file per crash, owner-only: the traceback and what it ran on."""
    import platform
    import traceback
    from datetime import UTC, datetime

    from desk import __version__

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    lines = [f"Desk {__version__} crash report {stamp}",
             f"Python {platform.python_version()} on {platform.platform()}"]
    with contextlib.suppress(Exception):
        from PySide6 import QtCore

        lines.append(f"Qt {QtCore.qVersion()}, PySide6 {QtCore.__version__}")
    if context:
        lines.append(context)
    lines += ["", *traceback.format_exception(kind, value, tb)]
    try:
        path = _private_dir(log_dir()) / f"crash-{stamp}.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as report:
            report.write("\n".join(line.rstrip("\n") for line in lines) + "\n")
    except OSError:
        return None
    return path


def install_crash_handler(window=None, show_dialog=None):
    """Replace ``sys.excepthook``: log, write a crash report, show a calm dialog (once at a
    time) and keep the console running. Returns the previous hook, to restore on exit.

    ``show_dialog(window, report, previous)`` is ``desk.ui.crash_dialog.show_crash_dialog``,
    handed in by the UI: this module sits below the UI and imports none of it."""
    previous = sys.excepthook
    state = {"dialog": None}

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        import logging

        logging.getLogger("desk").error("unexpected error", exc_info=(kind, value, tb))
        report = write_crash_report(kind, value, tb)
        where = f" (report: {report})" if report else ""
        print(f"desk: unexpected error: {kind.__name__}: {value}{where}", file=sys.stderr)
        if window is not None and show_dialog is not None:
            with contextlib.suppress(RuntimeError):  # the window may already be gone
                state["dialog"] = show_dialog(window, report, state["dialog"])

    sys.excepthook = hook
    return previous
