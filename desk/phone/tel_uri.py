"""A clicked ``tel:`` link starts Desk as ``desk tel:+358-40-123-4567``: that is a call.

Desk is registered as the ``tel:`` handler (``packaging/linux/desk.desktop``, the Windows
installer), so the link's number becomes ``desk incoming NUMBER``: the running console
starts the call with that number and the caller's history (or Desk starts first).
"""

from __future__ import annotations

from urllib.parse import unquote

VISUAL_SEPARATORS = str.maketrans("", "", "-.() ")  # RFC 3966 allows them in the number


def number_of(uri: str) -> str:
    """``tel:+358-40-123-4567;ext=12`` -> ``+358401234567`` (the check is ``incoming``'s)."""
    rest = uri[4:].lstrip("/")  # some browsers hand over tel://
    number = unquote(rest).split(";", 1)[0].split("?", 1)[0]
    return number.translate(VISUAL_SEPARATORS)


def rewrite(argv: list[str]) -> list[str]:
    """Turn a ``tel:`` argument into ``incoming NUMBER``, keeping the other options."""
    for index, arg in enumerate(argv):
        if arg.lower().startswith("tel:"):
            return ["incoming", number_of(arg), *argv[:index], *argv[index + 1:]]
    return argv
