"""Making stored text safe where it leaves Desk: spreadsheets (CSV) and terminals.

Anything a caller or operator typed can end up in a supervisor's spreadsheet or
terminal, so it is neutralised at the edge, not when it is stored.
"""

from __future__ import annotations

import unicodedata

# OWASP "CSV injection": a cell starting with any of these may be run as a formula,
# whatever follows (``-2+3+cmd|...``, ``=1+HYPERLINK(...)``), so it is always prefixed.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell a spreadsheet shows as text: formula starters get a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


CONTROL = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def terminal_safe(value) -> str:
    """Text for a terminal: control characters (escape sequences, bells, newlines,
    direction overrides) are shown escaped (``\\x1b``), never sent to the terminal raw."""
    text = "" if value is None else str(value)
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if unicodedata.category(ch) in CONTROL:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)
