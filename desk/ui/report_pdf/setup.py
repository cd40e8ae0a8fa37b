"""Qt for a command that draws and exits: an application object on the offscreen platform
(unless one exists: a test's, the review window's), the bundled fonts, the translator."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QTranslator
from PySide6.QtWidgets import QApplication

from desk.paths import resource


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
        # Qt notes each font without Devanagari tables it skips while falling back to the
        # bundled one: noise on a command's stderr, not a problem.
        QLoggingCategory.setFilterRules("qt.text.font.db=false")
        app = QApplication(["desk-report"])  # widgets-capable: a later window can reuse it
    from desk.ui.fonts import load_bundled_fonts

    load_bundled_fonts(app)
    return app


def use_language(app, lang: str) -> QLocale:
    """Install the interface translation for ``lang`` (English needs none), once."""
    current = getattr(app, "_desk_report_lang", None)
    if current != lang:
        old = getattr(app, "_desk_report_translator", None)
        if old is not None:
            QCoreApplication.removeTranslator(old)
            app._desk_report_translator = None
        if lang != "en":
            translator = QTranslator(app)
            if translator.load(str(resource("i18n", f"desk_{lang}.qm"))):
                QCoreApplication.installTranslator(translator)
                app._desk_report_translator = translator
        app._desk_report_lang = lang
    return QLocale(lang)
