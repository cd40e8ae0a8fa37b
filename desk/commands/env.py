"""What every subcommand shares: --db, --config, --lang, and errors as one line + exit 2."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click

from desk.paths import resolve_config
from desk.store_setting import resolve_db

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class Env:
    def __init__(self, db: str | None = None, config: str | None = None, lang: str | None = None):
        self.db_option, self.config_option, self.lang = db, config, lang

    @property
    def db_path(self) -> Path:
        return resolve_db(self.db_option)

    def config(self):
        from desk import config as config_mod

        path, _named = resolve_config(self.config_option)
        cfg = config_mod.load(path)
        for warning in cfg.warnings:
            click.echo(f"desk: warning: {warning}", err=True)
        return cfg

    def open_db(self, create: bool = False):
        from desk.store.db import DatabaseProblem, open_db

        try:
            db = open_db(self.db_path, create=create)
        except OSError as exc:  # a read-only or immutable folder: one line, exit 2
            raise DatabaseProblem(f"{self.db_path}: cannot create or open the database there "
                                  f"({exc.strerror or exc}); choose a folder you can write "
                                  "to with --db") from None
        self._tell_foreign_owner()
        return db

    def _tell_foreign_owner(self) -> None:
        """A log of another account (not the shared one) is used as asked, and said."""
        from desk.commands.words import translate
        from desk.core.textsafety import terminal_safe
        from desk.placeholders import numbered
        from desk.store.db import foreign_owner

        owner = foreign_owner(self.db_path)
        if owner is not None:
            click.echo(terminal_safe(numbered(translate(
                "Database", "note: the call log %1 belongs to another account, %2."),
                self.db_path, owner)), err=True)

    def check_language(self) -> str | None:
        """``--lang`` (or DESK_LANG) is checked for every subcommand: a wrong one is exit 2."""
        from desk.options import UsageError, language

        if not (self.lang or os.environ.get("DESK_LANG")):
            return None
        try:
            return language(self.lang, "en")
        except UsageError as exc:
            fail(str(exc))
        return None

    def clock(self):
        from desk.core.clock import SystemClock

        return SystemClock()


def fail(message: str, status: int = EXIT_USAGE) -> None:
    click.echo(f"desk: {message}", err=True)
    sys.exit(status)


def common_options(func):
    """Add --db/--config/--lang to a subcommand and pass it an ``Env`` (options win over
    the group's, which win over DESK_DB / DESK_CONFIG)."""

    @click.pass_context
    @functools.wraps(func)
    def wrapper(ctx, db_, config_, lang_, *args, **kwargs):
        parent: Env = ctx.find_object(Env) or Env()
        env = Env(db_ or parent.db_option, config_ or parent.config_option, lang_ or parent.lang)
        env.check_language()
        return func(env, *args, **kwargs)

    return shared_options(wrapper, suffix="_")


def shared_options(func, suffix: str = ""):
    """The options every command takes (``desk.options.OPTIONS``), as click options."""
    from desk.options import OPTIONS

    for option in reversed(OPTIONS):
        func = click.option(option.name, option.dest + suffix, metavar=option.metavar,
                            help=option.help)(func)
    return func
