"""The LAN branch key: 32 random bytes, written base64 in the config or in a key file.

Making one needs only ``os.urandom``; checking one refuses what a person typed
instead of generating it (too short, one repeated byte, printable text such as a
base64-encoded password, the documentation's example), because one sniffed packet
lets anyone guess a weak key offline. A ``key_file`` is read only if it is a regular
file (not a link) owned by this account or by root/an administrator, and nobody else
can read or change it.
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
import string
from pathlib import Path

KEY_BYTES = 32
# Shown in docs/config.md; refused by `desk config check` so nobody copies it.
EXAMPLE_KEY = "REPLACE+with+the+output+of+desk+lan+keygen+0="
# 32 random bytes hold ~30 distinct values; fewer than this means a pattern, not randomness.
MIN_DISTINCT_BYTES = 16
# 32 random bytes are all printable with odds of about 1 in 10^14: such a key was typed.
PRINTABLE = frozenset(string.printable.encode("ascii"))
MAX_KEY_FILE = 4096  # a key file holds one line; anything bigger is not one


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
        return ("a lan channel needs a 'key' (or a 'key_file'): run `desk lan keygen` "
                "and paste its output")
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
    if all(byte in PRINTABLE for byte in raw):
        return ("the key is printable text encoded as base64 (a typed password, which one "
                "captured packet lets anyone guess): run `desk lan keygen` for a random key")
    if len(set(raw)) < MIN_DISTINCT_BYTES:
        return "the key does not look random (too few distinct bytes): run `desk lan keygen`"
    return None


class KeyFileError(ValueError):
    """A ``key_file`` that must not be used; the text says which file and why."""


def read_key_file(path: Path | str) -> str:
    """The key text in ``path`` after the ownership and permission checks."""
    path = Path(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise KeyFileError(f"key_file {path}: no such file") from None
    except OSError as exc:
        raise KeyFileError(f"key_file {path}: cannot read ({exc.strerror or exc})") from None
    why = private_file_problem(info, group_may_read=True)
    if why:
        raise KeyFileError(f"key_file {path}: {why}")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise KeyFileError(f"key_file {path}: cannot read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        opened = os.fstat(handle.fileno())
        if (opened.st_ino, opened.st_dev) != (info.st_ino, info.st_dev):
            raise KeyFileError(f"key_file {path}: replaced while being read")
        data = handle.read(MAX_KEY_FILE + 1)
    if len(data) > MAX_KEY_FILE:
        raise KeyFileError(f"key_file {path}: too big for a key file")
    try:
        return data.decode("ascii").strip()
    except UnicodeDecodeError:
        raise KeyFileError(f"key_file {path}: not a base64 key (not ASCII text)") from None


def private_file_problem(info: os.stat_result, group_may_read: bool = False) -> str | None:
    """Why a file with this ``lstat`` must not be trusted, or ``None``.

    Trusted: a regular file (not a link), owned by this account or root, that no other
    account can write, and only the owner (or, for a key file, its group) can read."""
    if stat.S_ISLNK(info.st_mode):
        return "is a symbolic link (refused: it could point anywhere)"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file"
    if os.name != "posix":  # Windows: the ACLs of the user's folders protect it
        return None
    if info.st_uid not in (os.getuid(), 0):
        return f"is owned by another account (uid {info.st_uid})"
    loose = stat.S_IWGRP | stat.S_IRWXO | (0 if group_may_read else stat.S_IRGRP)
    if info.st_mode & loose:
        who = "others" if info.st_mode & stat.S_IRWXO else "its group"
        return (f"can be read or changed by {who} (mode {stat.S_IMODE(info.st_mode):04o}; "
                f"run chmod {'640' if group_may_read else '600'} on it)")
    return None


def channel_key(options) -> bytes:
    """The 32 key bytes of a lan channel's options (``key`` or ``key_file``)."""
    key_file = options.get("key_file") or ""
    if key_file:
        return decode_key(read_key_file(key_file))
    return decode_key(options.get("key") or "")


def channel_key_problem(options) -> tuple[str, str] | None:
    """``(config key, why)`` when a lan channel's key is unusable, else ``None``."""
    key, key_file = options.get("key") or "", options.get("key_file") or ""
    if key and key_file:
        return "key_file", "give either 'key' or 'key_file', not both"
    if key_file:
        try:
            text = read_key_file(key_file)
        except KeyFileError as exc:
            return "key_file", str(exc)
        problem = key_problem(text)
        return ("key_file", f"key_file {key_file}: {problem}") if problem else None
    problem = key_problem(key)
    return ("key", problem) if problem else None
