"""The options every ``desk`` command takes, declared once.

The console (``desk``, ``python -m desk``, ``desk.app.main``) parses them here without
loading click; the subcommands get the same declarations as click options
(``desk.commands.env.common_options``). Values come from the option, then the
environment variable, then the default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

LANGUAGES = ("en", "fi", "tl", "hi", "eo")


@dataclass(frozen=True)
class Option:
    name: str  # --db
    env: str | None  # DESK_DB
    metavar: str
    help: str

    @property
    def dest(self) -> str:
        return self.name.lstrip("-").replace("-", "_")


OPTIONS = (
    Option("--db", "DESK_DB", "PATH",
           "Call log (SQLite file; default: DESK_DB or the user data dir)."),
    Option("--config", "DESK_CONFIG", "PATH",
           "Branch config file (default: DESK_CONFIG, branch.toml beside the program, the "
           "machine's then the user's config dir)."),
    Option("--lang", "DESK_LANG", "CODE",
           f"Language: {', '.join(LANGUAGES)} (default: the branch config's)."),
)


class UsageError(ValueError):
    """Bad command-line input; ``str()`` is the one-line message (exit status 2)."""


def parse_console(argv: list[str]) -> dict[str, str | None]:
    """``--db PATH``, ``--db=PATH`` … for the console; anything else is a usage error."""
    values: dict[str, str | None] = {o.dest: None for o in OPTIONS}
    by_name = {o.name: o for o in OPTIONS}
    args = iter(argv)
    for arg in args:
        name, equals, value = arg.partition("=")
        option = by_name.get(name)
        if option is None:
            raise UsageError(f"unknown option {arg!r}; options: "
                             + ", ".join(o.name for o in OPTIONS))
        if not equals:
            value = next(args, None)
            if value is None or value.startswith("--"):
                raise UsageError(f"{name} needs a value ({option.metavar})")
        values[option.dest] = value
    return values


def language(value: str | None, default: str) -> str:
    """The language to use: ``--lang``, then DESK_LANG, then the config's; checked."""
    lang = value or os.environ.get("DESK_LANG") or default
    if lang not in LANGUAGES:
        raise UsageError(f"unknown language {lang!r}; available: {', '.join(LANGUAGES)}")
    return lang
