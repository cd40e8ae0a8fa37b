"""packaging/linux/install.sh run for real (under a scratch root): the machine-wide config,
which can hold the branch key, is root:desk 0640 — never readable by every account."""

from __future__ import annotations

import grp
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "packaging" / "linux" / "install.sh"

pytestmark = pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or not shutil.which("groupadd"),
    reason="the Linux installer runs as root and creates a group (needs root and groupadd)")


def fake_bundle(tmp_path: Path) -> Path:
    """A bundle whose desk-cli answers ``config check`` like the real one on a good file."""
    bundle = tmp_path / "dist" / "desk"
    (bundle / "_internal" / "desk" / "resources" / "icons").mkdir(parents=True)
    (bundle / "_internal" / "desk" / "resources" / "icons" / "desk.svg").write_text("<svg/>")
    for name in ("desk", "desk-cli"):
        (bundle / name).write_text("#!/bin/sh\necho \"checked $*\"\nexit 0\n")
        (bundle / name).chmod(0o755)
    return bundle


def test_the_machine_wide_config_is_root_desk_0640(tmp_path):
    # Never run an installer that would write to this machine's /opt and /etc.
    assert "DESK_INSTALL_ROOT" in INSTALL.read_text(encoding="utf-8"), \
        "install.sh cannot install under a scratch root"
    root = tmp_path / "root"
    config = tmp_path / "espoo.toml"
    config.write_text('[[security.channels]]\ntype = "lan"\nkey = "..."\n', encoding="utf-8")
    config.chmod(0o644)  # as branch IT's editor left it
    bundle = fake_bundle(tmp_path)
    done = subprocess.run(["bash", str(INSTALL), str(bundle), str(config)],
                          env={**os.environ, "DESK_INSTALL_ROOT": str(root)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    installed = root / "etc" / "xdg" / "desk" / "branch.toml"
    info = installed.stat()
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert info.st_uid == 0 and grp.getgrgid(info.st_gid).gr_name == "desk"
    assert installed.read_text(encoding="utf-8") == config.read_text(encoding="utf-8")
    assert [p.name for p in installed.parent.iterdir()] == ["branch.toml"]  # no temp left
    assert "usermod -aG desk" in done.stdout
    installed.chmod(0o644)  # an older install: the next one tightens it again
    subprocess.run(["bash", str(INSTALL), str(bundle), str(config)],
                   env={**os.environ, "DESK_INSTALL_ROOT": str(root)}, check=True,
                   capture_output=True, timeout=60)
    assert stat.S_IMODE(installed.stat().st_mode) == 0o640


def test_an_account_outside_the_group_is_told_what_to_ask_for(tmp_path, monkeypatch):
    from desk import config as config_mod

    path = tmp_path / "branch.toml"
    path.write_text("[branch]\n", encoding="utf-8")

    def refuse(*_args, **_kwargs):  # root reads anything: the refusal an account gets
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(config_mod.toml_file, "_read_regular", refuse)
    with pytest.raises(config_mod.ConfigError, match="usermod -aG desk") as err:
        config_mod.load(path)
    assert str(err.value).startswith(str(path))
