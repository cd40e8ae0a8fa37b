"""Language and View menus: switch the console's language without a restart, text size,
high contrast.

Switching keeps the call in progress: the same stages and items are redrawn in the new
words, the Qt translator is swapped (every widget gets ``QEvent.LanguageChange``) and
dates follow the new ``QLocale``. The choice lasts until Desk closes; the workstation's
own language is ``language`` in the config (or ``--lang``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication

from desk import content as content_mod
from desk.config import LANGUAGES
from desk.paths import resource
from desk.ui.ops import read_op
from desk.ui.theme import Theme

log = logging.getLogger("desk.ui")


def install_translator(app: QApplication, lang: str) -> bool:
    """Swap the app's translator for ``lang`` (English needs none); set the date locale.

    Loads the .qm by path: Qt maps the file, where ``load(bytes)`` would need the bytes
    kept alive for as long as the translator lives.
    """
    for name in ("_desk_translator", "_desk_qt_translator"):
        old = getattr(app, name, None)
        if old is not None:
            app.removeTranslator(old)
            setattr(app, name, None)
    QLocale.setDefault(QLocale(lang))
    _install_qt_translator(app, lang)
    if lang == "en":
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return True
    qm = resource("i18n", f"desk_{lang}.qm")
    translator = QTranslator(app)
    if not (qm.is_file() and translator.load(str(qm))):
        log.warning("no interface translation for %s (%s): the interface stays in English",
                    lang, qm)
        return False
    app.installTranslator(translator)
    app._desk_translator = translator
    # Qt posts LanguageChange; deliver it now so every widget is retitled before we return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return True


def _install_qt_translator(app: QApplication, lang: str) -> None:
    """Qt's own translation of its buttons and menus where Qt ships one (``qtbase_fi``);
    installed first, so ours (``desk.ui.qt_words``) wins where both have a word."""
    from PySide6.QtCore import QLibraryInfo

    if lang == "en":
        return
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        app.installTranslator(translator)
        app._desk_qt_translator = translator


def switch_language(shell, lang: str) -> None:
    """Show the whole console in ``lang`` now; the call in progress stays as it is. Parts
    that hold content of their own take it from ``shell.language_changed``."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    services = shell.services
    new = content_mod.load(lang, services.config.branch.formal)  # the branch's register
    services.content, services.language = new, lang
    if services.ops is not None:  # same ids in every language: nothing stored changes
        read_op(shell, lambda ctx: setattr(ctx.calls, "content", new))
    install_translator(QApplication.instance(), lang)
    from desk.ui.fonts import load_bundled_fonts

    load_bundled_fonts(QApplication.instance())  # once per process; Hindi needs it now
    shell.language_changed.emit(new)  # the window, the checklist, the panels, the menu
    shell.status.say(
        QCoreApplication.translate("LanguageMenus", "Language: %1").replace("%1", new.name),
        6000)


class LanguageMenus(QObject):
    """The Language and View menus of the console window."""

    def __init__(self, shell):
        super().__init__(shell)
        self.host = host = shell.host
        self.theme = Theme(QApplication.instance())
        self.language_menu = shell.actions.add_menu("language")
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            # Each language by its own name, so anyone can find theirs whatever is shown.
            action = QAction(content_mod.language_name(lang), host)
            action.setObjectName(f"language_{lang}")
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, code=lang: switch_language(shell, code))
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.check(shell.services.language)
        shell.language_changed.connect(lambda _content: self.check(shell.services.language))

        self.view_menu = shell.actions.add_menu("view")
        self.view_menu.setObjectName("viewMenu")
        self.bigger = self._view_action("biggerTextAction", QKeySequence.StandardKey.ZoomIn,
                                        self.theme.bigger)
        self.bigger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller = self._view_action("smallerTextAction", QKeySequence.StandardKey.ZoomOut,
                                         self.theme.smaller)
        self.normal = self._view_action("normalTextAction", QKeySequence("Ctrl+0"),
                                        self.theme.reset)
        self.contrast = self._view_action("highContrastAction", QKeySequence("Ctrl+Shift+H"),
                                          None)
        self.contrast.setCheckable(True)
        self.contrast.setChecked(self.theme.high_contrast)
        self.contrast.toggled.connect(self.theme.set_high_contrast)
        host.installEventFilter(self)
        self.retranslate()

    def _view_action(self, name: str, keys, handler) -> QAction:
        action = QAction(self.host)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        if handler is not None:
            action.triggered.connect(handler)
        self.view_menu.addAction(action)
        return action

    def check(self, lang: str) -> None:
        self.language_actions[lang].setChecked(True)

    def retranslate(self) -> None:
        self.language_menu.setTitle(self.tr("&Language"))
        self.view_menu.setTitle(self.tr("&View"))
        self.bigger.setText(self.tr("&Larger text"))
        self.smaller.setText(self.tr("&Smaller text"))
        self.normal.setText(self.tr("&Normal text size"))
        self.contrast.setText(self.tr("&High contrast"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.host and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(shell) -> LanguageMenus:
    return LanguageMenus(shell)
