"""What is wrong with an input, as a code and its parameters, never as a sentence.

The core names the problem (``Problem("phone_invalid", {"text": "12ab"})``); whoever shows
it turns the code into a sentence in the operator's language: the console through Qt's
translator (``desk.ui.vocab``), the CLI through the same translations read as JSON
(``desk.commands.words``). The English source of every code is in ``desk.core.vocab``.
"""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    code: str
    params: dict = {}

    def __str__(self) -> str:  # for logs and tracebacks only: people read it translated
        return self.code + (f" {self.params}" if self.params else "")


class Refused(ValueError):
    """An action the core will not do, with the problem as a code (``str()`` for logs)."""

    def __init__(self, code: str, **params: object):
        self.problem = Problem(code, params)
        super().__init__(str(self.problem))
