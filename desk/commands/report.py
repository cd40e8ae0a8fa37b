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


def norms_of(env, cfg=None):
    from desk.report.summary import Norms

    return Norms.from_config(cfg if cfg is not None else env.config())


def ask_passphrase(env) -> None:
    """Per-operator figures are for supervisors: ask, and refuse (exit 2) if wrong."""
    from desk.commands.review import ask_supervisor

    ask_supervisor("per-operator figures", required=True)


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
        from desk.commands.words import use_for
        from desk.core.clock import to_iso
        from desk.report import report
        from desk.report.trends import per_operator

        chosen = make_filters(env, **filters)
        cfg = env.config()
        use_for(env, cfg)
        norms = norms_of(env, cfg)
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
        click.echo(table_text(summary.as_json(), item_words(env, cfg)))
        for item in operators or []:
            click.echo(operator_line(item))


def _pct(value) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def _min(seconds) -> str:
    return "–" if seconds is None else f"{seconds // 60}:{seconds % 60:02d}"


def _say(text: str, *values) -> str:
    """A translated message with ``%1``, ``%2``… filled in one pass."""
    import re

    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), text)


def item_words(env, cfg) -> dict[str, str]:
    """Checklist item ids in the content's words for the language in use, placeholders
    filled from the config (``by ring 3``)."""
    from desk import content as content_mod
    from desk.commands.words import language

    words = content_mod.load(language())
    values = {"answer_by_ring": cfg.norms["answer_by_ring"]} if cfg is not None else {}
    return {item.id: content_mod.fill(item.text, **values) or item.text
            for stage in words.stages for item in stage.items}


def table_text(values: dict, item_names: dict[str, str] | None = None) -> str:
    from desk.commands.words import translate
    from desk.core.textsafety import terminal_safe

    names = item_names or {}
    if not values["calls"]:
        return translate("Report", "no calls yet (in this period)")
    rows = [
        (translate("Report", "calls"), f"{values['calls']:,}"),
        (translate("Report", "within target / maximum"),
         f"{_pct(values['within_target_share'])} / {_pct(values['within_max_share'])}"),
        (translate("Report", "median / 90th percentile"),
         _say(translate("Report", "%1 / %2 min"), _min(values["median_duration_s"]),
              _min(values["p90_duration_s"]))),
        #: share of calls picked up by the ring the norm asks for
        (translate("Report", "answered by the ring"),
         _say(translate("Report", "%1 (of %2 calls with ring times)"),
              _pct(values["answered_by_ring_share"]), f"{values['ring_times_known']:,}")),
        (translate("Report", "greeting complete"),
         _say(translate("Report", "%1 (of %2 calls with a checklist)"),
              _pct(values["greeting_complete_share"]), f"{values['calls_with_checklist']:,}")),
        (translate("Report", "wrap-up past the target"),
         _pct(values["wrap_up_share_past_target"])),
        (translate("Report", "callbacks open / overdue"),
         f"{values['callbacks_open']:,} / {values['callbacks_overdue']:,}"),
        (translate("Report", "late callbacks, told"),
         _say(translate("Report", "%1, %2 told of the delay"), f"{values['callbacks_late']:,}",
              _pct(values["late_told_share"]))),
        #: security alarms (not phone rings) and the median seconds until acknowledged
        (translate("Report", "incidents"),
         _say(translate("Report", "%1 (median %2 s to acknowledgement)"),
              f"{values['incidents']:,}",
              values["median_ack_s"] if values["median_ack_s"] is not None else "–")),
        (translate("Report", "most skipped items"), ", ".join(
            f"{terminal_safe(names.get(item, item))} ({n:,})"
            for item, n in values["most_skipped_items"])),
    ]
    width = max(len(label) for label, _ in rows) + 3
    lines = [f"{label:<{width}}{value}" for label, value in rows]
    lines.append(translate("Report", "top topics:"))
    lines += [f"  {n:>8,}  {terminal_safe(topic)}" for topic, n in values["top_topics"]]
    return "\n".join(lines)


def operator_line(item: dict) -> str:
    from desk.commands.words import translate
    from desk.core.textsafety import terminal_safe

    return _say(translate("Report", "%1 %2 calls  within target %3  greeting %4  personal "
                                    "question %5  wrap-up %6"),
                f"{terminal_safe(item['operator'])[:20]:<20}", f"{item['calls']:>8,}",
                _pct(item["within_target_share"]), _pct(item.get("greeting_complete_share")),
                _pct(item.get("personal_question_share")),
                _pct(item.get("wrap_up_share_past_target")))


__all__ = ["register", "EXIT_USAGE"]
