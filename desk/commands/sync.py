"""``desk sync init | add-branch | now | status | summary | purge``: head-office sync."""

from __future__ import annotations

import json
import os
from urllib.parse import urlsplit, urlunsplit

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

    @sync.command("add-branch")
    @click.argument("url")
    @click.argument("name")
    @click.option("--role", metavar="ROLE", help="The login role's name "
                  "[default: desk_branch_ plus the branch name in lower case].")
    def add_branch(url: str, name: str, role: str | None) -> None:
        """Create (or give a new password to) the login role branch NAME pushes with.

        Run it with the owner's role (DESK_SYNC_PASSWORD). The new password comes from
        DESK_SYNC_NEW_PASSWORD, or is generated and printed once. The role can push and read
        only its own logs; the branch's logs pushed before now become its own."""
        from desk.sync.branches import add_branch, check_role_name, default_role, new_password
        from desk.sync.errors import SyncProblem
        from desk.sync.server import connect, explain, where

        name = name.strip()
        if not name or len(name) > 100 or not name.isprintable():
            fail(f"{name!r} is not a branch name (the [branch] name of its config)")
        try:
            role = check_role_name(role or default_role(name))
        except ValueError as exc:
            fail(f"--role: {exc}")
        secret = os.environ.get(NEW_PASSWORD_ENV) or None
        generated = secret is None
        if generated:
            secret = new_password()
        import psycopg

        try:
            with connect(url) as conn:
                made = add_branch(conn, name, role, secret)
        except SyncProblem as exc:
            fail(str(exc))
        except psycopg.Error as exc:
            fail(explain(url, exc))
        place = terminal_safe(where(url))
        verb = "created" if made.created else "given a new password"
        click.echo(f"{place}: role {made.role} for branch {terminal_safe(name)} {verb}")
        if made.adopted_logs:
            click.echo(f"its {made.adopted_logs} log(s) pushed before are now its own")
        _explain_password(url, made.role, secret if generated else None)

    @sync.command("purge")
    @click.option("--older-than", "days", type=click.IntRange(min=1), required=True,
                  metavar="DAYS", help="Delete calls that started more than DAYS days ago.")
    @click.option("--yes", is_flag=True, help="Do not ask.")
    @common_options
    def purge(env, days: int, yes: bool) -> None:
        """Head office's own retention on --db postgresql://OWNER@HOST/DB: delete old calls
        of every branch with their marks, answered callbacks and handled alarms; says what
        it will delete and asks first. Branches' own `desk purge` never deletes here."""
        from datetime import timedelta

        import psycopg

        from desk.commands.purge import confirm_purge
        from desk.report.dates import local_day_start
        from desk.sync import retention
        from desk.sync.backend import central_url
        from desk.sync.errors import SyncProblem
        from desk.sync.server import connect, explain, where

        url = central_url(env.db_option)
        if not url:
            fail("sync purge works on head office's database: desk --db "
                 "postgresql://OWNER@HOST/DB sync purge --older-than DAYS "
                 "(a log file's own retention is desk purge)")
        cutoff_day = env.clock().now().astimezone().date() - timedelta(days=days)
        cutoff = local_day_start(cutoff_day)
        place = terminal_safe(where(url))
        try:
            with connect(url) as conn:
                from desk.sync import schema

                schema.check_current(conn)
                counts = retention.purge(conn, cutoff, dry_run=True)
                with conn.cursor() as cur:
                    kept = retention.kept_back(cur, cutoff)
                if not confirm_purge(counts, kept, cutoff_day, days, yes, place=place,
                                     scope=", all branches"):
                    return
                done = retention.purge(conn, cutoff)
        except SyncProblem as exc:
            fail(str(exc))
        except psycopg.Error as exc:
            fail(explain(url, exc))
        click.echo(f"deleted {done['calls']:,} calls, {done['callbacks']:,} callbacks, "
                   f"{done['incidents']:,} incidents at head office")

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
        from desk.sync import refusals
        from desk.sync.queue import sync_state
        from desk.sync.settings import from_config

        settings = from_config(env.config())
        db = env.open_db()
        state = sync_state(db, per_table=True)
        refused, refused_at = refusals.counted(db.conn)
        from desk.store.identity import copy_notice

        copied = copy_notice(db.conn)
        db.conn.close()
        data = {"configured": settings is not None,
                "url": settings.url if settings else None, **state.as_dict(),
                "refused": refused, "last_refused_at": refused_at, "copied": copied}
        if fmt == "json":
            click.echo(json.dumps(data, indent=2))
        else:
            click.echo(f"sync: {'to ' + terminal_safe(settings.url) if settings else 'not configured'}")
            click.echo(f"waiting: {state.waiting} changes")
            for table, count in state.waiting_by_table.items():
                click.echo(f"  {table:<17} {count}")
            click.echo(f"last success: {state.last_success_at or 'never'}")
            click.echo(f"last error: {terminal_safe(state.last_error or 'none')}")
            if refused:
                click.echo(f"refused by head office: {refused} push(es), last {refused_at}")
            if copied:
                click.echo(f"copied log: {terminal_safe(copied)}")
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


NEW_PASSWORD_ENV = "DESK_SYNC_NEW_PASSWORD"


def _explain_password(url: str, role: str, shown: str | None) -> None:
    """How the branch gets its url and password (the password only when generated)."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    branch_url = urlunsplit(parts._replace(netloc=role + "@" + parts.netloc.rsplit("@", 1)[-1]))
    click.echo(f'branch config: [sync] url = "{terminal_safe(branch_url)}"')
    if shown is None:
        click.echo(f"password: the one in {NEW_PASSWORD_ENV} (not shown)")
        shown = "PASSWORD"
    else:
        click.echo(f"password (shown once, not stored anywhere): {shown}")
    database = parts.path.lstrip("/") or "*"
    click.echo("give it to the branch as DESK_SYNC_PASSWORD in the console's environment, "
               "or as this line in its pgpass file (~/.pgpass, mode 600; "
               r"%APPDATA%\postgresql\pgpass.conf on Windows):")
    click.echo(f"  {host}:{parts.port or 5432}:{database}:{role}:{shown}")


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
