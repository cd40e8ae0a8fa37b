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
        from desk.core.clock import to_iso
        from desk.store import callbacks as store

        cfg = env.config()
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
            if not items:
                click.echo("no callbacks")
            for item in items:
                flag = "OVERDUE" if item["overdue"] else "open" if not item["answered_at"] \
                    else "answered"
                click.echo(f"#{item['id']:<6} {item['due_at'][:10]} {flag:<8} "
                           f"{terminal_safe(item['department'])[:18]:<18} "
                           f"{terminal_safe(item['full_name'])[:30]:<30} "
                           f"{terminal_safe(item['phone'] or item['email'] or '')}")


