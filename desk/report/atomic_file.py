"""Write the PDF report whole or not at all, by the export's rule (``desk.report.export``):
a new owner-only temp file beside the target, renamed over it when complete; a symlink or
anything but a regular file at the target is refused, before writing and again before the
rename. The export writes text as it goes; the report has its bytes at once."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from desk.report.export import check_target


def write_atomic(path: Path | str, data: bytes) -> None:
    """Raises ``OSError`` with a message fit for one line (which file, why)."""
    path = Path(path)
    check_target(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OSError(f"{path}: cannot write in {path.parent} ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as out:  # mkstemp: 0600 already
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        check_target(path)  # planted while we wrote: still refused
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def target_problem(path: Path) -> str | None:
    """Why ``path`` cannot take the report, checked before the work (None: it can)."""
    try:
        check_target(path)
    except OSError as exc:
        return str(exc)
    folder = path.parent
    if not folder.is_dir():
        return f"{path}: no such folder {folder}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{path}: cannot write in {folder} (permission denied)"
    return None
