"""Exports of the current filter: CSV a spreadsheet cannot run, and JSON.

Every CSV cell goes through ``csv_cell`` (a cell starting with =, +, -, @, tab or carriage
return gets a leading quote, whatever follows). The file holds callers' names and numbers,
so it is written owner-only (0600) into a new temporary file in the target's folder and
renamed over the target when complete: nothing is ever written through a link another
account planted there, and a reader never sees half a file. A symlink (or anything but a
regular file) at the target is refused.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import stat
import tempfile
from pathlib import Path

from desk.core.textsafety import csv_cell
from desk.report.filters import Filters
from desk.report.listing import EXPORT_COLUMNS, export_rows
from desk.report.summary import DEFAULT_NORMS, Norms


class UnsafeTarget(OSError):
    """The export's target is a link or not a regular file: nothing was written."""


def check_target(path: Path) -> None:
    """Refuse a symlink (another account may have planted it) or a non-file at ``path``."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        raise UnsafeTarget(f"{path} is a symbolic link: not written through it "
                           "(remove the link or choose another name)")
    if not stat.S_ISREG(mode):
        raise UnsafeTarget(f"{path} exists and is not a regular file")


@contextlib.contextmanager
def open_private(path: Path):
    """A new 0600 file beside ``path``, renamed over it when the block completes."""
    check_target(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        check_target(path)  # planted while we wrote: still refused, not replaced silently
        os.replace(temp, path)  # a rename replaces a link itself, never what it points to
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write(backend, filters: Filters, fmt: str, path: Path, norms: Norms = DEFAULT_NORMS,
          progress=None) -> int:
    """Write the matching calls to ``path`` as ``csv`` or ``json``; returns how many."""
    written = 0
    with open_private(path) as out:
        if fmt == "csv":
            writer = csv.writer(out)
            writer.writerow(EXPORT_COLUMNS)

            def cells(rows):
                nonlocal written
                for row in rows:
                    written += 1
                    if progress and written % 50000 == 0:
                        progress(written)
                    yield [csv_cell(v) if isinstance(v, str) else v for v in row]

            writer.writerows(cells(export_rows(backend, filters, norms)))
        elif fmt == "json":
            out.write("[")
            for row in export_rows(backend, filters, norms):
                out.write(",\n " if written else "\n ")
                out.write(json.dumps(dict(zip(EXPORT_COLUMNS, row, strict=True)),
                                     ensure_ascii=False))
                written += 1
                if progress and written % 50000 == 0:
                    progress(written)
            out.write("\n]\n" if written else "]\n")
        else:
            raise ValueError(f"unknown format {fmt!r}")
    return written
