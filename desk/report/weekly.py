"""Everything the supervisor's weekly report holds, Qt-free: the summary of ``report()``
with callbacks on time, root causes and repeat contacts (``figures``: what ``desk report
--format json`` prints), the change against the previous period, and what only the PDF
draws — the trend per day and the list of incidents with local times and channels."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from desk.report.callbacks_on_time import callbacks_on_time
from desk.report.compare import compare, previous_filters
from desk.report.filters import Filters, where
from desk.report.root_causes import repeat_contacts, root_causes
from desk.report.summary import (
    DEFAULT_NORMS,
    RING_S,
    Norms,
    Summary,
    alarm_clauses,
    report,
    share,
)

QUICK = ("durations", "checklist", "callbacks", "incidents")  # the previous period needs no topics


def flat(values: dict) -> dict:
    """The report's values with the nested headline figures lifted up, for comparing."""
    out = dict(values)
    cot, rep = values.get("callbacks_on_time") or {}, values.get("repeat_contacts") or {}
    out["callbacks_on_time_share"] = cot.get("on_time_share")
    out["callbacks_due"] = cot.get("callbacks_due")
    out["repeat_contact_share"] = rep.get("repeat_contact_share")
    out["calls_with_known_caller"] = rep.get("calls_with_known_caller")
    return out


def figures(backend, filters: Filters, *, now: str, norms: Norms = DEFAULT_NORMS,
            with_previous: bool = False, top: int = 10) -> Summary:
    """``report()`` plus the keys ``callbacks_on_time``, ``root_causes``, ``repeat_contacts``
    and, ``with_previous`` and a period with both ends, ``comparison``."""
    summary = report(backend, filters, now=now, norms=norms, top=top)
    values = summary.values
    values["callbacks_on_time"] = callbacks_on_time(backend, filters, now=now, norms=norms)
    values["root_causes"] = root_causes(backend, filters, norms, top)
    values["repeat_contacts"] = repeat_contacts(backend, recent(filters, now), norms, top)
    before = previous_filters(filters) if with_previous else None
    if before is not None:
        old = report(backend, before, now=now, norms=norms, parts=QUICK).values
        old["callbacks_on_time"] = callbacks_on_time(backend, before, now=now, norms=norms)
        old["repeat_contacts"] = repeat_contacts(backend, before, norms, top)
        values["comparison"] = compare(flat(values), flat(old), before)
    return summary


REPEAT_WEEKS = 8


def recent(filters: Filters, now: str) -> Filters:
    """Repeat contacts need each caller's calls in time order (a sort of the whole period):
    on a log with no --since they cover the last ``REPEAT_WEEKS`` weeks, which the result
    says in its ``since``/``until``."""
    if filters.since:
        return filters
    end = datetime.fromisoformat((filters.until or now).replace("Z", "+00:00"))
    return filters.but(since=(end - timedelta(weeks=REPEAT_WEEKS)).strftime("%Y-%m-%dT%H:%M:%SZ"))


def _local(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone()


def trend_per_day(backend, filters: Filters, norms: Norms = DEFAULT_NORMS) -> list[dict]:
    """Per branch-local day: calls, share within the target, share answered by the ring."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    hour = backend.hour_of("c.started_at")
    rang = ("c.channel = 'phone' and c.answered_at is not null "
            "and c.answered_at <> c.started_at")
    waited = backend.seconds_between("c.started_at", "c.answered_at")
    rows = backend.query(
        f"select {hour}, count(*), sum(case when c.duration_s <= ? then 1 else 0 end), "
        f"sum(case when {rang} then 1 else 0 end), "
        f"sum(case when {rang} and {waited} <= ? then 1 else 0 end) "
        f"from calls c where {cond} group by {hour}",
        [norms.target_s, norms.answer_by_ring * RING_S, *params])
    days: dict = defaultdict(lambda: [0, 0, 0, 0])
    for bucket, *counts in rows:
        day = datetime.strptime(bucket, "%Y-%m-%dT%H").replace(tzinfo=UTC).astimezone().date()
        for i, n in enumerate(counts):
            days[day][i] += n or 0
    return [{"day": day.isoformat(), "calls": calls, "within_target_share": share(within, calls),
             "answered_by_ring_share": share(answered, rang_n)}
            for day, (calls, within, rang_n, answered) in sorted(days.items())]


def incident_list(backend, filters: Filters, norms: Norms = DEFAULT_NORMS, limit: int = 25
                  ) -> list[dict]:
    """The period's alarms, newest first: local times, who, seconds to acknowledge, and each
    channel's delivery of the alarm message."""
    cond, params = ("1 = 1", []) if filters.is_only_time_and_place() else \
        where(filters, backend, norms.target_s, norms.max_s)
    clauses, args = alarm_clauses(backend, filters, cond, params)
    ack = backend.seconds_between("i.raised_at", "i.acknowledged_at")
    rows = backend.query(
        f"select i.id, i.raised_at, i.acknowledged_at, i.cancelled_at, i.operator, "
        f"i.workstation, i.location, case when i.acknowledged_at is null then null "
        f"else {ack} end from incidents i where {' and '.join(clauses)} "
        f"order by i.raised_at desc limit ?", [*args, limit])
    out = []
    for id_, raised, acked, cancelled, operator, workstation, location, ack_s in rows:
        out.append({"id": id_, "raised": _local(raised), "acknowledged": _local(acked),
                    "cancelled": _local(cancelled), "operator": operator or "",
                    "workstation": workstation or "", "location": location or "",
                    "ack_s": ack_s, "channels": []})
    if out:
        marks = ", ".join("?" for _ in out)
        by_id = {item["id"]: item for item in out}
        for incident_id, channel, status in backend.query(
                f"select d.incident_id, d.channel, d.status from deliveries d "
                f"where d.incident_id in ({marks}) and coalesce(d.message, 'alarm') = 'alarm' "
                f"order by d.incident_id, d.channel", [item["id"] for item in out]):
            by_id[incident_id]["channels"].append((channel, status))
    return out


@dataclass
class Weekly:
    """What the PDF draws; ``values`` is exactly ``desk report --format json``'s object."""
    values: dict
    histogram: list[tuple[int, int]]
    trend: list[dict] = field(default_factory=list)
    incidents: list[dict] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    branch: str | None = None


def weekly(backend, filters: Filters, *, now: str, norms: Norms = DEFAULT_NORMS,
           with_previous: bool = True, branch: str | None = None) -> Weekly:
    summary = figures(backend, filters, now=now, norms=norms, with_previous=with_previous)
    return Weekly(summary.values, summary.histogram, trend_per_day(backend, filters, norms),
                  incident_list(backend, filters, norms), filters.since, filters.until, branch)
