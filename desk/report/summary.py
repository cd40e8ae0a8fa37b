"""The ONE report: the numbers of the review window's summary band and of ``desk report``.

Everything is computed in portable SQL through a ``Backend`` (SQLite here, PostgreSQL at
head office). Percentiles come from the duration histogram (durations are whole seconds,
a few thousand distinct values at most), so no database sorts a million rows for them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from desk.core.states import IncidentKind, MarkStatus, sql_in
from desk.report.filters import Filters, where
from desk.report.readable import incidents_ok, skipped

RING_S = 5  # one ring cycle (1 s ring, 4 s pause): answered by ring n means within n × 5 s
KEYS = ("calls", "within_target_share", "within_max_share", "median_duration_s",
        "p90_duration_s", "answered_by_ring_share", "greeting_complete_share",
        "most_skipped_items", "callbacks_open", "callbacks_overdue", "incidents", "top_topics")


@dataclass(frozen=True)
class Norms:
    target_s: float = 600
    max_s: float = 900
    answer_by_ring: int = 3

    @classmethod
    def from_config(cls, cfg) -> Norms:
        return cls(cfg.target_s, cfg.max_s, int(cfg.norms["answer_by_ring"]))


DEFAULT_NORMS = Norms()
ALL_CALLS = Filters()


@dataclass
class Summary:
    values: dict
    histogram: list[tuple[int, int]] = field(default_factory=list)  # (duration_s, calls)

    def as_json(self) -> dict:
        return dict(self.values)

    @property
    def empty(self) -> bool:
        return not self.values.get("calls")


PARTS = ("durations", "checklist", "callbacks", "incidents", "topics")


def report(backend, filters: Filters = ALL_CALLS, *, now: str, norms: Norms = DEFAULT_NORMS,
           top: int = 10, parts: tuple[str, ...] = PARTS) -> Summary:
    """All the review's headline numbers for the calls ``filters`` selects; ``now`` (UTC
    ISO) decides which open callbacks are overdue. Shares are 0..1 or None (no calls).

    ``parts`` lets the window show the quick numbers first and the checklist's (the
    slowest: one row per checklist mark) a moment later; the keys of parts left out are
    missing from the result."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    out: dict = {}
    histogram = _durations(backend, cond, params, norms, out) if "durations" in parts else []
    if "checklist" in parts:
        out.update(_checklist(backend, cond, params, norms))
    if "callbacks" in parts:
        out.update(_callbacks(backend, cond, params, now))
    if "incidents" in parts:
        out.update(_incidents(backend, filters, cond, params))
    if "topics" in parts:
        out["top_topics"] = top_topics(backend, filters, norms, top)
    if "durations" in parts:
        out.update(skipped(backend))
    ordered = {key: out.pop(key) for key in KEYS if key in out}
    ordered.update(out)  # the extras after the documented keys
    return Summary(ordered, histogram)


def duration_histogram(backend, filters: Filters, norms: Norms = DEFAULT_NORMS
                       ) -> list[tuple[int, int]]:
    """(duration_s, calls) for the chart, without the rest of the report."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    return backend.query(f"select c.duration_s, count(*) from calls c where {cond} "
                         f"group by c.duration_s order by c.duration_s", params)


def top_topics(backend, filters: Filters, norms: Norms = DEFAULT_NORMS, top: int = 10
               ) -> list[list]:
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    return [[topic, count] for topic, count in backend.query(
        # coalesce(): keeps SQLite off the topic index, which it would walk row by row
        f"select c.topic, count(*) from calls c where {cond} and coalesce(c.topic, '') <> '' "
        f"group by c.topic order by count(*) desc, c.topic limit ?",
        [*params, top])]


def share(part, whole):
    return None if not whole else round(part / whole, 4)


def percentile(histogram: list[tuple[int, int]], fraction: float) -> int | None:
    """Nearest-rank percentile of a (value, count) histogram sorted by value."""
    total = sum(count for _value, count in histogram)
    if not total:
        return None
    rank, seen = max(1, math.ceil(fraction * total)), 0
    for value, count in histogram:
        seen += count
        if seen >= rank:
            return value
    return histogram[-1][0]


def _durations(backend, cond, params, norms: Norms, out: dict) -> list[tuple[int, int]]:
    # "Ring times known": phone calls the phone system reported (they ring before they are
    # answered); calls started by hand have answered_at = started_at.
    rang = ("c.channel = 'phone' and c.answered_at is not null "
            "and c.answered_at <> c.started_at")
    waited = backend.seconds_between("c.started_at", "c.answered_at")
    rows = backend.query(
        f"select c.duration_s, count(*), sum(case when {rang} then 1 else 0 end), "
        f"sum(case when {rang} and {waited} <= ? then 1 else 0 end) "
        f"from calls c where {cond} group by c.duration_s order by c.duration_s",
        [norms.answer_by_ring * RING_S, *params])
    histogram = [(int(d or 0), n) for d, n, _r, _a in rows]
    calls = sum(n for _d, n in histogram)
    out["calls"] = calls
    out["within_target_share"] = share(sum(n for d, n in histogram if d <= norms.target_s), calls)
    out["within_max_share"] = share(sum(n for d, n in histogram if d <= norms.max_s), calls)
    out["median_duration_s"] = percentile(histogram, 0.5)
    out["p90_duration_s"] = percentile(histogram, 0.9)
    rang_calls = sum(r or 0 for _d, _n, r, _a in rows)
    out["answered_by_ring_share"] = share(sum(a or 0 for *_x, a in rows), rang_calls)
    out["ring_times_known"] = rang_calls
    return histogram


STAGES = ("greeting", "clarification", "confirmation", "closing")


def _checklist(backend, cond, params, norms: Norms) -> dict:
    # Counted from the skipped marks (a call's unticked items are all recorded as skipped
    # when it ends), so only a fifth of the marks are read, off (status, stage, item).
    checked = backend.query(
        f"select count(*) from calls c where {cond} and exists (select 1 from stage_marks m "
        f"where m.call_id = c.id and m.item <> '')", params)[0][0]
    with_skips = dict(backend.query(
        f"select m.stage, count(distinct m.call_id) from stage_marks m join calls c "
        f"on c.id = m.call_id where {cond} and m.status = '{MarkStatus.SKIPPED}' "
        f"and m.item <> '' group by m.stage", params))
    skipped = backend.query(
        f"select m.item, count(*) from stage_marks m join calls c on c.id = m.call_id "
        f"where {cond} and m.status = '{MarkStatus.SKIPPED}' and m.item <> '' "
        f"group by m.item order by count(*) desc, m.item limit 5", params)
    wrap = backend.query(
        f"select count(*), sum(case when m.status = '{MarkStatus.DONE}' then 1 else 0 end) "
        f"from stage_marks m join calls c on c.id = m.call_id where {cond} "
        f"and c.duration_s > ? and m.item = 'asked_anything_else' "
        f"and m.status in {sql_in(MarkStatus.DONE, MarkStatus.SKIPPED)}",
        [*params, norms.target_s])[0]
    complete = {stage: share(checked - with_skips.get(stage, 0), checked) for stage in STAGES}
    return {
        "greeting_complete_share": complete["greeting"],
        "most_skipped_items": [[item, count] for item, count in skipped],
        "calls_with_checklist": checked,
        "stage_complete_share": complete,
        "wrap_up_share_past_target": share(wrap[1] or 0, wrap[0]),
    }


def _callbacks(backend, cond, params, now: str) -> dict:
    # "Late" is against the first promise (a delay notice moves due_at, the old date stays
    # in callback_notices); "told" means the caller got at least one delay notice.
    promised = ("coalesce((select min(n.old_due_at) from callback_notices n "
                "where n.callback_id = cb.id), cb.due_at)")
    told = "(select count(*) from callback_notices n where n.callback_id = cb.id)"
    late = "(x.answered_at > x.promised or (x.answered_at is null and x.promised < ?))"
    row = backend.query(
        f"select count(*), "
        f"sum(case when x.answered_at is null then 1 else 0 end), "
        f"sum(case when x.answered_at is null and x.due_at < ? then 1 else 0 end), "
        f"sum(case when x.answered_at > x.promised then 1 else 0 end), "
        f"sum(case when {late} then 1 else 0 end), "
        f"sum(case when {late} and x.told > 0 then 1 else 0 end) "
        f"from (select cb.answered_at, cb.due_at, {promised} as promised, {told} as told "
        f"from callbacks cb join calls c on c.id = cb.call_id where {cond}) x",
        [now, now, now, *params])[0]
    total, open_, overdue, answered_late, late_all, late_told = (v or 0 for v in row)
    return {"callbacks": total, "callbacks_open": open_, "callbacks_overdue": overdue,
            "callbacks_answered_late": answered_late, "callbacks_late": late_all,
            "late_told_share": share(late_told, late_all)}


def alarm_clauses(backend, filters: Filters, cond: str, params: list) -> tuple[list, list]:
    """SQL conditions on ``incidents i`` for the alarms a filter counts: by their own time
    and place, or raised during a matching call (``cond``) when the filter asks about the
    calls themselves; rows that cannot be read are left out."""
    clauses, args = [f"i.kind = '{IncidentKind.ALARM}'", incidents_ok(backend)], []
    if filters.is_only_time_and_place():
        for column, value, op in (("raised_at", filters.since, ">="),
                                  ("raised_at", filters.until, "<"),
                                  ("operator", filters.operator, "="),
                                  ("workstation", filters.workstation, "=")):
            if value:
                clauses.append(f"i.{column} {op} ?")
                args.append(value)
    else:
        clauses.append(f"i.call_id in (select c.id from calls c where {cond})")
        args += list(params)
    return clauses, args


def _incidents(backend, filters: Filters, cond, params) -> dict:
    # Alarms need not belong to a call: dates, operator and workstation filter the incident
    # itself; any other filter keeps only alarms raised during a matching call.
    clauses, args = alarm_clauses(backend, filters, cond, params)
    ack = backend.seconds_between("i.raised_at", "i.acknowledged_at")
    rows = backend.query(
        f"select case when i.acknowledged_at is null then null else {ack} end, "
        f"case when i.cancelled_at is null then 0 else 1 end "
        f"from incidents i where {' and '.join(clauses)}", args)
    waits = sorted(w for w, _c in rows if w is not None)
    histogram = [(w, 1) for w in waits]
    return {"incidents": len(rows), "incidents_acknowledged": len(waits),
            "incidents_cancelled": sum(c for _w, c in rows),
            "median_ack_s": percentile(histogram, 0.5)}
