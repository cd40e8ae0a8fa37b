"""``desk sync init URL | now | status | summary``: head-office sync for branch IT."""

from __future__ import annotations

import json

import click

from desk.commands.env import EXIT_PROBLEM, common_options, fail
from desk.core.textsafety import terminal_safe


def _settings(env):
    """The branch config's [sync], or exit 2 saying how to configure it."""
    from desk.sync.settings import from_config

    settings = from_config(env.config())
    if settings is None:
        fail("sync is not configured: add [sync] url = \"postgresql://USER@HOST/DB\" to the "
             "branch config (password in DESK_SYNC_PASSWORD or a pgpass file)")
    return settings


def register(cli: click.Group) -> None:
    @cli.group("sync")
    def sync() -> None:
        """Push this log to head office's PostgreSQL (the [sync] config section)."""

    @sync.command("init")
    @click.argument("url")
    def init(url: str) -> None:
        """Create or upgrade the Desk schema on the server at URL."""
        from desk.sync import schema
        from desk.sync.errors import SyncProblem
        from desk.sync.server import connect, where

        try:
            with connect(url) as conn:
                ran = schema.init(conn)
        except SyncProblem as exc:
            fail(str(exc))
        place = terminal_safe(where(url))
        click.echo(f"{place}: applied {', '.join(ran)}" if ran
                   else f"{place}: the Desk schema is up to date")

    @sync.command("now")
    @common_options
    def now(env) -> None:
        """Push every waiting change now; exit 2 if the server cannot take them."""
        from desk.sync.push import SyncWorker

        settings = _settings(env)
        env.open_db(create=True).conn.close()  # migrated: the queue exists
        worker = SyncWorker(env.db_path, settings)
        pushed = 0
        try:
            while True:
                result = worker.run_once()
                pushed += result.pushed
                if result.error:
                    fail(f"{result.error} ({pushed} rows pushed before; the rest waits "
                         "in the local queue)")
                if not result.waiting_more:
                    break
        finally:
            worker.close()
        click.echo(f"pushed {pushed} rows to {terminal_safe(settings.url)}; nothing waiting")

    @sync.command("status")
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                  show_default=True)
    @common_options
    def status(env, fmt: str) -> None:
        """Rows waiting per table, last success and last error (exit 1 after an error)."""
        from desk.sync.queue import sync_state
        from desk.sync.settings import from_config

        settings = from_config(env.config())
        db = env.open_db()
        state = sync_state(db, per_table=True)
        db.conn.close()
        data = {"configured": settings is not None,
                "url": settings.url if settings else None, **state.as_dict()}
        if fmt == "json":
            click.echo(json.dumps(data, indent=2))
        else:
            click.echo(f"sync: {'to ' + terminal_safe(settings.url) if settings else 'not configured'}")
            click.echo(f"waiting: {state.waiting} changes")
            for table, count in state.waiting_by_table.items():
                click.echo(f"  {table:<17} {count}")
            click.echo(f"last success: {state.last_success_at or 'never'}")
            click.echo(f"last error: {terminal_safe(state.last_error or 'none')}")
        if state.last_error:
            raise SystemExit(EXIT_PROBLEM)

    @sync.command("summary")
    @click.option("--since", metavar="D", help="Calls started on or after this day (UTC).")
    @click.option("--until", metavar="D", help="Calls started before this day (UTC).")
    @click.option("--branch", metavar="NAME", help="Only this branch (central database).")
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                  show_default=True)
    @common_options
    def summary(env, since, until, branch, fmt: str) -> None:
        """Per-branch summary of --db: the central postgresql:// database or a log file."""
        from desk.core.clock import to_iso
        from desk.sync.summary import branch_summary

        since_iso, until_iso = _day(since, "--since"), _day(until, "--until")
        cfg = env.config()
        backend, close = _backend(env, branch)
        try:
            lines = branch_summary(backend, to_iso(env.clock().now()), since_iso, until_iso,
                                   cfg.target_s, cfg.max_s)
        finally:
            close()
        if fmt == "json":
            click.echo(json.dumps([line.as_dict() for line in lines], ensure_ascii=False,
                                  indent=2))
            return
        if not lines:
            click.echo("no calls yet")
        for line in lines:
            share = "-" if line.within_target_share is None else \
                f"{line.within_target_share:.0%}"
            click.echo(f"{terminal_safe(line.branch)[:20]:<20} calls {line.calls:>8}  "
                       f"within target {share:>4}  callbacks open {line.callbacks_open:>5} "
                       f"overdue {line.callbacks_overdue:>5}  incidents {line.incidents:>4}")


def _day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat() + "T00:00:00Z"
    except ValueError:
        fail(f"{option}: {value!r} is not a day like 2026-11-23")


def _backend(env, branch: str | None):
    """A read-only backend for --db: the central database or a log file."""
    from desk.sync.backend import central_url, open_central

    url = central_url(env.db_option)
    if url:
        backend = open_central(url, branch)
        return backend, backend.close
    if branch:
        fail("--branch needs the central database (--db postgresql://...)")
    from desk.report.backend import SqliteBackend, open_readonly

    conn = open_readonly(env.db_path)  # never written; not a Desk log: one line, exit 2
    return SqliteBackend(conn), conn.close
