"""Exports of the current filter: CSV a spreadsheet cannot run, and JSON.

Every CSV cell goes through ``csv_cell`` (a cell starting with =, +, -, @, tab or carriage
return gets a leading quote, whatever follows). The file is created owner-only (0600):
it holds callers' names and numbers.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from desk.core.textsafety import csv_cell
from desk.report.filters import Filters
from desk.report.listing import EXPORT_COLUMNS, export_rows
from desk.report.summary import DEFAULT_NORMS, Norms


def open_private(path: Path):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # also when the file existed with looser rights
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


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
