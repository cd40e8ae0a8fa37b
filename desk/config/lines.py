"""Where a key sits in a config file's text: the line an error message names."""

from __future__ import annotations

import functools
import re


def line_of(text: str, section: str | None, key: str, nth: int = 0) -> int | None:
    """Best-effort line number of ``key`` (under the ``nth`` ``[section]`` when given)."""
    index = line_index(text)
    if section is None:
        return index.anywhere.get(key)
    if not key:
        return index.headers.get((section, nth))
    return (index.keys.get((section, nth, key))
            or index.anywhere.get(section.split(".")[-1]))  # written inline: point there


class _LineIndex:
    """Where every header and key of a file is, found in one pass: looking up thousands of
    (unknown) keys stays linear in the size of the file."""

    KEY = re.compile(r'^"?([^"=]*?)"?\s*=')

    def __init__(self, text: str):
        self.headers: dict[tuple[str, int], int] = {}  # ([section], nth) -> line
        self.keys: dict[tuple[str, int, str], int] = {}  # (section, nth, key) -> first line
        self.anywhere: dict[str, int] = {}  # key -> first line in any table
        seen: dict[str, int] = {}
        current: tuple[str, int] | None = None
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if line.startswith("["):
                name = line.strip("[]").strip()
                seen[name] = seen.get(name, -1) + 1
                current = (name, seen[name])
                self.headers.setdefault(current, number)
                continue
            match = self.KEY.match(line)
            if match:
                key = match.group(1)
                self.anywhere.setdefault(key, number)
                if current is not None:
                    self.keys.setdefault((*current, key), number)


@functools.lru_cache(maxsize=4)
def line_index(text: str) -> _LineIndex:
    return _LineIndex(text)
