"""The supervisor passphrase: stored only as an scrypt hash, wrong tries slowed down.

Where (``place``): ``review-passphrase`` in the first machine-wide folder (beside a bundled
program, then the machine-wide config dirs) that holds a ``branch.toml`` or a passphrase;
else in the user's config dir. A config named with ``--config`` or ``DESK_CONFIG`` does not
move it: anyone can name a config of their own, so a passphrase beside it would be theirs.
The file is read only when it belongs to this account or to root and nobody else may write
it (``desk.store.owned_files``). The stored line is ``scrypt$n$r$p$salt_hex$hash_hex``.

Wrong tries are counted on disk (``Tries``), so each ``desk report`` or ``desk export``
process is slowed down like the review window's prompt.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import math
import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desk.store.owned_files import NotOurFile, open_owned, read_owned

FILE_NAME = "review-passphrase"
TRIES_NAME = "passphrase-tries"
N, R, P = 2**14, 8, 1  # about 16 MB and 50 ms per try
MIN_LENGTH = 8
MAX_DELAY_S = 30.0

__all__ = ["NotOurFile", "PassphraseError", "Place", "Tries", "Gate", "place", "location",
           "hash_passphrase", "verify", "save", "load", "check"]


class PassphraseError(ValueError):
    pass


@dataclass(frozen=True)
class Place:
    path: Path
    machine_wide: bool  # in a folder IT writes: readable by the desk's users, not writable

    def replaceable_without_old(self) -> bool:
        """Whoever may write the machine-wide folder (IT) may reset a forgotten one."""
        return self.machine_wide and os.access(self.path.parent, os.W_OK)


def place() -> Place:
    from desk.paths import machine_config_dirs

    for folder in machine_config_dirs():
        path = folder / FILE_NAME
        if (folder / "branch.toml").is_file() or path.exists() or path.is_symlink():
            return Place(path, True)
    import platformdirs

    return Place(Path(platformdirs.user_config_dir("desk", appauthor=False)) / FILE_NAME, False)


def location(config_path: Path | None = None) -> Path:
    """The passphrase file (see ``place``). ``config_path`` is not used: the file does not
    follow a config the user names."""
    return place().path


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


def save(path: Path, stored: str, machine_wide: bool = False) -> None:
    """A new file renamed over the old one: owner-only in the user's dir; readable by the
    desk's users (not writable) in a machine-wide folder, where IT may narrow it to a group.
    """
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 0600, new
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(stored + "\n")
            out.flush()
            os.fsync(out.fileno())
        if machine_wide:
            os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def load(path: Path) -> str | None:
    """The stored hash; ``None`` when none is set. ``NotOurFile`` when the file there is a
    link, another account's, or writable by others."""
    try:
        text = read_owned(path, root_ok=True).decode("ascii", "replace").strip()
    except FileNotFoundError:
        return None
    return text or None


def delay_s(failures: int) -> float:
    return min(MAX_DELAY_S, 2.0 ** (failures - 1)) if failures > 0 else 0.0


class Tries:
    """Wrong tries on disk, per user: ``{"failures": n, "not_before": unix time}``.

    Read, checked and written under an exclusive lock, so processes started in parallel
    are slowed down as one. ``now`` is injectable (tests never sleep)."""

    def __init__(self, path: Path | None = None, now: Callable[[], float] = time.time):
        if path is None:
            import platformdirs

            path = Path(platformdirs.user_state_dir("desk", appauthor=False)) / TRIES_NAME
        self.path, self.now = Path(path), now

    @contextlib.contextmanager
    def held(self) -> Iterator[dict]:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = open_owned(self.path, os.O_RDWR | os.O_CREAT)
        try:
            with contextlib.suppress(ImportError):
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX)
            state = self._parse(os.read(fd, 4096))
            yield state
            data = json.dumps(state).encode()
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, data)
        finally:
            os.close(fd)  # also releases the lock

    @staticmethod
    def _parse(raw: bytes) -> dict:
        try:
            state = json.loads(raw or b"{}")
            return {"failures": max(0, int(state.get("failures", 0))),
                    "not_before": float(state.get("not_before", 0.0))}
        except (ValueError, TypeError, AttributeError):
            return {"failures": 0, "not_before": 0.0}

    def wait_s(self, state: dict | None = None) -> float:
        """Seconds before the next try is checked (capped: a clock set back never locks
        the supervisor out for longer than the longest delay)."""
        if state is None:
            try:
                state = self._parse(read_owned(self.path))
            except FileNotFoundError:
                return 0.0
        return min(MAX_DELAY_S, max(0.0, state["not_before"] - self.now()))


def check(given: str, stored: str, tries: Tries) -> None:
    """Return when ``given`` is the passphrase; else ``PassphraseError`` saying why (wrong,
    or too soon after a wrong one: then it is not even checked)."""
    with tries.held() as state:
        wait = tries.wait_s(state)
        if wait > 0:
            raise PassphraseError(f"too soon after a wrong supervisor passphrase: try again "
                                  f"in {math.ceil(wait)} s")
        if verify(given, stored):
            state.update(failures=0, not_before=0.0)
            return
        state["failures"] += 1
        delay = delay_s(state["failures"])
        state["not_before"] = tries.now() + delay
    raise PassphraseError(f"wrong supervisor passphrase (the next try is checked after "
                          f"{math.ceil(delay)} s)")


class Gate:
    """Checks tries; after each wrong one the next is refused until a growing delay has
    passed (1, 2, 4 … 30 s). Time comes from ``monotonic`` so tests never sleep. With
    ``tries`` the count is also kept on disk, shared with the command line: a wrong try in
    ``desk report`` slows the window down, and the other way round."""

    def __init__(self, stored: str | None, monotonic: Callable[[], float],
                 tries: Tries | None = None):
        self.stored, self.monotonic, self.tries = stored, monotonic, tries
        self.failures = 0
        self.not_before = 0.0

    @property
    def required(self) -> bool:
        return self.stored is not None

    def wait_s(self) -> float:
        here = max(0.0, self.not_before - self.monotonic())
        if self.tries is None:
            return here
        try:
            return max(here, self.tries.wait_s())
        except OSError:  # a counter that is not ours: this window's own count still holds
            return here

    def attempt(self, passphrase: str) -> bool:
        if self.stored is None:
            return True
        if self.wait_s() > 0:
            return False
        if self._right(passphrase):
            self.failures = 0
            return True
        self.failures += 1
        self.not_before = self.monotonic() + delay_s(self.failures)
        return False

    def _right(self, passphrase: str) -> bool:
        if self.tries is not None:
            try:
                check(passphrase, self.stored, self.tries)
                return True
            except PassphraseError:
                return False
            except OSError:
                pass  # the counter cannot be used: check without it
        return verify(passphrase, self.stored)
