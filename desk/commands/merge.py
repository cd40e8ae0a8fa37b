"""``desk merge A.db B.db ... --into C.db``: several workstations' logs into one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from desk.commands.env import common_options, fail


def register(cli: click.Group) -> None:
    @cli.command("merge")
    @click.argument("sources", nargs=-1, required=True,
                    type=click.Path(dir_okay=False, path_type=Path))
    @click.option("--into", "target", required=True,
                  type=click.Path(dir_okay=False, path_type=Path),
                  help="The merged log (created if missing).")
    @common_options
    def merge_cmd(env, sources: tuple[Path, ...], target: Path) -> None:
        """Add the calls, callbacks and incidents of each log to one log, or update them
        where the log changed them since (an answered callback, edited notes). Running it
        again with the same files changes nothing; workstation and operator are kept."""
        from desk.core.clock import to_iso
        from desk.report.backend import open_readonly
        from desk.store import merge
        from desk.store.db import open_db

        for source in sources:  # every file checked before anything is written
            if target.exists() and source.resolve() == target.resolve():
                fail(f"{source} is also the --into file")
            open_readonly(source).close()  # DatabaseProblem -> one line, exit 2
        db = open_db(target)
        target_log = db.execute("select value from meta where key = 'log_id'").fetchone()[0]
        db.conn.close()
        conn = sqlite3.connect(target.resolve().as_uri(), uri=True, isolation_level=None,
                               timeout=10)
        conn.execute("pragma foreign_keys = on")
        refused = 0
        try:
            for source in sources:
                outcome = merge.merge_file(conn, source, target_log, to_iso(env.clock().now()))
                if outcome.refused:
                    refused += 1
                    click.echo(f"{source}: refused: {outcome.refused}")
                    continue
                added = ", ".join(f"{n:,} {t.replace('_', ' ')}"
                                  for t, n in outcome.added.items() if n) or "nothing new"
                click.echo(f"{source}: added {added}")
                if outcome.updated:
                    changed = ", ".join(f"{n:,} {t.replace('_', ' ')}"
                                        for t, n in outcome.updated.items())
                    click.echo(f"  updated {changed} (changed in {source.name} since)")
                if outcome.corrected:
                    click.echo(f"  replaced {outcome.corrected:,} rows an earlier file "
                               "had falsely claimed for this log")
                for reason, n in outcome.skipped.items():
                    click.echo(f"  skipped {n:,} rows: {merge.WHY[reason]}")
        finally:
            conn.close()
        if refused:
            raise SystemExit(1)
