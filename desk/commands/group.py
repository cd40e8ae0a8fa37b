"""The click command group behind ``desk SUBCOMMAND``."""

from __future__ import annotations

import sys

import click

from desk import __version__
from desk.commands.env import EXIT_USAGE, Env, shared_options


def _print_version(ctx: click.Context, value: bool) -> None:
    """What IT and a bug report need: Desk's, Qt's and Python's versions."""
    if not value or ctx.resilient_parsing:
        return
    import platform

    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError as exc:  # a broken install should still say what it is
        qt = f"Qt not available ({exc})"
    click.echo(f"desk {__version__}\n{qt}\nPython {platform.python_version()} "
               f"({platform.python_implementation()}, {platform.machine()})")
    ctx.exit()


@click.group(invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@shared_options
@click.option("--self-test", is_flag=True, help="Start the console offscreen, check the "
              "database, content and config, and exit 0 (or 1 naming what failed).")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=lambda ctx, _p, value: _print_version(ctx, value),
              help="Show Desk's, Qt's and Python's versions and exit.")
@click.pass_context
def cli(ctx: click.Context, db, config, lang, self_test):
    """Desk, the front-desk console. Without a subcommand it opens the console."""
    ctx.obj = Env(db, config, lang)
    ctx.obj.check_language()
    if self_test:
        from desk.commands.selftest import run_self_test

        sys.exit(run_self_test(ctx.obj))
    if ctx.invoked_subcommand is None:
        from desk.app import main as open_console

        argv = [a for pair in (("--db", db), ("--config", config), ("--lang", lang))
                if pair[1] for a in pair]
        sys.exit(open_console(argv))


def _register() -> None:
    from desk.commands import alarm, callbacks, config_cmd, demo, lan, phone, sync

    for module in (alarm, callbacks, config_cmd, demo, lan, phone, sync):
        module.register(cli)
    _register_review()


def _register_review() -> None:
    from desk.commands import export, merge, purge, report, review

    for module in (report, export, merge, purge, review):  # review: after config_cmd
        module.register(cli)


_register()


def _is_database_problem(exc: Exception) -> bool:
    # desk.store.db is not imported up front: it loads sqlite-utils, which `desk incoming`
    # (on the path from the ring to the call on screen) does without. If it never loaded,
    # the error cannot be one of its kind.
    store_db = sys.modules.get("desk.store.db")
    return store_db is not None and isinstance(exc, store_db.DatabaseProblem)


def run(argv: list[str]) -> int:
    """Run the CLI; user-facing problems become one line on stderr and exit 2."""
    from desk.config import ConfigError

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
    except ConfigError as exc:
        click.echo(f"desk: {exc}", err=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # no traceback reaches a user
        if _is_database_problem(exc):
            click.echo(f"desk: {exc}", err=True)
            return EXIT_USAGE
        click.echo(f"desk: unexpected error: {type(exc).__name__}: {exc}", err=True)
        return 1
    return 0
