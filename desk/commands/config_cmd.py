"""``desk config init|check``: write a commented template; validate a file."""

from __future__ import annotations

from pathlib import Path

import click

from desk.commands.env import EXIT_PROBLEM, common_options, fail


def register(cli: click.Group) -> None:
    @cli.group("config")
    def config_group() -> None:
        """Branch configuration file."""

    @config_group.command("init")
    @click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--force", is_flag=True, help="Overwrite an existing file.")
    @common_options
    def init(env, path: Path | None, force: bool) -> None:
        """Write a commented config template (to PATH, or standard output)."""
        from desk.config import template

        text = template()
        if path is None:
            click.echo(text, nl=False)
            return
        if path.exists() and not force:
            fail(f"{path} already exists; use --force to overwrite it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        click.echo(f"wrote {path}")

    @config_group.command("check")
    @click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
    @common_options
    def check(env, path: Path | None) -> None:
        """Validate a config file and say which file was read."""
        from desk import config as config_mod
        from desk.paths import ConfigSource, config_source

        source = (ConfigSource(path, "named on the command line", True) if path is not None
                  else config_source(env.config_option))
        if source.path is None:
            click.echo(f"no config file found ({source.reason}): using defaults "
                       "(alarms go nowhere)")
            raise SystemExit(EXIT_PROBLEM)
        cfg = config_mod.load(source.path)  # ConfigError -> one line, exit 2
        click.echo(f"read {source.path.resolve()} ({source.reason})")
        for warning in cfg.warnings:
            click.echo(f"warning: {warning}")
        click.echo(f"branch {cfg.branch['name']!r}, {len(cfg.departments)} department(s), "
                   f"{len(cfg.channels)} alarm channel(s)")
        if not cfg.channels:
            click.echo("warning: no alarm channel configured: alarms go nowhere")
        if cfg.warnings or not cfg.channels:
            raise SystemExit(EXIT_PROBLEM)
