"""Callbacks against the promise: the share answered by the date first promised (a delay
notice moves ``due_at``, the old date stays in ``callback_notices.old_due_at``), days to
answer (median, 90th percentile), and how many late callers were told — overall and per
week (the week the callback was taken, weeks start on Monday)."""

from __future__ import annotations

from datetime import date

from desk.report.filters import Filters, where
from desk.report.summary import DEFAULT_NORMS, Norms, percentile, share
from desk.report.trends import week_of

FIRST_PROMISE = ("coalesce((select min(n.old_due_at) from callback_notices n "
                 "where n.callback_id = cb.id), cb.due_at)")
TOLD = "(select count(*) from callback_notices n where n.callback_id = cb.id)"


def _sql(backend, cond: str) -> str:
    # One row per (day taken, whole hours to answer): small enough to fold in Python into
    # weeks and percentiles, whatever the log's size. "Due" = answered, or open past the
    # first promise: the callbacks whose on-time question has an answer.
    hours = backend.seconds_between("x.created_at", "x.answered_at")
    late = "(x.answered_at > x.promised or (x.answered_at is null and x.promised < ?))"
    return (
        f"select {backend.day_of('x.created_at')}, "
        f"case when x.answered_at is null then null else {hours} / 3600 end, count(*), "
        f"sum(case when x.answered_at is not null or x.promised < ? then 1 else 0 end), "
        f"sum(case when x.answered_at is not null and x.answered_at <= x.promised "
        f"then 1 else 0 end), "
        f"sum(case when {late} then 1 else 0 end), "
        f"sum(case when {late} and x.told > 0 then 1 else 0 end) "
        f"from (select cb.created_at, cb.answered_at, {FIRST_PROMISE} as promised, "
        f"{TOLD} as told from callbacks cb join calls c on c.id = cb.call_id "
        f"where {cond}) x group by 1, 2")


def _figures(acc: dict) -> dict:
    hist = sorted(acc["hours"].items())
    median, p90 = percentile(hist, 0.5), percentile(hist, 0.9)
    return {"callbacks": acc["callbacks"], "callbacks_due": acc["due"],
            "answered_on_time": acc["on_time"],
            "on_time_share": share(acc["on_time"], acc["due"]),
            "median_days_to_answer": None if median is None else round(median / 24, 1),
            "p90_days_to_answer": None if p90 is None else round(p90 / 24, 1),
            "late": acc["late"], "late_told": acc["told"],
            "late_told_share": share(acc["told"], acc["late"])}


def _empty() -> dict:
    return {"callbacks": 0, "due": 0, "on_time": 0, "late": 0, "told": 0, "hours": {}}


def callbacks_on_time(backend, filters: Filters, *, now: str, norms: Norms = DEFAULT_NORMS
                      ) -> dict:
    """Callbacks of the calls ``filters`` selects. Days to answer are whole hours / 24
    (one decimal), from taking the callback to answering it."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    rows = backend.query(_sql(backend, cond), [now, now, now, *params])
    total, weeks = _empty(), {}
    for day, hours, n, due, on_time, late, told in rows:
        week = week_of(date.fromisoformat(day)) if day else None
        for acc in (total, weeks.setdefault(week, _empty()) if week else None):
            if acc is None:
                continue
            acc["callbacks"] += n
            acc["due"] += due or 0
            acc["on_time"] += on_time or 0
            acc["late"] += late or 0
            acc["told"] += told or 0
            if hours is not None:
                acc["hours"][int(hours)] = acc["hours"].get(int(hours), 0) + n
    out = _figures(total)
    out["per_week"] = [{"week": week.isoformat(), **_figures(acc)}
                       for week, acc in sorted(weeks.items())]
    return out
