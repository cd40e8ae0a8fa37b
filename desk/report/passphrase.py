"""The supervisor passphrase: stored only as an scrypt hash, wrong tries slowed down.

Where: ``review-passphrase`` in the folder of the branch config file in use (so branch IT
deploys it with ``branch.toml``), else in the user's config dir; owner-only (0600). The
stored line is ``scrypt$n$r$p$salt_hex$hash_hex``: the parameters travel with the hash.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path

FILE_NAME = "review-passphrase"
N, R, P = 2**14, 8, 1  # about 16 MB and 50 ms per try
MIN_LENGTH = 8


class PassphraseError(ValueError):
    pass


def location(config_path: Path | None) -> Path:
    if config_path is not None:
        return Path(config_path).parent / FILE_NAME
    import platformdirs

    return Path(platformdirs.user_config_dir("desk", appauthor=False)) / FILE_NAME


def hash_passphrase(passphrase: str, *, n: int = N, r: int = R, p: int = P) -> str:
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseError(f"the passphrase needs at least {MIN_LENGTH} characters")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(passphrase.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify(passphrase: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.strip().split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(passphrase.encode(), salt=bytes.fromhex(salt), n=int(n),
                             r=int(r), p=int(p), dklen=len(bytes.fromhex(digest)))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def save(path: Path, stored: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(stored + "\n")
    os.replace(tmp, path)


def load(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    return text or None


class Gate:
    """Checks tries; after each wrong one the next is refused until a growing delay has
    passed (1, 2, 4 … 30 s). Time comes from ``monotonic`` so tests never sleep."""

    def __init__(self, stored: str | None, monotonic: Callable[[], float]):
        self.stored, self.monotonic = stored, monotonic
        self.failures = 0
        self.not_before = 0.0

    @property
    def required(self) -> bool:
        return self.stored is not None

    def wait_s(self) -> float:
        return max(0.0, self.not_before - self.monotonic())

    def attempt(self, passphrase: str) -> bool:
        if self.stored is None:
            return True
        if self.wait_s() > 0:
            return False
        if verify(passphrase, self.stored):
            self.failures = 0
            return True
        self.failures += 1
        self.not_before = self.monotonic() + min(30.0, 2.0 ** (self.failures - 1))
        return False
