"""``desk export --out``: never written through a link another account planted; always a
new owner-only file renamed over the target."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

from desk.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX links and accounts")
OTHER = "desk-intruder"


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def log(tmp_path, capsys):
    path = tmp_path / "log.db"
    assert run(capsys, "demo-data", "--calls", "5", "--db", str(path))[0] == 0
    return path


@pytest.fixture
def other_account():
    """A second local account (created when running as root), as its uid."""
    import pwd

    if os.geteuid() != 0 or not shutil.which("useradd"):
        pytest.skip("needs root and useradd to create a second local account")
    try:
        return pwd.getpwnam(OTHER).pw_uid
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                        "/usr/sbin/nologin", OTHER], check=False, capture_output=True)
        return pwd.getpwnam(OTHER).pw_uid  # created here or by a test running beside us


@pytest.fixture
def shared_dir():
    """A world-writable sticky folder, as /tmp is."""
    path = Path(tempfile.mkdtemp(prefix="desk-shared-", dir="/tmp"))
    path.chmod(0o1777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_link_planted_by_another_account_is_refused_and_its_target_untouched(
        capsys, log, tmp_path, other_account, shared_dir, fmt):
    precious = tmp_path / "precious.txt"
    precious.write_text("the victim's file\n", encoding="utf-8")
    dangling = tmp_path / "created-where-the-intruder-says"
    out, out2 = shared_dir / f"calls.{fmt}", shared_dir / f"new.{fmt}"
    for link, target in ((out, precious), (out2, dangling)):
        subprocess.run(["ln", "-s", str(target), str(link)], user=other_account, check=True)
        assert os.lstat(link).st_uid == other_account
    for link in (out, out2):
        status, said, err = run(capsys, "export", "--db", str(log), "--format", fmt,
                                "--out", str(link))
        assert status == 2 and said == ""
        assert err.count("\n") == 1 and "symbolic link" in err and str(link) in err
        assert link.is_symlink()
    assert precious.read_text(encoding="utf-8") == "the victim's file\n"
    assert not dangling.exists()
    assert sorted(p.name for p in shared_dir.iterdir()) == sorted([out.name, out2.name])


def test_an_existing_file_is_replaced_whole_by_a_new_private_file(capsys, log, tmp_path):
    out = tmp_path / "calls.csv"
    out.write_text("old export\n", encoding="utf-8")
    out.chmod(0o644)
    other_name = tmp_path / "hard-link-to-the-old-export"
    os.link(out, other_name)  # whoever holds the old file keeps the old bytes only
    status, said, _err = run(capsys, "export", "--db", str(log), "--format", "csv",
                             "--out", str(out))
    assert status == 0 and "5 calls" in said
    assert other_name.read_text(encoding="utf-8") == "old export\n"
    assert os.stat(out).st_ino != os.stat(other_name).st_ino
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert out.read_text(encoding="utf-8").startswith("id,")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["calls.csv", other_name.name, "log.db", "log.db-shm", "log.db-wal"]
        if (tmp_path / "log.db-wal").exists() else ["calls.csv", other_name.name, "log.db"])

