"""What the installers promise branch IT, checked in the files that cannot be run here."""

from __future__ import annotations

import configparser
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_bundle_size():
    spec = importlib.util.spec_from_file_location("bundle_size",
                                                  ROOT / "packaging" / "bundle_size.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_bundle(tmp_path, size: int, content: bool = True) -> Path:
    bundle = tmp_path / "desk"
    internal = bundle / "_internal"
    (internal / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (bundle / "desk").write_bytes(b"x" * 1000)
    (internal / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(b"\0" * size)
    if content:
        for folder in ("content", "i18n", "icons", "fonts"):
            (internal / "desk" / "resources" / folder).mkdir(parents=True)
        (internal / "desk" / "resources" / "content" / "en.toml").write_text("x")
        (internal / "desk" / "resources" / "i18n" / "desk_fi.qm").write_text("x")
    return bundle


def test_bundle_size_passes_under_budget_and_names_the_biggest_part(tmp_path, capsys):
    size = load_bundle_size()
    assert size.main([str(fake_bundle(tmp_path, 2_000_000)), "--budget-mb", "3"]) == 0
    out = capsys.readouterr().out
    assert "2.0 MB unpacked (budget 3 MB" in out and "PySide6/Qt/lib" in out


def test_bundle_size_fails_over_budget_or_without_content(tmp_path, capsys):
    size = load_bundle_size()
    assert size.main([str(fake_bundle(tmp_path / "a", 4_000_000)), "--budget-mb", "3"]) == 1
    assert "over budget by 1.0 MB" in capsys.readouterr().err
    assert size.main([str(fake_bundle(tmp_path / "b", 10, content=False))]) == 1
    assert "missing from the bundle: etiquette content" in capsys.readouterr().err


def test_the_linux_entry_handles_tel_links_and_passes_the_link_on():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "desk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert "x-scheme-handler/tel" in section["MimeType"].split(";")
    assert section["Exec"].endswith(" %u") and section["Icon"] == "desk"
    assert (ROOT / "resources" / "icons" / "desk.svg").is_file()


def test_the_windows_installer_keeps_its_promises():
    iss = (ROOT / "packaging" / "windows" / "desk.iss").read_text(encoding="utf-8")
    for promise in ("PrivilegesRequired=admin",  # per machine
                    'DestDir: "{commonappdata}\\desk"; DestName: "branch.toml"',  # site config
                    "URLAssociations", '"tel"',  # tel: registration
                    "/VERYSILENT", "{param:CONFIG|}",  # silent install with a config
                    "config check", "SuppressibleMsgBox",  # the check is shown
                    "uninsneveruninstall"):  # uninstall keeps the config
        assert promise in iss, promise
    assert "runhidden" not in iss  # the old hidden config check is gone
