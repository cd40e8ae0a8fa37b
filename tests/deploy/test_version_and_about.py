"""What IT asks first: which versions, which config file, which call log."""

from __future__ import annotations

import platform

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox

from desk import __version__
from desk.cli import main


def test_version_names_desk_qt_and_python(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert f"desk {__version__}" in out and f"Qt {qVersion()}" in out
    assert f"Python {platform.python_version()}" in out


def test_about_names_the_config_file_and_why(make_console, tmp_path, monkeypatch):
    from desk import config as config_mod
    from desk.ui.console import about

    site = tmp_path / "xdg"
    (site / "desk").mkdir(parents=True)
    path = site / "desk" / "branch.toml"
    path.write_text('[branch]\nname = "Espoo"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    window = make_console(config=config_mod.load(path))
    about.install(window)
    window.about_action.trigger()
    box = window.findChild(QMessageBox, "aboutDialog")
    assert f"{path} (machine-wide config dir)" in box.text()
    assert str(window.services.db_path) in box.text() and __version__ in box.text()
    box.close()
