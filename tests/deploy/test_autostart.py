"""Start Desk at login: the XDG autostart entry, written and removed (Qt-free)."""

from __future__ import annotations

import shlex
import sys

import pytest

from desk.platform import autostart

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows: HKCU Run value")


def exec_line(path) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("Exec="))[len("Exec="):]


def test_the_entry_goes_in_the_users_autostart_folder_and_goes_away(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "desk.desktop"
    assert autostart.entry_path() == entry and not autostart.is_enabled()
    autostart.enable()
    assert autostart.is_enabled()
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n") and "Type=Application" in text
    assert shlex.split(exec_line(entry)) == [sys.executable, "-m", "desk"]
    autostart.disable()
    assert not entry.exists() and not autostart.is_enabled()
    autostart.disable()  # already off: nothing to do, no error


def test_a_program_path_with_spaces_and_specials_is_quoted_per_the_spec(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    autostart.enable(["/opt/my desk/desk", "--lang", "fi", "100%"])
    line = exec_line(autostart.entry_path())
    assert line == '"/opt/my desk/desk" --lang fi 100%%'
    autostart.enable(['/opt/a"b$/desk'])  # a rewrite replaces the entry
    assert exec_line(autostart.entry_path()) == '"/opt/a\\\\"b\\\\$/desk"'


def test_without_xdg_config_home_it_is_under_the_home_config(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.entry_path() == tmp_path / ".config" / "autostart" / "desk.desktop"
