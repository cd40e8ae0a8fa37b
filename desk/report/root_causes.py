"""Fixing things at the root: the root causes operators record on calls (``calls.root_cause``,
free text from the console's root-cause box), overall and per topic, and the repeat-contact
rate — a call is a repeat when the same number or e-mail called about the same topic in
the 7 days before it — per topic and per week."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desk.report.filters import Filters, where
from desk.report.summary import DEFAULT_NORMS, Norms, share
from desk.report.trends import week_of

REPEAT_WITHIN_S = 7 * 86400


def root_causes(backend, filters: Filters, norms: Norms = DEFAULT_NORMS, top: int = 10,
                per_topic: int = 3) -> dict:
    """``{"top": [[cause, calls]], "per_topic": [[topic, [[cause, calls], …]]]}`` for the
    calls ``filters`` selects; causes are compared after trimming spaces."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    cause = "trim(c.root_cause)"
    rows = backend.query(
        f"select coalesce(c.topic, ''), {cause}, count(*) from calls c where {cond} "
        f"and c.root_cause is not null and {cause} <> '' group by 1, 2", params)
    overall: dict[str, int] = {}
    by_topic: dict[str, dict[str, int]] = {}
    for topic, text, calls in rows:
        overall[text] = overall.get(text, 0) + calls
        by_topic.setdefault(topic, {})[text] = calls
    ranked = sorted(overall.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    topics = sorted(by_topic.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:top]
    return {"calls_with_root_cause": sum(overall.values()),
            "top": [[text, calls] for text, calls in ranked],
            "per_topic": [[topic, [[t, n] for t, n in sorted(
                causes.items(), key=lambda kv: (-kv[1], kv[0]))[:per_topic]]]
                for topic, causes in topics]}


def _minus_week(since: str) -> str:
    moment = datetime.fromisoformat(since.replace("Z", "+00:00")) - timedelta(
        seconds=REPEAT_WITHIN_S)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def repeat_contacts(backend, filters: Filters, norms: Norms = DEFAULT_NORMS, top: int = 10
                    ) -> dict:
    """Repeat-contact share of the chosen calls with a known number or e-mail and a topic:
    overall, per topic (the ``top`` topics by repeats) and per week. The earlier contact may
    be any finished call, also one just before the period or outside the other filters."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    window, window_params = ["p.ended_at is not null", "coalesce(p.topic, '') <> ''"], []
    if filters.since:  # the 7 days before the period still count as earlier contacts
        window.append("p.started_at >= ?")
        window_params.append(_minus_week(filters.since))
    if filters.until:
        window.append("p.started_at < ?")
        window_params.append(filters.until)
    # lag() over each caller's calls on one topic (portable: SQLite ≥ 3.25, PostgreSQL).
    by_number = backend.seconds_between("p.prev_number", "p.started_at")
    by_email = backend.seconds_between("p.prev_email", "p.started_at")
    known = ("(coalesce(p.caller_number, '') <> '' or coalesce(p.caller_email, '') <> '')")
    repeat = (f"((coalesce(p.caller_number, '') <> '' and p.prev_number is not null "
              f"and {by_number} <= {REPEAT_WITHIN_S}) or (coalesce(p.caller_email, '') <> '' "
              f"and p.prev_email is not null and {by_email} <= {REPEAT_WITHIN_S}))")
    rows = backend.query(
        f"select {backend.day_of('p.started_at')}, p.topic, count(*), "
        f"sum(case when {repeat} then 1 else 0 end) "
        f"from (select c.id, c.started_at, c.topic, c.caller_number, c.caller_email, "
        f"case when {cond} then 1 else 0 end as chosen, "
        f"lag(c.started_at) over (partition by c.caller_number, c.topic "
        f"order by c.started_at) as prev_number, "
        f"lag(c.started_at) over (partition by c.caller_email, c.topic "
        f"order by c.started_at) as prev_email "
        f"from calls c where {' and '.join(w.replace('p.', 'c.') for w in window)}) p "
        f"where p.chosen = 1 and {known} group by 1, 2",
        [*params, *window_params])
    topics: dict[str, list[int]] = {}
    weeks: dict[date, list[int]] = {}
    for day, topic, calls, repeats in rows:
        for acc in (topics.setdefault(topic, [0, 0]),
                    weeks.setdefault(week_of(date.fromisoformat(day)), [0, 0])):
            acc[0] += calls
            acc[1] += repeats or 0
    calls = sum(n for n, _r in topics.values())
    repeats = sum(r for _n, r in topics.values())
    ranked = sorted(topics.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))[:top]
    return {"since": filters.since, "until": filters.until,
            "calls_with_known_caller": calls, "repeat_contacts": repeats,
            "repeat_contact_share": share(repeats, calls),
            "per_topic": [{"topic": t, "calls": n, "repeats": r, "share": share(r, n)}
                          for t, (n, r) in ranked],
            "per_week": [{"week": w.isoformat(), "calls": n, "repeats": r, "share": share(r, n)}
                         for w, (n, r) in sorted(weeks.items())]}
