"""Real second local accounts for tests about what another account can do.

Created with ``useradd`` when the tests run as root (removed afterwards); otherwise the test
is skipped with the reason: a planted file must really belong to someone else.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
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


def create_account(home_parent: Path) -> Account:
    name = "dk" + secrets.token_hex(5)  # unique: other test runs may create accounts too
    home = home_parent / name
    subprocess.run(["useradd", "--no-user-group", "--gid", "nogroup", "--home-dir", str(home),
                    "--create-home", "--shell", "/usr/sbin/nologin", name],
                   check=True, capture_output=True)
    entry = pwd.getpwnam(name)
    return Account(name, entry.pw_uid, entry.pw_gid, home)


def remove_account(account: Account) -> None:
    subprocess.run(["userdel", account.name], check=False, capture_output=True)


@pytest.fixture
def make_account(tmp_path_factory):
    """``make_account()`` -> a fresh local account; all are removed after the test."""
    reason = can_create_accounts()
    if reason:
        pytest.skip(reason)
    made: list[Account] = []
    parent = tmp_path_factory.mktemp("homes")
    parent.chmod(0o755)  # the accounts reach their homes

    def make() -> Account:
        account = create_account(parent)
        made.append(account)
        return account

    yield make
    for account in made:
        remove_account(account)
