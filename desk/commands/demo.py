"""``desk demo-data --calls N [--seed S] [--branches N] [--lang L]``: fill a database with
a branch's history (or several branches'), in the chosen language."""

from __future__ import annotations

import click

from desk.commands.env import common_options, fail


def register(cli: click.Group) -> None:
    @cli.command("demo-data")
    @click.option("--calls", type=click.IntRange(1, 5_000_000), required=True,
                  help="How many finished calls to add.")
    @click.option("--seed", type=int, default=1, show_default=True,
                  help="Same seed, same history.")
    @click.option("--branches", type=click.IntRange(1, 9), default=1, show_default=True,
                  help="Share the desks out between this many branches (the calls' "
                       "branch column).")
    @common_options
    def demo_data(env, calls: int, seed: int, branches: int) -> None:
        """Fill the database with a realistic, reproducible branch history: office hours,
        a team with habits to coach, topics that come and go, callers who call again,
        callbacks, a few alarms; names and topics in the --lang (or configured) language."""
        from desk import content
        from desk.core import demo

        cfg = env.config()
        path = env.db_path
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            fail(f"--db {path}: {blocker} is a file, not a folder; choose another path")
        try:
            db = env.open_db(create=True)
        except OSError as exc:
            fail(f"--db {path}: cannot create the database there ({exc.strerror or exc})")
        language = env.check_language() or cfg.language
        written = demo.fill(db, calls, seed, env.clock().now(), content.load(language),
                            holidays=cfg.holidays, callback_days=cfg.norms["callback_days"],
                            target_s=int(cfg.target_s), branches=branches)
        db.conn.close()
        click.echo(f"{path}: added {written['calls']} calls, {written['callbacks']} callbacks, "
                   f"{written['incidents']} incidents, {written['stage_marks']} stage marks"
                   + (f" in {branches} branches ({', '.join(demo.branch_names(branches))})"
                      if branches > 1 else ""))
