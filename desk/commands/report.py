"""``desk report [--since D] [--until D] [--by-operator] --format json|table``.

The same numbers as the review window's summary band: both call ``desk.report.report``.
The log is opened read-only; a console may be writing to it meanwhile.
"""

from __future__ import annotations

import json

import click

from desk.commands.env import EXIT_USAGE, common_options, fail


def filter_options(func):
    """The review's filters as options (shared by report and export)."""
    for option in reversed([
        click.option("--since", metavar="D", help="From this day (YYYY-MM-DD, today, 30d)."),
        click.option("--until", metavar="D", help="To this day, inclusive."),
        click.option("--operator", metavar="NAME", help="Only this operator's calls."),
        click.option("--workstation", metavar="NAME", help="Only this workstation's calls."),
        click.option("--outcome", metavar="O", help="Only calls with this outcome."),
        click.option("--topic", metavar="T", help="Only calls on this topic."),
        click.option("--search", metavar="WORDS", default="",
                     help="Words in the topic or notes."),
    ]):
        func = option(func)
    return func


def make_filters(env, since=None, until=None, **others):
    from desk.report.dates import BadDate, bounds
    from desk.report.filters import Filters

    try:
        start, end = bounds(since, until, env.clock().now())
    except BadDate as exc:
        fail(f"--since/--until: {exc}")
    return Filters(since=start, until=end, **{k: v for k, v in others.items() if v})


def open_backend(env, branch: str | None = None):
    """The log, read-only (DatabaseProblem -> one line, exit 2); head office's PostgreSQL
    for --db postgresql://... (read-only too; ``branch`` narrows it to one branch)."""
    from desk.sync.backend import central_url, open_central

    url = central_url(env.db_option)
    if url:
        return open_central(url, branch)
    if branch:
        fail("--branch needs the central database (--db postgresql://...)")
    from desk.report.backend import SqliteBackend, open_readonly

    return SqliteBackend(open_readonly(env.db_path))


def norms_of(env):
    from desk.report.summary import Norms

    return Norms.from_config(env.config())


def ask_passphrase(env) -> None:
    """Per-operator figures are for supervisors: ask, and refuse (exit 2) if wrong."""
    from desk.paths import resolve_config
    from desk.report import passphrase

    path = passphrase.location(resolve_config(env.config_option)[0])
    stored = passphrase.load(path)
    if stored is None:
        fail(f"per-operator figures need a supervisor passphrase; none is set ({path}): "
             "run desk config set-passphrase")
    from desk.commands.review import read_secret

    given = read_secret("Supervisor passphrase")
    if not passphrase.verify(given, stored):
        fail("wrong supervisor passphrase")


def register(cli: click.Group) -> None:
    @cli.command("report")
    @filter_options
    @click.option("--by-operator", is_flag=True,
                  help="Coaching figures per operator (asks for the supervisor passphrase).")
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                  show_default=True)
    @click.option("--branch", metavar="NAME", help="Only this branch (central database).")
    @common_options
    def report_cmd(env, fmt: str, by_operator: bool, branch: str | None, **filters) -> None:
        """Calls against the norm, checklist habits, callbacks, incidents, top topics."""
        from desk.core.clock import to_iso
        from desk.report import report
        from desk.report.trends import per_operator

        chosen = make_filters(env, **filters)
        norms = norms_of(env)
        if by_operator:
            ask_passphrase(env)
        backend = open_backend(env, branch)
        try:
            summary = report(backend, chosen, now=to_iso(env.clock().now()), norms=norms)
            operators = per_operator(backend, chosen, norms) if by_operator else None
        finally:
            backend.conn.close()
        if fmt == "json":
            data = summary.as_json()
            if operators is not None:
                data["per_operator"] = operators
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        click.echo(table_text(summary.as_json()))
        for item in operators or []:
            click.echo(operator_line(item))


def _pct(value) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def _min(seconds) -> str:
    return "–" if seconds is None else f"{seconds // 60}:{seconds % 60:02d}"


def table_text(values: dict) -> str:
    from desk.core.textsafety import terminal_safe

    if not values["calls"]:
        return "no calls yet (in this period)"
    lines = [
        f"calls                      {values['calls']:,}",
        f"within target / maximum    {_pct(values['within_target_share'])} / "
        f"{_pct(values['within_max_share'])}",
        f"median / 90th percentile   {_min(values['median_duration_s'])} / "
        f"{_min(values['p90_duration_s'])} min",
        f"answered by the ring       {_pct(values['answered_by_ring_share'])} "
        f"(of {values['ring_times_known']:,} calls with ring times)",
        f"greeting complete          {_pct(values['greeting_complete_share'])} "
        f"(of {values['calls_with_checklist']:,} calls with a checklist)",
        f"wrap-up past the target    {_pct(values['wrap_up_share_past_target'])}",
        f"callbacks open / overdue   {values['callbacks_open']:,} / "
        f"{values['callbacks_overdue']:,}",
        f"late callbacks, told       {values['callbacks_late']:,}, "
        f"{_pct(values['late_told_share'])} told of the delay",
        f"incidents                  {values['incidents']:,} (median "
        f"{values['median_ack_s'] if values['median_ack_s'] is not None else '–'} s "
        f"to acknowledgement)",
        "most skipped items         " + ", ".join(
            f"{terminal_safe(item)} ({n:,})" for item, n in values["most_skipped_items"]),
        "top topics:",
    ]
    lines += [f"  {n:>8,}  {terminal_safe(topic)}" for topic, n in values["top_topics"]]
    if values.get("unreadable_calls") or values.get("unreadable_incidents"):
        lines.append(f"skipped: {values.get('unreadable_calls', 0):,} calls and "
                     f"{values.get('unreadable_incidents', 0):,} alarms whose values cannot "
                     "be read")
    return "\n".join(lines)


def operator_line(item: dict) -> str:
    from desk.core.textsafety import terminal_safe

    return (f"{terminal_safe(item['operator'])[:20]:<20} {item['calls']:>8,} calls  "
            f"within target {_pct(item['within_target_share'])}  greeting "
            f"{_pct(item.get('greeting_complete_share'))}  personal question "
            f"{_pct(item.get('personal_question_share'))}  wrap-up "
            f"{_pct(item.get('wrap_up_share_past_target'))}")


__all__ = ["register", "EXIT_USAGE"]
