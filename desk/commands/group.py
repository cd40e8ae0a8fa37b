"""The click command group behind ``desk SUBCOMMAND``."""

from __future__ import annotations

import sys

import click

from desk import __version__
from desk.commands.env import EXIT_USAGE, Env


@click.group(invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="PATH", help="Database file (default: DESK_DB or the user data dir).")
@click.option("--config", metavar="PATH", help="Branch config file (default: DESK_CONFIG).")
@click.option("--lang", metavar="CODE", help="Language: en, fi, tl, hi, eo.")
@click.option("--self-test", is_flag=True, help="Start the console offscreen, check the "
              "database, content and config, and exit 0 (or 1 naming what failed).")
@click.version_option(__version__, prog_name="desk")
@click.pass_context
def cli(ctx: click.Context, db, config, lang, self_test):
    """Desk, the front-desk console. Without a subcommand it opens the console."""
    ctx.obj = Env(db, config, lang)
    if self_test:
        from desk.commands.selftest import run_self_test

        sys.exit(run_self_test(ctx.obj))
    if ctx.invoked_subcommand is None:
        from desk.app import main as open_console

        argv = [a for pair in (("--db", db), ("--config", config), ("--lang", lang))
                if pair[1] for a in pair]
        sys.exit(open_console(argv))


def _register() -> None:
    from desk.commands import alarm, callbacks, config_cmd, demo, phone, sync

    for module in (alarm, callbacks, config_cmd, demo, phone, sync):
        module.register(cli)
    _register_review()


def _register_review() -> None:
    from desk.commands import export, merge, purge, report, review

    for module in (report, export, merge, purge, review):  # review: after config_cmd
        module.register(cli)


_register()


def run(argv: list[str]) -> int:
    """Run the CLI; user-facing problems become one line on stderr and exit 2."""
    from desk.config import ConfigError
    from desk.store.db import DatabaseProblem

    try:
        cli.main(args=argv, prog_name="desk", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("desk: aborted", err=True)
        return 1
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except (ConfigError, DatabaseProblem) as exc:
        click.echo(f"desk: {exc}", err=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # no traceback reaches a user
        click.echo(f"desk: unexpected error: {type(exc).__name__}: {exc}", err=True)
        return 1
    return 0
