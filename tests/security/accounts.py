"""Real second local accounts for tests about what another account can do.

Created with ``useradd`` when the tests run as root (removed afterwards); otherwise the test
is skipped with the reason: a planted file must really belong to someone else.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Account:
    name: str
    uid: int
    gid: int
    home: Path

    def owns(self, *paths: Path) -> None:
        for path in paths:
            os.chown(path, self.uid, self.gid, follow_symlinks=False)


def can_create_accounts() -> str | None:
    """Why no account can be made here (None: it can)."""
    if os.name != "posix":
        return "needs POSIX accounts"
    if os.geteuid() != 0:
        return "needs root to create a second local account with useradd"
    if shutil.which("useradd") is None or shutil.which("userdel") is None:
        return "useradd/userdel are not installed"
    return None


def _has_group(grp, name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def create_account(home_parent: Path) -> Account:
    name = "dk" + secrets.token_hex(5)  # unique: other test runs may create accounts too
    home = home_parent / name
    import grp

    group = next((g for g in ("nogroup", "nobody") if _has_group(grp, g)), "users")
    subprocess.run(["useradd", "--no-user-group", "--gid", group, "--home-dir", str(home),
                    "--create-home", "--shell", "/usr/sbin/nologin", name],
                   check=True, capture_output=True)
    entry = pwd.getpwnam(name)
    return Account(name, entry.pw_uid, entry.pw_gid, home)


def _pids_of(uid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    pids.append(int(entry.name))
            except OSError:
                pass  # ended meanwhile
    return pids


def remove_account(account: Account) -> None:
    """End what the test started as the account (a console a failed test left), then
    remove the account and its socket folder."""
    import signal
    import time

    for pid in _pids_of(account.uid):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while _pids_of(account.uid) and time.monotonic() < deadline:
        time.sleep(0.05)  # teardown, not a test: waiting for the kernel to reap them
    subprocess.run(["userdel", account.name], check=False, capture_output=True)
    shutil.rmtree(f"/tmp/desk-{account.uid}", ignore_errors=True)


@pytest.fixture
def make_account():
    """``make_account()`` -> a fresh local account with its home; all are removed after
    the test. The homes are outside pytest's root-only temp folder, so the accounts reach
    them."""
    reason = can_create_accounts()
    if reason:
        pytest.skip(reason)
    made: list[Account] = []
    parent = Path(tempfile.mkdtemp(prefix="desk-test-homes-"))
    parent.chmod(0o755)

    def make() -> Account:
        account = create_account(parent)
        made.append(account)
        return account

    yield make
    for account in made:
        remove_account(account)
    shutil.rmtree(parent, ignore_errors=True)


def run_as(account: Account) -> dict:
    """``subprocess`` arguments that run a child as ``account`` (no other groups)."""
    return {"user": account.uid, "group": account.gid, "extra_groups": []}


def python_for(account: Account) -> tuple[str, str]:
    """A Python the account may run, and a PYTHONPATH giving it this tree and the shared
    venv's packages (the venv's own interpreter may live in root's home, closed to others).
    """
    import sys
    import sysconfig

    here = str(Path(__file__).resolve().parents[2])
    packages = sysconfig.get_paths()["purelib"]
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (sys.executable, f"/usr/bin/{version}", f"/usr/local/bin/{version}"):
        try:
            probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2])"],
                                   capture_output=True, text=True, check=False,
                                   **run_as(account))
        except OSError:  # not allowed to run it
            continue
        if probe.returncode == 0 and probe.stdout.strip() == str(sys.version_info[:2]):
            return candidate, os.pathsep.join([here, packages])
    pytest.skip(f"no {version} that the account {account.name} may run")
