"""``desk review`` opens the review window; ``desk config set-passphrase`` sets the
supervisor passphrase it asks for (attached to the ``config`` group)."""

from __future__ import annotations

from pathlib import Path

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
    @click.option("--file", "path", type=click.Path(dir_okay=False, path_type=Path),
                  help="Where to store the hash (default: review-passphrase next to the "
                  "branch config, else in the user config dir).")
    @common_options
    def set_passphrase(env, path: Path | None) -> None:
        """Set the supervisor passphrase of the review (stored as an scrypt hash)."""
        from desk.paths import resolve_config
        from desk.report import passphrase

        target = path or passphrase.location(resolve_config(env.config_option)[0])
        given = read_secret("New supervisor passphrase", confirm=True)
        try:
            stored = passphrase.hash_passphrase(given)
        except passphrase.PassphraseError as exc:
            fail(str(exc))
        passphrase.save(target, stored)
        click.echo(f"supervisor passphrase set (scrypt hash in {target})")

    config_group = cli.commands.get("config")
    if isinstance(config_group, click.Group):
        config_group.add_command(set_passphrase)
