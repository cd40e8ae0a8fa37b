"""Text size and high contrast (remembered), and Devanagari from the bundled font."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QRawFont
from PySide6.QtWidgets import QApplication, QPushButton

from desk.ui import theme
from desk.ui.fonts import DEVANAGARI, load_bundled_fonts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _normal_look_again(qapp):
    yield
    look = theme.Theme(qapp)
    look.set_high_contrast(False)
    look.reset()


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + \
        0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_larger_and_smaller_text_from_the_keyboard_is_remembered(make_console, qtbot):
    window = make_console()
    before = QApplication.font().pointSize()
    window.language_menus.bigger.trigger()
    window.language_menus.bigger.trigger()
    assert QApplication.font().pointSize() == before + 2
    assert window.call_panel.checklist.list.font().pointSize() == before + 2
    assert theme.saved_font_pt(0) == before + 2  # the next start opens at this size
    window.language_menus.smaller.trigger()
    assert QApplication.font().pointSize() == before + 1
    assert window.language_menus.bigger.shortcut().toString() == "Ctrl++"


def test_a_remembered_text_size_reaches_every_widget_at_start(make_console):
    theme.settings().setValue(theme.FONT_KEY, 15)  # chosen yesterday
    window = make_console()  # the call panel exists before the theme is applied
    assert window.findChild(QPushButton, "startCallButton").font().pointSize() == 15
    assert window.call_panel.checklist.list.font().pointSize() == 15
    assert window.call_panel.number.font().pointSize() == 15


def test_high_contrast_is_readable_and_remembered(make_console):
    window = make_console()
    window.language_menus.contrast.trigger()
    palette = QApplication.palette()
    for fg, bg in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                   (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                   (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                   (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert contrast(palette.color(fg), palette.color(bg)) >= 7  # WCAG AAA
    assert "#ffff00" in QApplication.instance().styleSheet()  # focus shows in yellow
    assert theme.saved_high_contrast()
    window.language_menus.contrast.trigger()
    assert not theme.saved_high_contrast()


def _hindi_texts() -> str:
    ts = (ROOT / "resources" / "i18n" / "desk_hi.ts").read_text(encoding="utf-8")
    translations = "".join(re.findall(r"<(?:translation|numerusform)>(.*?)</", ts, re.S))
    return (ROOT / "resources" / "content" / "hi.toml").read_text(encoding="utf-8") + \
        translations


def test_every_hindi_character_is_in_the_fonts_the_console_uses(qapp):
    families = load_bundled_fonts(qapp)
    assert DEVANAGARI in families and qapp.font().families()[-1] == DEVANAGARI
    bundled = QRawFont(str(ROOT / "resources" / "fonts" / "NotoSansDevanagari-Regular.ttf"), 12)
    assert bundled.isValid()
    primary = QFont(qapp.font())
    primary.setFamilies(qapp.font().families()[:1])
    metrics = QFontMetrics(primary)
    text = _hindi_texts()
    devanagari = {c for c in text if 0x0900 <= ord(c) <= 0x097F}
    assert len(devanagari) > 40
    # A bare machine may have no Devanagari at all: every such letter comes from our font.
    assert sorted(c for c in devanagari if not bundled.supportsCharacter(ord(c))) == []
    rest = {c for c in text if not c.isspace()} - devanagari
    assert sorted(c for c in rest if not (bundled.supportsCharacter(ord(c))
                                          or metrics.inFontUcs4(ord(c)))) == []


def test_the_font_licence_ships_beside_the_font():
    fonts = ROOT / "resources" / "fonts"
    assert [p.name for p in fonts.glob("*.ttf")] == ["NotoSansDevanagari-Regular.ttf"]
    licence = (fonts / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "Noto Sans Devanagari" in licence


BARE_PROBE = """
import json
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
app.setStyleSheet("QWidget { font-size: 11pt; }")  # as the console's theme does
before = QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari)
# A console not in Hindi loads the fonts once ready: its widgets exist by then.
label = QLabel("Desk")
label.ensurePolished()
from desk.ui.fonts import load_bundled_fonts
load_bundled_fonts(app)


def runs(font):
    layout = QTextLayout("नमस्ते Desk", font)
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    return [r.rawFont().familyName() for r in layout.glyphRuns()]


print(json.dumps({"before": before, "runs": runs(app.font()), "older": runs(label.font())}))
"""


@pytest.mark.process
def test_devanagari_renders_on_a_machine_with_only_a_latin_font(tmp_path):
    """A fontconfig that knows one Latin font, as on a bare workstation: Hindi text is
    still shaped with the bundled Noto Sans Devanagari."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    fc_match = shutil.which("fc-match")
    if fc_match is None:
        pytest.skip("fontconfig tools are not installed")
    latin = subprocess.run([fc_match, "-f", "%{file}", "sans:lang=en"], capture_output=True,
                           text=True, check=True).stdout.strip()
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(latin, fonts)
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><fontconfig><dir>{fonts}</dir>'
                    f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>')
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", BARE_PROBE], env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["before"] == []  # the machine itself cannot write Hindi
    assert DEVANAGARI in result["runs"]
    assert DEVANAGARI in result["older"]  # a label made before the fonts loaded
