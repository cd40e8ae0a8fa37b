"""Translations: every message translated, placeholders and mnemonics kept, .qm files built
from the current .ts, and the sources up to date with the UI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")
LANGS = ["fi", "tl", "hi", "eo"]


def mnemonics(text: str) -> int:
    """How many Alt+letter marks a text has (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def unfinished(ts_text: str) -> list[str]:
    """Messages a translator has not finished: no text, or still marked unfinished."""
    problems = []
    for ctx in ET.fromstring(ts_text).iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            forms = [] if translation is None else \
                [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                   "obsolete") \
                    or not forms or not all(f.strip() for f in forms):
                problems.append(f"{ctx.findtext('name')}: {msg.findtext('source')!r}")
    return problems


def sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def placeholder_problems(ts_text: str) -> list[str]:
    problems = []
    for ctx in ET.fromstring(ts_text).iter("context"):
        for msg in ctx.iter("message"):
            source, translation = msg.findtext("source") or "", msg.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or \
                [translation.text or ""]
            for text in (f.strip() for f in forms):
                if text and (sorted(PLACEHOLDER.findall(source)) !=
                             sorted(PLACEHOLDER.findall(text))
                             or mnemonics(source) != mnemonics(text)):
                    problems.append(f"{ctx.findtext('name')}: {source!r} -> {text!r}")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_translation_keeps_its_placeholders_and_mnemonic(lang):
    assert placeholder_problems((I18N / f"desk_{lang}.ts").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    assert unfinished((I18N / f"desk_{lang}.ts").read_text(encoding="utf-8")) == []


def test_the_checks_catch_an_empty_an_unfinished_and_a_lost_mnemonic():
    ts = ('<TS><context><name>X</name>'
          '<message><source>Start call</source><translation></translation></message>'
          '<message><source>End call</source><translation type="unfinished">Lopeta'
          '</translation></message>'
          '<message><source>&amp;Ready</source><translation>Valmis</translation></message>'
          '</context></TS>')
    assert unfinished(ts) == ["X: 'Start call'", "X: 'End call'"]
    assert placeholder_problems(ts) == ["X: '&Ready' -> 'Valmis'"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_shipped_qm_is_built_from_the_current_ts(lang, tmp_path):
    """``scripts/build_qm.py`` was run after the last change to the .ts (CI needs no build)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "")
    assert lrelease.is_file(), "pyside6-lrelease comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", "-nounfinished", str(I18N / f"desk_{lang}.ts"),
                    "-qm", str(fresh)], check=True, timeout=120)
    assert fresh.read_bytes() == (I18N / f"desk_{lang}.qm").read_bytes(), \
        "run scripts/build_qm.py"


def test_the_placeholder_check_catches_a_lost_placeholder():
    ts = ('<TS><context><name>X</name><message><source>Ready · call log: %1</source>'
          '<translation>Valmis</translation></message></context></TS>')
    assert placeholder_problems(ts) == ["X: 'Ready · call log: %1' -> 'Valmis'"]


def test_translation_sources_are_up_to_date_with_the_ui(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    assert lupdate.is_file(), "pyside6-lupdate comes with PySide6-Essentials"
    files = sorted(str(p) for p in [*(ROOT / "desk" / "ui").rglob("*.py"),
                                    *(ROOT / "desk" / "commands").rglob("*.py"),
                                    ROOT / "desk" / "core" / "vocab.py"])
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *files, "-ts", str(fresh)], check=True,
                   timeout=120)
    missing = sources(fresh) - sources(I18N / "desk_fi.ts")
    assert not missing, f"run scripts/update_translations.sh; new strings: {sorted(missing)[:5]}"


def _translate_ts_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("translate_ts",
                                                  ROOT / "scripts" / "translate_ts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_translate_script_fills_from_the_dictionary_and_lists_what_is_left(tmp_path,
                                                                             monkeypatch):
    tool = _translate_ts_module()
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "fi.json").write_text(
        '{"Start call": "Aloita puhelu", "over %n min": ["yli %n min", "yli %n min"],'
        ' "Window::Close": "Sulje ikkuna", "Close": "Sulje"}', encoding="utf-8")
    (tmp_path / "desk_fi.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fi">'
        '<context><name>Window</name>'
        '<message><source>Start call</source><translation type="unfinished"/></message>'
        '<message numerus="yes"><source>over %n min</source>'
        '<translation type="unfinished"><numerusform/></translation></message>'
        '<message><source>Close</source><translation type="unfinished"/></message>'
        '<message><source>Quit</source><translation type="unfinished"/></message>'
        '</context></TS>', encoding="utf-8")
    monkeypatch.setattr(tool, "I18N", tmp_path)
    assert tool.fill("fi", write_todo=True) == ["Quit"]
    text = (tmp_path / "desk_fi.ts").read_text(encoding="utf-8")
    assert "<translation>Aloita puhelu</translation>" in text
    assert "<translation>Sulje ikkuna</translation>" in text  # the context's own wins
    assert text.count("<numerusform>yli %n min</numerusform>") == 2
    assert unfinished(text) == ["Window: 'Quit'"]
    assert (tmp_path / "translations" / "fi.todo.json").read_text(encoding="utf-8") == \
        '{\n "Quit": ""\n}\n'

    todo = tmp_path / "translations" / "fi.todo.json"
    todo.write_text('{"Quit": "Lopeta"}', encoding="utf-8")
    assert tool.merge_todo("fi") == 1 and not todo.exists()
    assert tool.fill("fi") == []
