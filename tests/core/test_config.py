"""Branch config: defaults for everything, clear messages for every mistake."""

from __future__ import annotations

import tomllib

import pytest

from desk import config as config_mod
from desk.config_schema import CHANNEL_KEYS, SECTIONS
from desk.core.branch_key import generate_key


def write(tmp_path, text: str):
    path = tmp_path / "branch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_default_is_valid_and_the_template_round_trips(tmp_path):
    cfg = config_mod.defaults()
    for section, keys in SECTIONS.items():
        for key, spec in keys.items():
            default = tuple(spec.default) if isinstance(spec.default, list) else spec.default
            assert getattr(cfg, section)[key] == default, f"{section}.{key}"
    loaded = config_mod.load(write(tmp_path, config_mod.template()))
    assert loaded.warnings == []
    assert loaded.norms == cfg.norms
    assert [d.name for d in loaded.departments] == ["Billing"]
    assert set(CHANNEL_KEYS) == {"webhook", "email", "lan", "desktop"}


def test_design_example_config_loads(tmp_path):
    cfg = config_mod.load(write(tmp_path, f"""
[branch]
name = "Espoo"
unit = "Customer service"
location = "Front desk, ground floor"
region = "FI"
language = "fi"

[norms]
call_minutes_target = 10
call_minutes_max = 15
callback_days = 3
answer_by_ring = 3

[[departments]]
name = "Billing"
email = "billing@example.org"

[security]
emergency_numbers = ["112"]

[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:8080/alarm"

[[security.channels]]
type = "email"
to = ["security@example.org"]
smtp_host = "127.0.0.1"
smtp_port = 2525

[[security.channels]]
type = "lan"
group = "239.255.77.1"
port = 47777
key = "{generate_key()}"
"""))
    assert cfg.branch["name"] == "Espoo" and cfg.language == "fi"
    assert [c.type for c in cfg.channels] == ["webhook", "email", "lan"]
    assert cfg.channels[2]["ttl"] == 1 and cfg.channels[1]["smtp_port"] == 2525
    assert cfg.target_s == 600 and cfg.max_s == 900
    assert cfg.warnings == []


def test_malformed_toml_names_file_and_line(tmp_path):
    path = write(tmp_path, '[branch]\nname = "Espoo"\nunit = \n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(path)
    assert str(path) in str(err.value)
    assert err.value.line == 3
    assert "line 3" in str(err.value)


def test_wrong_type_names_file_line_and_key(tmp_path):
    path = write(tmp_path, '[branch]\nname = "Espoo"\n\n[norms]\ncall_minutes_target = "ten"\n')
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(path)
    message = str(err.value)
    assert "line 5" in message and "norms.call_minutes_target" in message and "'ten'" in message


def test_unknown_key_is_a_warning_not_an_error(tmp_path):
    cfg = config_mod.load(write(tmp_path, '[branch]\nnmae = "Espoo"\n[colours]\nx = 1\n'))
    assert cfg.branch["name"] == "Branch"
    assert any("branch.nmae" in w and "line 2" in w for w in cfg.warnings)
    assert any("colours" in w for w in cfg.warnings)


@pytest.mark.parametrize(("text", "key"), [
    ('[norms]\ncall_minutes_target = 20\ncall_minutes_max = 15\n', "norms.call_minutes_target"),
    ('[norms]\nholidays = ["24.12.2026"]\n', "norms.holidays"),
    ('[branch]\nlanguage = "de"\n', "branch.language"),
    ('[[security.channels]]\ntype = "pager"\n', "security.channels.type"),
    ('[[security.channels]]\ntype = "webhook"\nurl = "ftp://x"\n', "security.channels.url"),
    ('[[security.channels]]\ntype = "lan"\n', "security.channels.key"),
    ('[[security.channels]]\ntype = "email"\n', "security.channels.to"),
    ('[[departments]]\nemail = "a@b.org"\n', "departments.name"),
])
def test_invalid_values_are_refused_with_their_key(tmp_path, text, key):
    with pytest.raises(config_mod.ConfigError) as err:
        config_mod.load(write(tmp_path, text))
    assert err.value.key == key
    assert key in str(err.value)


def test_missing_and_unreadable_files_have_clear_messages(tmp_path):
    with pytest.raises(config_mod.ConfigError, match="file not found"):
        config_mod.load(tmp_path / "nope.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(config_mod.ConfigError, match="not UTF-8"):
        config_mod.load(binary)


def test_holidays_are_dates(tmp_path):
    cfg = config_mod.load(write(tmp_path, '[norms]\nholidays = ["2026-12-24", "2026-12-25"]\n'))
    assert [d.isoformat() for d in cfg.holidays] == ["2026-12-24", "2026-12-25"]


def test_template_parses_as_toml():
    tomllib.loads(config_mod.template())


def test_docs_config_md_is_generated_from_the_schema():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("gen", root / "docs" / "gen_config_md.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert (root / "docs" / "config.md").read_text(encoding="utf-8") == gen.render(), \
        "docs/config.md is stale: run python docs/gen_config_md.py"
