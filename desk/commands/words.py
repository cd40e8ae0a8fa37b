"""The command line speaks the ``--lang`` language: the console's own translations, Qt-free.

The sentences are marked ``translate("Context", "source")`` like the console's, so
``pyside6-lupdate`` collects them into the same ``resources/i18n/desk_<lang>.ts``
(``scripts/update_translations.sh`` lists these modules). At run time they are looked up
in the translators' dictionary (``desk.translations``): no Qt, no ``QCoreApplication``, a
JSON read only when a command prints words.
"""

from __future__ import annotations

from desk.core import vocab
from desk.core.problems import Problem
from desk.translations import lookup

_language = ["en"]


def use(lang: str | None) -> str:
    """Speak ``lang`` from now on (None: English); returns the language in use."""
    _language[0] = lang or "en"
    return _language[0]


def use_for(env, cfg=None) -> str:
    """``--lang`` / ``DESK_LANG``, else the branch config's language, else English."""
    lang = env.check_language()
    if lang is None and cfg is not None:
        lang = cfg.language
    return use(lang)


def language() -> str:
    return _language[0]


def translate(context: str, source: str) -> str:
    """``source`` in the language in use (English when it has no translation)."""
    return lookup(_language[0], context, source)


def problem(found: Problem) -> str:
    """A core validation problem as a sentence in the language in use."""
    source = vocab.PROBLEMS.get(found.code)
    if source is None:
        return str(found)
    return vocab.fill(translate("Problem", source), found.params)


def reason(why: str) -> str:
    """Why a config file was read (``desk.paths`` words, used as codes), translated."""
    source = vocab.CONFIG_REASON.get(why)
    return why if source is None else translate("ConfigReason", source)
