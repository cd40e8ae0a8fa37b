"""``desk report [--since D] [--until D] [--by-operator] --format json|table`` and the weekly
report as a PDF: ``desk report --format pdf --out FILE [--compare previous] [--branch B |
--by-branch] [--mail-to ADDRESS]``.

The same numbers as the review window's summary band: both call ``desk.report.report``
(``desk.report.weekly.figures`` adds callbacks on time, root causes, repeat contacts and
the comparison). The log is opened read-only; a console may be writing to it meanwhile.
Qt is loaded only for ``--format pdf``, inside the function that draws it.
"""

from __future__ import annotations

import json

import click

from desk.commands.env import EXIT_USAGE, common_options, fail
from desk.placeholders import numbered


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
    @click.option("--format", "fmt", type=click.Choice(["table", "json", "pdf"]),
                  default="table", show_default=True)
    @click.option("--branch", metavar="NAME", help="Only this branch (central database).")
    @click.option("--by-branch", is_flag=True,
                  help="PDF: the whole company, then one report per branch (central database).")
    @click.option("--compare", type=click.Choice(["previous", "none"]), default=None,
                  help="Change against the previous period of the same length (the PDF's "
                       "default; needs --since).")
    @click.option("--out", "out", metavar="FILE", help="PDF: the file to write.")
    @click.option("--mail-to", metavar="ADDRESS",
                  help="PDF: also send it to this address through the [smtp] settings.")
    @common_options
    def report_cmd(env, fmt: str, by_operator: bool, branch: str | None, by_branch: bool,
                   compare: str | None, out: str | None, mail_to: str | None,
                   **filters) -> None:
        """Calls against the norm, checklist habits, callbacks, incidents, top topics;
        with --format pdf the weekly report (last 7 days unless --since/--until)."""
        from desk.commands.words import use_for
        from desk.core.clock import to_iso
        from desk.report.trends import per_operator
        from desk.report.weekly import figures

        if fmt == "pdf":
            return pdf_report(env, filters, branch=branch, by_branch=by_branch,
                              compare=compare or "previous", out=out, mail_to=mail_to)
        for name, value in (("--out", out), ("--mail-to", mail_to), ("--by-branch", by_branch)):
            if value:
                fail(f"{name} goes with --format pdf")
        chosen = make_filters(env, **filters)
        with_previous = compare == "previous"
        if with_previous and not chosen.since:
            fail("--compare previous needs --since (a period to compare with the one before)")
        cfg = env.config()
        use_for(env, cfg)
        norms = norms_of(env, cfg)
        if by_operator:
            ask_passphrase(env)
        backend = open_backend(env, branch)
        try:
            summary = figures(backend, _closed(env, chosen) if with_previous else chosen,
                              now=to_iso(env.clock().now()), norms=norms,
                              with_previous=with_previous)
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


def _closed(env, chosen):
    """A period open at its end runs to the end of today (so it has a length)."""
    if chosen.until:
        return chosen
    from desk.report.dates import bounds

    return chosen.but(until=bounds(None, "today", env.clock().now())[1])


WEEK = ("7d", "yesterday")  # the PDF's period when none is given: the last seven days


def pdf_report(env, filters: dict, *, branch, by_branch, compare, out, mail_to) -> None:
    """Check everything first (one line, exit 2), then compute, draw, write, send."""
    from pathlib import Path

    from desk.core.clock import to_iso
    from desk.report.atomic_file import target_problem, write_atomic
    from desk.report.weekly import weekly
    from desk.sync.backend import central_url

    if not out:
        fail("--format pdf needs --out FILE")
    if branch and by_branch:
        fail("--branch and --by-branch exclude each other")
    url = central_url(env.db_option)
    if (branch or by_branch) and not url:
        fail(f"{'--branch' if branch else '--by-branch'} needs the central database "
             "(--db postgresql://...)")
    if mail_to is not None and not _address_ok(mail_to):
        fail(f"--mail-to {mail_to!r} is not an e-mail address")
    if not filters.get("since") and not filters.get("until"):
        filters = {**filters, "since": WEEK[0], "until": WEEK[1]}
    chosen = _closed(env, make_filters(env, **filters))
    if not chosen.since:
        fail("--format pdf needs --since when --until is given")
    problem = target_problem(Path(out))
    if problem:
        fail(f"--out {problem}")
    cfg = env.config()
    smtp = _smtp_settings(cfg) if mail_to else None
    lang = env.check_language() or cfg.language or "en"
    norms = norms_of(env)
    now = to_iso(env.clock().now())
    reports = []
    backend = open_backend(env, branch)
    try:
        names = backend.branches() if by_branch else []
        reports.append(weekly(backend, chosen, now=now, norms=norms,
                              with_previous=compare == "previous", branch=branch))
    finally:
        backend.conn.close()
    for name in names:
        one = open_backend(env, name)
        try:
            reports.append(weekly(one, chosen, now=now, norms=norms,
                                  with_previous=compare == "previous", branch=name))
        finally:
            one.conn.close()
    from desk.ui.report_pdf import render_pdf  # Qt from here on, offscreen

    data = render_pdf(reports, lang=lang, norms=norms, unit=_unit(cfg))
    try:
        write_atomic(Path(out), data)
    except OSError as exc:
        fail(f"--out {exc}")
    click.echo(f"wrote {out} ({len(data):,} bytes)")
    if mail_to:
        _send(smtp, mail_to, Path(out), data, reports[0])


def _address_ok(text: str) -> bool:
    local, at, domain = text.partition("@")
    return bool(at and local and "." in domain.strip(".") and not any(
        ch.isspace() or ch in ",;<>\"" for ch in text))


def _unit(cfg) -> str:
    return " · ".join(part for part in (cfg.branch.name, cfg.branch.unit) if part)


def _smtp_settings(cfg):
    from desk.mail.smtp import SmtpSettings

    if not cfg.smtp["host"]:
        fail("--mail-to needs a mail server: set [smtp] host in the branch config")
    return SmtpSettings.from_config(cfg.smtp)


def _send(settings, to: str, path, data: bytes, first) -> None:
    from desk.mail.smtp import MailError, send_mail

    period = f"{(first.since or '')[:10]} – {(first.until or '')[:10]}"
    subject = f"Desk weekly report {period}"
    body = (f"The weekly report for {period} is attached ({path.name}).\n"
            f"Calls: {first.values.get('calls', 0):,}\n")
    try:
        send_mail(settings, [to], subject, body,
                  attachments=[(path.name, data, "application/pdf")])
    except MailError as exc:  # the PDF is written; the mail is the problem
        fail(f"--mail-to: not sent: {exc}", status=1)
    click.echo(f"sent {path.name} to {to}")


def _pct(value) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def _min(seconds) -> str:
    return "–" if seconds is None else f"{seconds // 60}:{seconds % 60:02d}"


_say = numbered  # a translated message with %1, %2… filled in one pass


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
    if values.get("unreadable_calls") or values.get("unreadable_incidents"):
        #: rows of a merged or synced log whose values cannot be read (left out of the figures)
        lines.append(_say(translate("Report", "skipped: %1 calls and %2 alarms whose values "
                                              "cannot be read"),
                          f"{values.get('unreadable_calls', 0):,}",
                          f"{values.get('unreadable_incidents', 0):,}"))
    return "\n".join(lines + weekly_lines(values))


def weekly_lines(values: dict) -> list[str]:
    """The weekly report's figures after the summary's, in the language in use."""
    from desk.commands.words import translate
    from desk.core.textsafety import terminal_safe

    lines = []
    cot = values.get("callbacks_on_time")
    if cot:
        days = (f"{cot['median_days_to_answer']} / {cot['p90_days_to_answer']}"
                if cot["median_days_to_answer"] is not None else "–")
        lines.append(_say(translate("Report", "callbacks on time: %1 (of %2 due), median / "
                                              "90th percentile %3 days to answer"),
                          _pct(cot["on_time_share"]), f"{cot['callbacks_due']:,}", days))
    rep = values.get("repeat_contacts")
    if rep:
        lines.append(_say(translate("Report", "repeat contacts within 7 days: %1 (of %2 calls "
                                              "with a known caller)"),
                          _pct(rep["repeat_contact_share"]),
                          f"{rep['calls_with_known_caller']:,}"))
    causes = (values.get("root_causes") or {}).get("top") or []
    if causes:
        lines.append(translate("Report", "top root causes:"))
        lines += [f"  {n:>8,}  {terminal_safe(text)}" for text, n in causes]
    compared = values.get("comparison")
    if compared:
        lines.append(_say(translate("Report", "change against %1 – %2 (UTC):"),
                          compared["previous"]["since"][:10], compared["previous"]["until"][:10]))
        for key, item in compared["figures"].items():
            delta = item["change"]
            if delta is None:
                text = "–"
            elif key.endswith("_share"):
                text = f"{delta * 100:+.1f} pp"
            else:
                text = f"{delta:+,}"
            label = translate("Report", FIGURE_LABELS.get(key, key))
            lines.append(f"  {label:<34} {text}")
    return lines


# The compared figures in words (``desk.report.compare.FIGURES``), for the table.
FIGURE_LABELS = {
    "calls": "calls", "within_target_share": "within the target",
    "within_max_share": "within the maximum", "median_duration_s": "median duration (s)",
    "p90_duration_s": "90th percentile duration (s)",
    "answered_by_ring_share": "answered by the ring", "greeting_complete_share":
    "greeting complete", "callbacks_open": "callbacks open",
    "callbacks_overdue": "callbacks overdue", "late_told_share": "late callers told",
    "incidents": "incidents", "median_ack_s": "median to acknowledge (s)",
    "callbacks_on_time_share": "callbacks on time",
    "repeat_contact_share": "repeat contacts",
}


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
