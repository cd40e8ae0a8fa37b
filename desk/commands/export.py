"""``desk export --format csv|json --out F``: the calls of a filter, for a spreadsheet."""

from __future__ import annotations

from pathlib import Path

import click

from desk.commands.env import common_options, fail
from desk.commands.report import filter_options, make_filters, norms_of, open_backend


def register(cli: click.Group) -> None:
    @cli.command("export")
    @filter_options
    @click.option("--format", "fmt", type=click.Choice(["csv", "json"]), required=True)
    @click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
                  help="File to write (readable by you only; replaced whole, never "
                  "written through a link).")
    @common_options
    def export_cmd(env, fmt: str, out: Path, **filters) -> None:
        """Write the matching calls as CSV (safe for spreadsheets) or JSON."""
        from desk.report import export

        chosen = make_filters(env, **filters)
        norms = norms_of(env)
        from desk.commands.review import ask_supervisor  # each call with its operator

        ask_supervisor("exports", required=False)
        if not out.parent.is_dir():
            fail(f"--out {out}: no folder {out.parent}")
        try:
            export.check_target(out)  # a planted link: refused before the log is opened
        except export.UnsafeTarget as exc:
            fail(f"--out {exc}")
        backend = open_backend(env)
        try:
            written = export.write(backend, chosen, fmt, out, norms)
        except OSError as exc:
            fail(f"--out {out}: {exc.strerror or exc}")
        finally:
            backend.conn.close()
        click.echo(f"wrote {written:,} calls to {out}")
