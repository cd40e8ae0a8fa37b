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


# What a screen gets from outside (a caller's name, a LAN peer, a merged log): Qt-free so
# the CLI and the console share it; the widgets' side is ``desk.ui.plain``.
NAME_MAX = 200  # a caller's name from the phone system, a workstation, operator or branch
NUMBER_MAX = 64  # a phone number as the phone system or a peer sends it
TEXT_MAX = 500  # a topic, a note, a reason that comes with an alarm
SHOWN_MAX = 4000  # anything in one label: 100 kB of text would only freeze the layout
# Direction overrides, embeddings and isolates can make a name read backwards ("RLO").
# The marks (U+200E/F, U+061C) and joiners (U+200C/D) stay: real names need them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")
_NEWLINES = frozenset("\n\r\u2028\u2029")


def display_text(value, limit: int | None = SHOWN_MAX, one_line: bool = False) -> str:
    """Text from outside as it may be shown: control characters, NUL and direction
    overrides shown escaped (``\\u202e``), lone surrogates as U+FFFD, at most ``limit``
    characters (then "…"). Newlines stay unless ``one_line``; a tab is a space."""
    text = "" if value is None else str(value)
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    out = []
    for ch in text.replace("\r\n", "\n"):
        code = ord(ch)
        if ch in _LINE_BREAKS:
            out.append("\n" if ch in _NEWLINES and not one_line else " ")
        elif ch == "\t":
            out.append(" ")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        elif code < 0x20 or 0x7F <= code < 0xA0 or ch in BIDI_CONTROLS:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def decoded_arg(value: str | None) -> str | None:
    """A command-line argument as text: bytes that were not UTF-8 (Python keeps them as
    lone surrogates, which SQLite cannot store) become U+FFFD."""
    if value is None:
        return None
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that was never a byte
        raw = value.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")
