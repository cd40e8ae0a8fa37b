"""A company base under a branch's own keys: `include`, where each value came from, secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk import config as config_mod

KEY = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="
ROOT = Path(__file__).resolve().parents[2]

COMPANY = f"""[branch]
unit = "Customer service"
region = "FI"

[norms]
call_minutes_target = 8
call_minutes_max = 12

[[departments]]
name = "Billing"
email = "billing@example.org"

[[security.channels]]
type = "lan"
port = 47777
key = "{KEY}"
"""


def write(path: Path, text: str, mode: int = 0o600) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def test_the_branch_wins_key_by_key_and_a_branch_array_replaces_the_base_one(tmp_path):
    company = write(tmp_path / "company" / "company.toml", COMPANY)
    branch = write(tmp_path / "espoo" / "branch.toml",
                   'include = "../company/company.toml"\n[branch]\nname = "Espoo"\n'
                   '[norms]\ncall_minutes_max = 14\n'
                   '[[security.channels]]\ntype = "desktop"\n')
    cfg = config_mod.load(branch)
    assert cfg.branch.name == "Espoo" and cfg.branch.unit == "Customer service"
    assert cfg.norms.call_minutes_target == 8 and cfg.norms.call_minutes_max == 14
    assert [d.name for d in cfg.departments] == ["Billing"]  # the branch has none: the base's
    assert [c.type for c in cfg.channels] == ["desktop"]  # the branch's array replaces
    assert cfg.sources["branch.name"] == branch and cfg.sources["branch.unit"] == company
    assert cfg.sources["norms.call_minutes_max"] == branch
    assert "branch.location" not in cfg.sources  # a default
    assert cfg.files == [company, branch]
    assert cfg.warnings == []


def test_a_wrong_value_in_the_base_names_the_base_its_line_and_key(tmp_path):
    company = write(tmp_path / "company.toml", '[branch]\nunit = "x"\n\n[norms]\n'
                    'callback_days = "three"\n')
    branch = write(tmp_path / "branch.toml", 'include = "company.toml"\n[branch]\nname = "E"\n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(branch)
    assert err.value.path == company and err.value.line == 5
    assert err.value.key == "norms.callback_days"
    # ... and a mistake in a channel of the base, with an unknown key warned at the base's line.
    write(company, '[branch]\nnmae = "typo"\n[[security.channels]]\ntype = "webhook"\n'
          'url = "ftp://nowhere"\n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(branch)
    assert (err.value.path, err.value.line, err.value.key) == (company, 5,
                                                               "security.channels.url")
    write(company, '[branch]\nnmae = "typo"\n')
    assert config_mod.load(branch).warnings == [
        f"{company}, line 2: unknown key 'branch.nmae' ignored (a typo?)"]


def test_an_include_cycle_is_refused_naming_both_files(tmp_path):
    a = write(tmp_path / "a.toml", 'include = "b.toml"\n')
    b = write(tmp_path / "b.toml", '[branch]\nname = "B"\ninclude = "x"\n')
    assert config_mod.load(a).branch.name == "B"  # `include` inside a table is just unknown
    write(b, 'include = "a.toml"\n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(a)
    message = str(err.value)
    assert message.startswith(f"{b}, line 1, key 'include'") and str(a) in message
    assert "cycle" in message


def test_includes_nest_only_a_few_levels_and_a_missing_base_is_named(tmp_path):
    for level in range(6):
        write(tmp_path / f"{level}.toml", f'include = "{level + 1}.toml"\n')
    write(tmp_path / "6.toml", '[branch]\nname = "Deep"\n')
    with pytest.raises(config_mod.ConfigError, match="more than 4 levels"):
        config_mod.load(tmp_path / "0.toml")
    assert config_mod.load(tmp_path / "2.toml").branch.name == "Deep"
    branch = write(tmp_path / "branch.toml", '\ninclude = "company.toml"\n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(branch)
    assert (err.value.path, err.value.line, err.value.key) == (branch, 2, "include")
    assert "company.toml does not exist" in str(err.value)


@pytest.mark.skipif(os.name != "posix", reason="owner/mode bits: POSIX only")
def test_a_secret_in_a_base_others_can_read_is_refused_with_file_and_key(tmp_path):
    company = write(tmp_path / "company.toml", COMPANY, mode=0o644)
    branch = write(tmp_path / "branch.toml", 'include = "company.toml"\n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(branch)
    assert (err.value.path, err.value.key) == (company, "security.channels.key")
    assert err.value.line == 16 and "every account can read it" in str(err.value)
    company.chmod(0o600)  # owner only: fine
    assert config_mod.load(branch).channels[0]["key"] == KEY
    # A base without secrets may be world-readable (the company's share).
    write(company, COMPANY.split("[[security")[0], mode=0o644)
    assert config_mod.load(branch).norms.call_minutes_target == 8


def _desk(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "desk", *args], capture_output=True,
                          text=True, timeout=60, env=env)


def test_config_check_explain_says_where_every_value_came_from_and_masks_the_key(tmp_path):
    company = write(tmp_path / "company.toml", COMPANY)
    branch = write(tmp_path / "branch.toml", 'include = "company.toml"\n[branch]\n'
                   'name = "Espoo"\n')
    done = _desk("config", "check", "--explain", str(branch))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert f"included {company.resolve()}" in lines
    assert f'branch.name = "Espoo"  # {branch}' in lines
    assert f'branch.unit = "Customer service"  # {company}' in lines
    assert 'branch.location = "Front desk"  # default' in lines
    assert f"norms.call_minutes_target = 8  # {company}" in lines
    assert f'departments[1].name = "Billing"  # {company}' in lines
    assert f"security.channels[1].key = (secret, 44 characters)  # {company}" in lines
    assert KEY not in done.stdout
    plain = _desk("config", "check", str(branch))  # without --explain: no listing
    assert plain.returncode == 0 and "branch.unit =" not in plain.stdout


def test_a_sync_password_in_the_base_is_refused_naming_the_base(tmp_path):
    company = write(tmp_path / "company.toml", '[sync]\nurl = "postgresql://desk@hq/desk"\n'
                    'password = "hunter2"\n')
    branch = write(tmp_path / "branch.toml", 'include = "company.toml"\n[sync]\nenabled = true\n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(branch)
    assert (err.value.path, err.value.key, err.value.line) == (company, "sync.password", 3)
