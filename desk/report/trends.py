"""Chart data and coaching trends, Qt-free: calls per day and hour of day (branch-local),
recurring topics per week, checklist habits per week — and per operator, which the window
shows only behind the supervisor passphrase."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from desk.core.states import MarkStatus
from desk.report.filters import Filters, where
from desk.report.summary import DEFAULT_NORMS, STAGES, Norms, share


def _local_hour(bucket: str) -> datetime:
    return datetime.strptime(bucket, "%Y-%m-%dT%H").replace(tzinfo=UTC).astimezone()


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def duration_minutes(histogram: list[tuple[int, int]], last: int = 30) -> list[int]:
    """Calls per whole minute of duration, 0 … ``last`` (the last bin holds all longer)."""
    bins = [0] * (last + 1)
    for seconds, calls in histogram:
        bins[min(seconds // 60, last)] += calls
    return bins


def calls_per_day_and_hour(backend, filters: Filters, norms: Norms = DEFAULT_NORMS
                           ) -> tuple[dict[date, int], list[int]]:
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    hour = backend.hour_of("c.started_at")
    rows = backend.query(f"select {hour}, count(*) from calls c where {cond} group by {hour}",
                         params)
    per_day: dict[date, int] = defaultdict(int)
    per_hour = [0] * 24
    for bucket, calls in rows:
        local = _local_hour(bucket)
        per_day[local.date()] += calls
        per_hour[local.hour] += calls
    return dict(sorted(per_day.items())), per_hour


def topics_per_week(backend, filters: Filters, topics: list[str], norms: Norms = DEFAULT_NORMS
                    ) -> dict[str, dict[date, int]]:
    if not topics:
        return {}
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    day = backend.day_of("c.started_at")
    marks = ", ".join("?" for _ in topics)
    rows = backend.query(f"select {day}, c.topic, count(*) from calls c where {cond} "
                         f"and c.topic in ({marks}) group by {day}, c.topic",
                         [*params, *topics])
    out: dict[str, dict[date, int]] = {t: defaultdict(int) for t in topics}
    for day_text, topic, calls in rows:
        out[topic][week_of(date.fromisoformat(day_text))] += calls
    return {t: dict(sorted(weeks.items())) for t, weeks in out.items()}


def _habits_sql(backend, cond: str, group: str) -> str:
    # One row per call with a checklist, then summed per ``group`` (a week's day or an
    # operator): each stage complete (no item skipped), personal question asked, wrap-up
    # used past the target, seconds from answering to saying hello.
    hello = backend.seconds_between("c.answered_at", "m.at")
    done, skipped = MarkStatus.DONE, MarkStatus.SKIPPED
    stage_ok = ", ".join(
        f"case when sum(case when m.stage = '{s}' and m.status = '{skipped}' then 1 else 0 "
        f"end) = 0 then 1 else 0 end as {s}_ok" for s in STAGES)
    return (
        f"select t.grp, count(*), {', '.join(f'sum(t.{s}_ok)' for s in STAGES)}, "
        f"sum(t.personal), sum(t.long_call), sum(t.wrapped), sum(t.hello_s), count(t.hello_s) "
        f"from (select {group} as grp, c.id, {stage_ok}, "
        f"max(case when m.item = 'personal_question' and m.status = '{done}' then 1 else 0 end) "
        f"as personal, "
        f"max(case when c.duration_s > ? then 1 else 0 end) as long_call, "
        f"max(case when c.duration_s > ? and m.item = 'asked_anything_else' "
        f"and m.status = '{done}' then 1 else 0 end) as wrapped, "
        f"max(case when m.item = 'said_hello' and m.status = '{done}' then {hello} end) "
        f"as hello_s "
        f"from stage_marks m join calls c on c.id = m.call_id where {cond} and m.item <> '' "
        f"group by c.id, {group}) t group by t.grp")


WIDTH = 2 + len(STAGES) + 5  # the columns _habits_sql returns


def _habit_rows(rows) -> dict:
    out = {}
    for row in rows:
        grp, calls, *rest = row
        stages, (personal, long_calls, wrapped, hello_sum, hello_n) = \
            rest[:len(STAGES)], rest[len(STAGES):]
        item = {"calls_with_checklist": calls}
        item["stage_complete_share"] = {s: share(ok or 0, calls)
                                        for s, ok in zip(STAGES, stages, strict=True)}
        item["greeting_complete_share"] = item["stage_complete_share"]["greeting"]
        item.update({"personal_question_share": share(personal or 0, calls),
                     "wrap_up_share_past_target": share(wrapped or 0, long_calls or 0),
                     "hello_after_answer_s": round(hello_sum / hello_n, 1) if hello_n
                     else None})
        out[grp] = item
    return out


def habits_per_week(backend, filters: Filters, norms: Norms = DEFAULT_NORMS) -> dict[date, dict]:
    """The team's checklist habits, week by week (weeks start on Monday)."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    day = backend.day_of("c.started_at")
    per_day = backend.query(_habits_sql(backend, cond, day),
                            [norms.target_s, norms.target_s, *params])
    weeks: dict[date, list] = {}
    for row in per_day:
        week = week_of(date.fromisoformat(row[0]))
        acc = weeks.setdefault(week, [week] + [0] * (WIDTH - 1))
        for i in range(1, WIDTH):
            acc[i] += row[i] or 0
    return dict(sorted(_habit_rows(weeks.values()).items()))


def per_operator(backend, filters: Filters, norms: Norms = DEFAULT_NORMS) -> list[dict]:
    """Coaching per operator: duration against the norm and checklist habits."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    habits = _habit_rows(backend.query(_habits_sql(backend, cond, "c.operator"),
                                       [norms.target_s, norms.target_s, *params]))
    rows = backend.query(
        f"select c.operator, count(*), sum(case when c.duration_s <= ? then 1 else 0 end), "
        f"sum(case when c.duration_s > ? then 1 else 0 end) from calls c where {cond} "
        f"group by c.operator order by c.operator", [norms.target_s, norms.max_s, *params])
    out = []
    for operator, calls, within, over in rows:
        item = {"operator": operator, "calls": calls, "within_target_share": share(within, calls),
                "over_max_share": share(over, calls)}
        item.update(habits.get(operator, {}))
        out.append(item)
    return out
