"""Start Desk at login: an XDG autostart entry on Linux, the ``HKCU ... Run`` value on Windows.

Qt-free so that it can be tested (and used from a script) without a window. The entry
starts Desk the way this process was started (the bundle's program, or this Python with
``-m desk``); the config is found the usual way at each start, so the entry never needs
changing when the config does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENTRY_NAME = "desk.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Desk"


def command() -> list[str]:
    """How to start Desk again: the frozen program itself, else Python with ``-m desk``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desk"]


def entry_path() -> Path:
    """``$XDG_CONFIG_HOME/autostart/desk.desktop`` (``~/.config`` without it)."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "autostart" / ENTRY_NAME


def _exec_arg(arg: str) -> str:
    """One argument of an ``Exec=`` line (Desktop Entry spec: quote, escape, ``%%``)."""
    arg = arg.replace("%", "%%")
    if not any(c in arg for c in ' \t"\'\\><~|&;$*?#()`='):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    # The file's own string escaping doubles every backslash once more.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry(argv: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Desk",
        "Comment=Front-desk console: calls, callbacks and the security alarm",
        "Exec=" + " ".join(_exec_arg(a) for a in argv),
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def is_enabled() -> bool:
    if sys.platform == "win32":
        return _run_value() is not None
    return entry_path().is_file()


def enable(argv: list[str] | None = None) -> None:
    """Start Desk at the next login (``argv``: how; default ``command()``)."""
    argv = argv or command()
    if sys.platform == "win32":
        _set_run_value(" ".join(f'"{a}"' for a in argv))
        return
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(desktop_entry(argv), encoding="utf-8")
    os.replace(temp, path)  # a session starting meanwhile never reads half a file


def disable() -> None:
    if sys.platform == "win32":
        _delete_run_value()
        return
    entry_path().unlink(missing_ok=True)


# -- Windows: HKCU\Software\Microsoft\Windows\CurrentVersion\Run ------------------------


def _run_value() -> str | None:
    import winreg  # type: ignore[import-not-found]

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            return winreg.QueryValueEx(key, RUN_VALUE)[0]
    except FileNotFoundError:
        return None


def _set_run_value(line: str) -> None:
    import winreg  # type: ignore[import-not-found]

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, line)


def _delete_run_value() -> None:
    import winreg  # type: ignore[import-not-found]

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, RUN_VALUE)
    except FileNotFoundError:
        pass
