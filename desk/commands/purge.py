"""``desk purge --older-than DAYS [--yes]``: the branch's retention period."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import click

from desk.commands.env import common_options


def register(cli: click.Group) -> None:
    @cli.command("purge")
    @click.option("--older-than", "days", type=click.IntRange(min=1), required=True,
                  metavar="DAYS", help="Delete calls that started more than DAYS days ago.")
    @click.option("--yes", is_flag=True, help="Do not ask.")
    @common_options
    def purge_cmd(env, days: int, yes: bool) -> None:
        """Delete old calls with their checklist marks, answered callbacks and handled
        alarms; says what it will delete and asks first."""
        from desk.report.dates import local_day_start
        from desk.store import retention
        from desk.store.db import open_db

        today = env.clock().now().astimezone().date()
        cutoff_day = today - timedelta(days=days)
        cutoff = local_day_start(cutoff_day)
        open_db(env.db_path, create=False).conn.close()  # a Desk log, current schema
        conn = sqlite3.connect(env.db_path, isolation_level=None, timeout=10)
        conn.execute("pragma foreign_keys = on")
        try:
            counts = retention.purge(conn, cutoff, dry_run=True)
            kept = retention.kept_back(conn, cutoff)
            if not confirm_purge(counts, kept, cutoff_day, days, yes):
                return
            done = retention.purge(conn, cutoff)
        finally:
            conn.close()
        click.echo(f"deleted {done['calls']:,} calls, {done['callbacks']:,} callbacks, "
                   f"{done['incidents']:,} incidents from this log (head office keeps its "
                   "copies: its retention is its own)")


def confirm_purge(counts: dict, kept: int, cutoff_day, days: int, yes: bool, *,
                  place: str = "", scope: str = "") -> bool:
    """Say what a purge will delete (and keep back), then ask unless ``yes``; False when
    there is nothing to delete. ``place``/``scope`` name head office's database."""
    prefix = f"{place}: " if place else ""
    if not counts["calls"] and not counts["incidents"]:
        click.echo(f"{prefix}nothing started before {cutoff_day}: nothing to delete")
        return False
    click.echo(f"{prefix}will delete what started before {cutoff_day} ({days} days ago)"
               f"{scope}: {counts['calls']:,} calls, {counts['stage_marks']:,} checklist "
               f"marks, {counts['callbacks']:,} answered callbacks, "
               f"{counts['incidents']:,} incidents")
    if kept:
        click.echo(f"kept: {kept:,} old calls whose callback is still open")
    if not yes:
        click.confirm("Delete them?", abort=True)
    return True
