"""Write a report file whole or not at all: a temp file beside it (owner-only: reports name
callers and operators), then an atomic rename. An existing symlink at the target is refused,
so a report can never be written through a link someone planted.

A small local helper until the export's own (h5, desk/report/export.py) is on main."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: Path | str, data: bytes) -> None:
    """Raises ``OSError`` with a message fit for one line (which file, why)."""
    path = Path(path)
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISLNK(mode):
        raise OSError(f"{path}: is a symbolic link; refusing to write through it")
    if mode is not None and stat.S_ISDIR(mode):
        raise OSError(f"{path}: is a directory")
    folder = path.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OSError(f"{path}: cannot write in {folder} ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as out:  # mkstemp: 0600 already
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OSError(f"{path}: cannot write ({exc.strerror or exc})") from None


def target_problem(path: Path) -> str | None:
    """Why ``path`` cannot take the report, checked before the work (None: it can)."""
    if path.is_symlink():
        return f"{path}: is a symbolic link; refusing to write through it"
    if path.is_dir():
        return f"{path}: is a directory"
    folder = path.parent
    if not folder.is_dir():
        return f"{path}: no such folder {folder}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{path}: cannot write in {folder} (permission denied)"
    return None
