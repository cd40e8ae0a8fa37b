"""``ConfigError``: a config that cannot be used, named by file, line and key; ``show``: a
wrong value as a message quotes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class ConfigError(Exception):
    """A config file that cannot be used; ``str()`` is the one-line message."""

    def __init__(self, path: Path | None, message: str, line: int | None = None,
                 key: str | None = None):
        self.path, self.line, self.key = path, line, key
        where = str(path) if path else "config"
        if line:
            where += f", line {line}"
        if key:
            where += f", key '{key}'"
        super().__init__(f"{where}: {message}")


def show(value: Any) -> str:
    """A value as a message quotes it: a table by its kind, long text cut short."""
    if isinstance(value, dict):
        return "a table"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
