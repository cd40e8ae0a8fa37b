"""What the person at the desk sees when Desk cannot start: a config IT must fix, or a
wrong option. The branch config is what says the language, and it could not be read, so
the words follow ``--lang``, then DESK_LANG, then the computer's own language (when Desk
has it), else English. The problem itself (file, line, key) is quoted as it was found,
as plain text, for IT.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def language(argv: list[str]) -> str:
    from desk.options import LANGUAGES, UsageError, parse_console

    try:
        lang = parse_console(argv).get("lang")
    except UsageError:
        lang = None
    lang = lang or os.environ.get("DESK_LANG") or QLocale.system().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def words(problem: str, about_config: bool) -> tuple[str, str]:
    """The message box's title and text, in the language of the installed translator."""
    if about_config:
        return (translate("StartProblem", "Desk: branch config"),
                translate("StartProblem", "Desk cannot start: the branch config has a mistake "
                          "that IT must fix. Please tell them what it says:\n\n%1")
                .replace("%1", problem))
    return (translate("StartProblem", "Desk"),
            translate("StartProblem", "Desk cannot start with these options:\n\n%1")
            .replace("%1", problem))


def show(app, argv: list[str], problem: str, about_config: bool) -> None:
    from desk.ui.console.language_menu import install_translator
    from desk.ui.plain import critical  # the message quotes the config: plain text

    install_translator(app, language(argv))
    critical(None, *words(problem, about_config))
