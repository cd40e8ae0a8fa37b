"""Fonts shipped with Desk, so Devanagari renders on a machine that has none.

``load_bundled_fonts`` registers ``resources/fonts/*.ttf`` with Qt (one file read per
font, no scan of the system) and puts their families behind the application font,
so Qt falls back to them for any character the system font lacks.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from desk.paths import resource

DEVANAGARI = "Noto Sans Devanagari"
# Console languages written in a script the bundled fonts are for: a console in one of
# them loads the fonts before its first frame; any other loads them once it is ready
# (for a caller's name, a note in Devanagari), off the start path.
FIRST_FRAME_LANGUAGES = frozenset({"hi"})


def needed_in_first_frame(language: str) -> bool:
    return language in FIRST_FRAME_LANGUAGES


def load_bundled_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts once per process; returns their family names."""
    loaded = getattr(app, "_desk_font_families", None)
    if loaded is not None:
        return loaded
    families: list[str] = []
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(app.font())
    # The family the system really gives (a generic name such as "Sans Serif" would not
    # match in a list, and Latin text would then come from the Devanagari font).
    own = [QFontInfo(font).family()]
    font.setFamilies(own + [f for f in families if f not in own])
    app.setFont(font)
    app._desk_font_families = families
    return families
