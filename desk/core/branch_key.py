"""The LAN branch key: 32 random bytes, written base64 in the config.

Making one needs only ``os.urandom``; checking one refuses what a person typed
instead of generating it (too short, one repeated byte, the documentation's example),
because one sniffed packet lets anyone guess a weak key offline.
"""

from __future__ import annotations

import base64
import binascii
import os

KEY_BYTES = 32
# Shown in docs/config.md; refused by `desk config check` so nobody copies it.
EXAMPLE_KEY = "REPLACE+with+the+output+of+desk+lan+keygen+0="
# 32 random bytes hold ~30 distinct values; fewer than this means a pattern, not randomness.
MIN_DISTINCT_BYTES = 16


def generate_key() -> str:
    return base64.b64encode(os.urandom(KEY_BYTES)).decode("ascii")


def decode_key(text: str) -> bytes:
    """The 32 key bytes, or ``ValueError`` saying what is wrong (see ``key_problem``)."""
    problem = key_problem(text)
    if problem:
        raise ValueError(problem)
    return base64.b64decode(text.strip(), validate=True)


def key_problem(text: object) -> str | None:
    """Why ``text`` is not a usable branch key, or ``None`` when it is."""
    if not isinstance(text, str) or not text.strip():
        return "a lan channel needs a 'key': run `desk lan keygen` and paste its output"
    if text.strip() == EXAMPLE_KEY:
        return "this is the documentation's example key: run `desk lan keygen` for a real one"
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return ("the key is not base64: it must be 32 random bytes from `desk lan keygen` "
                "(a typed password can be guessed from one captured packet)")
    if len(raw) != KEY_BYTES:
        return (f"the key holds {len(raw)} bytes, it must hold exactly {KEY_BYTES}: "
                "run `desk lan keygen`")
    if len(set(raw)) < MIN_DISTINCT_BYTES:
        return "the key does not look random (too few distinct bytes): run `desk lan keygen`"
    return None
