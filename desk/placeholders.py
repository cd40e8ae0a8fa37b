"""Our sentences with ``%1``, ``%2``… filled, the way Qt's translations number them.

One pass: a value that itself holds ``%2`` (a caller named "%3", a path) is put in as it
is, never filled again. ``None`` is put in as nothing; a number with no value stays
visible, so a translation with a placeholder too many is seen, not hidden.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"%(\d)")


def numbered(text: str, *values) -> str:
    def value(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            return match.group(0)
        return "" if values[index] is None else str(values[index])

    return _NUMBER.sub(value, text)
