"""``desk demo-data --calls N [--seed S]``: fill a database with a realistic history."""

from __future__ import annotations

import click

from desk.commands.env import common_options


def register(cli: click.Group) -> None:
    @cli.command("demo-data")
    @click.option("--calls", type=click.IntRange(1, 5_000_000), required=True,
                  help="How many finished calls to add.")
    @click.option("--seed", type=int, default=1, show_default=True,
                  help="Same seed, same history.")
    @common_options
    def demo_data(env, calls: int, seed: int) -> None:
        """Fill the database with a realistic, reproducible call history."""
        from desk import content
        from desk.core import demo

        cfg = env.config()
        db = env.open_db(create=True)
        written = demo.fill(db, calls, seed, env.clock().now(), content.load(cfg.language),
                            holidays=cfg.holidays, callback_days=cfg.norms["callback_days"])
        click.echo(f"{env.db_path}: added {written['calls']} calls, "
                   f"{written['callbacks']} callbacks, {written['stage_marks']} stage marks")
