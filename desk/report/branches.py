"""The review's Branches tab: one line per branch of the current filter's calls — calls,
shares within the target and the maximum, answered by the ring, callbacks on time,
alarms, last sync. Portable SQL over ``calls c`` (grouped by the calls' ``branch``, as
``desk.sync.summary`` does), so it runs on head office's PostgreSQL and on a local log."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from desk.report.filters import Filters, where
from desk.report.summary import DEFAULT_NORMS, RING_S, Norms, alarm_clauses, share

# Phone calls whose ring time the phone system reported (as the summary band counts them).
RANG = "c.channel = 'phone' and c.answered_at is not null and c.answered_at <> c.started_at"
# The first promise: a delay notice moves due_at, the old date stays in callback_notices.
PROMISED = ("coalesce((select min(n.old_due_at) from callback_notices n "
            "where n.callback_id = cb.id), cb.due_at)")


@dataclass(frozen=True)
class BranchLine:
    branch: str
    calls: int = 0
    within_target_share: float | None = None
    within_max_share: float | None = None
    answered_by_ring_share: float | None = None
    ring_times_known: int = 0
    callbacks_due: int = 0  # answered, or past their first promise
    callbacks_on_time_share: float | None = None  # of callbacks_due, answered by the promise
    incidents: int = 0
    last_sync: str | None = None  # the branch's latest push (central database only)

    def as_dict(self) -> dict:
        return asdict(self)


def per_branch(backend, filters: Filters, now: str, norms: Norms = DEFAULT_NORMS
               ) -> list[BranchLine]:
    """One line per branch with calls in ``filters`` (and every branch that ever synced),
    sorted by name."""
    cond, params = where(filters, backend, norms.target_s, norms.max_s)
    waited = backend.seconds_between("c.started_at", "c.answered_at")
    lines: dict[str, dict] = {}

    def line(branch) -> dict:
        return lines.setdefault(branch or "", {"branch": branch or ""})

    for branch, calls, target, within_max, rang, by_ring in backend.query(
            f"select c.branch, count(*), "
            f"sum(case when c.duration_s <= ? then 1 else 0 end), "
            f"sum(case when c.duration_s <= ? then 1 else 0 end), "
            f"sum(case when {RANG} then 1 else 0 end), "
            f"sum(case when {RANG} and {waited} <= ? then 1 else 0 end) "
            f"from calls c where {cond} group by c.branch",
            [norms.target_s, norms.max_s, norms.answer_by_ring * RING_S, *params]):
        line(branch).update(calls=calls, within_target_share=share(target or 0, calls),
                            within_max_share=share(within_max or 0, calls),
                            answered_by_ring_share=share(by_ring or 0, rang or 0),
                            ring_times_known=rang or 0)
    for branch, due, on_time in backend.query(
            f"select x.branch, count(*), "
            f"sum(case when x.answered_at is not null and x.answered_at <= x.promised "
            f"then 1 else 0 end) "
            f"from (select c.branch, cb.answered_at, {PROMISED} as promised "
            f"from callbacks cb join calls c on c.id = cb.call_id where {cond}) x "
            f"where x.answered_at is not null or x.promised < ? group by x.branch",
            [*params, now]):
        line(branch).update(callbacks_due=due, callbacks_on_time_share=share(on_time or 0,
                                                                             due))
    # Alarms as the band counts them: by their own time and place, or raised during a
    # matching call when the filter asks about the calls themselves.
    clauses, args = alarm_clauses(backend, filters, cond, params)
    for branch, count in backend.query(f"select i.branch, count(*) from incidents i where "
                                       f"{' and '.join(clauses)} group by i.branch", args):
        line(branch).update(incidents=count)
    if hasattr(backend, "branches"):  # head office: when each branch last pushed
        for branch, last in backend.query(
                "select branch, max(last_push_at) from logs group by branch", []):
            line(branch).update(last_sync=last)
    return [BranchLine(**lines[name]) for name in sorted(lines)]
