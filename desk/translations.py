"""Qt-free translations: the translators' dictionary, ``resources/i18n/translations/<lang>.json``.

The console reads compiled ``.qm`` files through Qt; code without Qt (the command line, the
callback e-mail a worker thread sends) looks the same sentences up here, in the very file
the ``.ts`` files are filled from: ``Context::source`` first, then the source. English, or a
missing or unreadable file, gives the English source back — words rather than no words.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache

from desk.paths import resource

Translate = Callable[[str, str], str]  # (context, source) -> text


@lru_cache(maxsize=8)
def _dictionary(lang: str) -> dict:
    if lang == "en":
        return {}
    try:
        return json.loads(resource("i18n", "translations", f"{lang}.json")
                          .read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def lookup(lang: str | None, context: str, source: str) -> str:
    """``source`` in ``lang`` (English when it has no translation, or no ``lang``)."""
    words = _dictionary(lang or "en")
    found = words.get(f"{context}::{source}") or words.get(source)
    if isinstance(found, list):  # a plural message: its first form
        found = found[0] if found else None
    return found or source


def translator(lang: str | None) -> Translate:
    """A ``translate(context, source)`` that speaks ``lang``."""
    return lambda context, source: lookup(lang, context, source)


def english(_context: str, source: str) -> str:
    return source
