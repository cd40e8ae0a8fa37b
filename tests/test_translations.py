"""Translation sources: up to date with the UI, and translations keep their placeholders."""

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
                if text and sorted(PLACEHOLDER.findall(source)) != \
                        sorted(PLACEHOLDER.findall(text)):
                    problems.append(f"{ctx.findtext('name')}: {source!r} -> {text!r}")
    return problems


@pytest.mark.parametrize("lang", ["fi", "tl", "hi", "eo"])
def test_every_translation_keeps_its_placeholders(lang):
    assert placeholder_problems((I18N / f"desk_{lang}.ts").read_text(encoding="utf-8")) == []


def test_the_placeholder_check_catches_a_lost_placeholder():
    ts = ('<TS><context><name>X</name><message><source>Ready · call log: %1</source>'
          '<translation>Valmis</translation></message></context></TS>')
    assert placeholder_problems(ts) == ["X: 'Ready · call log: %1' -> 'Valmis'"]


def test_translation_sources_are_up_to_date_with_the_ui(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    assert lupdate.is_file(), "pyside6-lupdate comes with PySide6-Essentials"
    files = sorted(str(p) for p in (ROOT / "desk" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *files, "-ts", str(fresh)], check=True,
                   timeout=120)
    missing = sources(fresh) - sources(I18N / "desk_fi.ts")
    assert not missing, f"run scripts/update_translations.sh; new strings: {sorted(missing)[:5]}"
