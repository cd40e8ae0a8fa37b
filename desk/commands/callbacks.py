"""``desk callbacks [--overdue] [--department D] [--format json|csv|table]``."""

from __future__ import annotations

import csv
import io
import json

import click

from desk.commands.env import common_options, fail
from desk.core.textsafety import csv_cell, terminal_safe

FIELDS = ("id", "full_name", "phone", "email", "department", "created_at", "due_at",
          "answered_at", "overdue")


def register(cli: click.Group) -> None:
    @cli.command("callbacks")
    @click.option("--overdue", is_flag=True, help="Only callbacks past their due date.")
    @click.option("--department", metavar="D", help="Only this department's callbacks.")
    @click.option("--all", "show_all", is_flag=True, help="Include answered callbacks.")
    @click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                  default="table", show_default=True)
    @common_options
    def callbacks(env, overdue: bool, department: str | None, show_all: bool, fmt: str) -> None:
        """List callbacks by due date (open ones unless --all)."""
        from desk.commands.words import use_for
        from desk.core.clock import to_iso
        from desk.store import callbacks as store

        cfg = env.config()
        use_for(env, cfg)
        db = env.open_db()
        if department is not None:
            known = {d.name for d in cfg.departments} | {
                r[0] for r in db.execute("select distinct department from callbacks")}
            if department not in known:
                db.conn.close()
                fail(f"--department: unknown department {department!r} "
                     f"(known: {', '.join(sorted(k for k in known if k))})")
        now = to_iso(env.clock().now())
        rows = store.listing(db, open_only=not show_all, department=department,
                             overdue_before=now if overdue else None)
        notices = store.notices_for(db, [r["id"] for r in rows])
        db.conn.close()
        items = []
        for row in rows:
            item = {key: row.get(key) for key in FIELDS if key != "overdue"}
            item["overdue"] = row["answered_at"] is None and row["due_at"] < now
            item["notices"] = notices[row["id"]]
            items.append(item)
        if fmt == "json":
            click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        elif fmt == "csv":
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow([*FIELDS, "notices"])
            for item in items:
                writer.writerow([csv_cell(item[k]) for k in FIELDS] + [len(item["notices"])])
            click.echo(out.getvalue(), nl=False)
        else:
            print_table(items, now)


def print_table(items: list[dict], now_iso: str) -> None:
    """One line per callback in the ``--lang`` language, the due day in local time."""
    from desk.commands.words import translate
    from desk.core.callbacks import local_due_date, state
    from desk.core.clock import parse_iso
    from desk.core.vocab import CALLBACK_STATE

    if not items:
        click.echo(translate("CallbacksCommand", "no callbacks"))
    now = parse_iso(now_iso)
    for item in items:
        flag = translate("CallbackState",
                         CALLBACK_STATE[state(item["due_at"], item["answered_at"], now)])
        click.echo(f"#{item['id']:<6} {local_due_date(item['due_at']).isoformat()} "
                   f"{flag:<12} "
                   f"{terminal_safe(item['department'])[:18]:<18} "
                   f"{terminal_safe(item['full_name'])[:30]:<30} "
                   f"{terminal_safe(item['phone'] or item['email'] or '')}")
