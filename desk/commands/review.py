"""``desk review`` opens the review window; ``desk config set-passphrase`` sets the
supervisor passphrase it asks for (attached to the ``config`` group); ``ask_supervisor``
is the same question on the command line (``desk report --by-operator``, ``desk export``).
"""

from __future__ import annotations

import click

from desk.commands.env import common_options, fail


def read_secret(prompt: str, confirm: bool = False) -> str:
    """Hidden prompt on a terminal; from a pipe, one line (twice with ``confirm``)."""
    import sys

    if sys.stdin is not None and sys.stdin.isatty():
        return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm, err=True)
    first = sys.stdin.readline().rstrip("\r\n")
    if confirm and sys.stdin.readline().rstrip("\r\n") != first:
        fail("the two passphrases differ")
    return first


PASSPHRASE_ENV = "DESK_PASSPHRASE"  # for scripts: the supervisor passphrase, not asked


def supervisor_secret(prompt: str) -> str:
    import os

    given = os.environ.get(PASSPHRASE_ENV)
    return given if given is not None else read_secret(prompt)


def ask_supervisor(purpose: str, required: bool) -> None:
    """Ask for the supervisor passphrase and check it; one line and exit 2 when it is wrong,
    asked again too soon after a wrong one, or (``required``) not set at all."""
    from desk.report import passphrase

    where = passphrase.place().path
    try:
        stored = passphrase.load(where)
    except OSError as exc:  # NotOurFile included: says which file and why
        fail(f"the supervisor passphrase cannot be used: {exc}")
    if stored is None:
        if required:
            fail(f"{purpose} need a supervisor passphrase; none is set ({where}): run desk "
                 "config set-passphrase")
        return
    _check(stored, "Supervisor passphrase")


def _check(stored: str, prompt: str) -> None:
    import math

    from desk.report import passphrase

    tries = passphrase.Tries()
    try:
        wait = tries.wait_s()
        if wait > 0:  # not even asked: the answer could not be checked yet
            fail(f"too soon after a wrong supervisor passphrase: try again in "
                 f"{math.ceil(wait)} s")
        given = supervisor_secret(prompt)
        if not given:  # a script with nothing on stdin: not a guess, not counted
            fail(f"no supervisor passphrase given (type it, or set {PASSPHRASE_ENV})")
        passphrase.check(given, stored, tries)
    except passphrase.PassphraseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"the supervisor passphrase cannot be checked: {exc}")


def register(cli: click.Group) -> None:
    @cli.command("review")
    @common_options
    def review_cmd(env) -> None:
        """Open the supervisor review window on the log (read-only)."""
        from desk.report.backend import open_readonly
        from desk.sync.backend import central_url, open_central

        url = central_url(env.db_option)  # head office's server: read-only too
        if url:
            open_central(url).conn.close()  # a clear line and exit 2 before any window
        else:
            open_readonly(env.db_path).close()
        from desk.ui.review.app import run

        raise SystemExit(run(url or env.db_path, env.config(), env.config_option))

    @click.command("set-passphrase")
    @common_options
    def set_passphrase(env) -> None:
        """Set the supervisor passphrase (an scrypt hash beside the machine-wide config, else
        in your config dir). Replacing one asks for it first, unless you may write the
        machine-wide folder it is in."""
        from desk.report import passphrase

        where = passphrase.place()
        try:
            old = passphrase.load(where.path)
        except OSError as exc:
            fail(f"the supervisor passphrase cannot be used: {exc}")
        if where.machine_wide and not where.replaceable_without_old():
            fail(f"the supervisor passphrase is kept beside the machine-wide config "
                 f"({where.path}): only an account that may write that folder (IT) can set it")
        if old is not None and not where.replaceable_without_old():
            _check(old, "Current supervisor passphrase")
        given = read_secret("New supervisor passphrase", confirm=True)
        try:
            stored = passphrase.hash_passphrase(given)
        except passphrase.PassphraseError as exc:
            fail(str(exc))
        try:
            passphrase.save(where.path, stored, machine_wide=where.machine_wide)
        except OSError as exc:
            fail(f"{where.path}: cannot write ({exc.strerror or exc})")
        click.echo(f"supervisor passphrase set (scrypt hash in {where.path})")

    config_group = cli.commands.get("config")
    if isinstance(config_group, click.Group):
        config_group.add_command(set_passphrase)
