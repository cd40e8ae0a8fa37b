"""Branch IT puts the config where its installer can; Desk finds it and says which it read."""

from __future__ import annotations

import sys

import pytest

from desk.cli import main
from desk.paths import config_source

CHANNEL = '[[security.channels]]\ntype = "desktop"\n'


@pytest.fixture
def places(tmp_path, monkeypatch):
    """A frozen program folder, a machine-wide config dir and a user config dir, all empty."""
    program = tmp_path / "opt" / "desk"
    program.mkdir(parents=True)
    site = tmp_path / "etc" / "xdg"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "desk-cli"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    user = tmp_path / "home" / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user))
    return {"program": program / "branch.toml", "site": site / "desk" / "branch.toml",
            "user": user / "desk" / "branch.toml", "env": tmp_path / "env.toml",
            "named": tmp_path / "named.toml"}


def put(path, name: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'[branch]\nname = "{name}"\n{CHANNEL}', encoding="utf-8")
    return path


def test_search_order_named_env_program_site_user(places, monkeypatch):
    assert config_source().path is None
    expected = [("user", "user config dir"), ("site", "machine-wide config dir"),
                ("program", "next to the program")]
    for key, reason in expected:  # each new place beats the ones found before
        put(places[key], key)
        found = config_source()
        assert (found.path, found.reason, found.named) == (places[key], reason, False)
    monkeypatch.setenv("DESK_CONFIG", str(put(places["env"], "env")))
    assert (config_source().path, config_source().reason) == (places["env"], "from DESK_CONFIG")
    named = config_source(str(put(places["named"], "named")))
    assert (named.path, named.reason, named.named) == (places["named"], "named with --config",
                                                       True)


def test_a_pip_install_does_not_read_beside_python(places, monkeypatch):
    put(places["program"], "beside python")
    monkeypatch.setattr(sys, "frozen", False)
    assert config_source().path is None


def test_config_check_names_the_file_and_why(places, capsys):
    put(places["site"], "Espoo")
    assert main(["config", "check"]) == 0
    out = capsys.readouterr().out
    assert f"read {places['site']} (machine-wide config dir)" in out
    assert "branch 'Espoo'" in out


def test_config_check_without_any_file_says_so(places, capsys):
    assert main(["config", "check"]) == 1
    assert "no config file found" in capsys.readouterr().out


def test_a_named_file_that_is_missing_is_an_error_not_the_next_place(places, capsys):
    put(places["user"], "user")
    assert main(["--config", str(places["named"]), "config", "check"]) == 2
    assert "file not found" in capsys.readouterr().err


def test_the_console_reads_the_machine_wide_config(places, db_path):
    from desk.app import build_services

    put(places["site"], "Vantaa")
    services = build_services(["--db", str(db_path)])
    assert services.config.branch["name"] == "Vantaa"
    assert services.config.path == places["site"]
