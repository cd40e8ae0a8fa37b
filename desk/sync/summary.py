"""The per-branch summary head office reads first: one portable SQL for a merged SQLite
file and for the central PostgreSQL (any backend with ``query(sql, params)``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

CALLS = ("select c.branch, count(*), "
         "sum(case when c.duration_s <= ? then 1 else 0 end), "
         "sum(case when c.duration_s <= ? then 1 else 0 end) "
         "from calls c where c.ended_at is not null{when} group by c.branch")
CALLBACKS = ("select c.branch, "
             "sum(case when cb.answered_at is null then 1 else 0 end), "
             "sum(case when cb.answered_at is null and cb.due_at < ? then 1 else 0 end) "
             "from callbacks cb join calls c on c.id = cb.call_id{when} group by c.branch")
INCIDENTS = ("select i.branch, count(*), "
             "sum(case when i.acknowledged_at is null and i.cancelled_at is null "
             "then 1 else 0 end) "
             "from incidents i where i.kind = 'alarm'{when_i} group by i.branch")


@dataclass(frozen=True)
class BranchSummary:
    branch: str
    calls: int = 0
    within_target_share: float | None = None
    within_max_share: float | None = None
    callbacks_open: int = 0
    callbacks_overdue: int = 0
    incidents: int = 0
    incidents_unacknowledged: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


def branch_summary(backend, now: str, since: str | None = None, until: str | None = None,
                   target_s: float = 600, max_s: float = 900) -> list[BranchSummary]:
    """One line per branch, by name; calls by start time in [since, until)."""
    when, when_i, params, params_i = "", "", [], []
    for bound, op in ((since, ">="), (until, "<")):
        if bound:
            when += f" and c.started_at {op} ?"
            when_i += f" and i.raised_at {op} ?"
            params.append(bound)
            params_i.append(bound)
    rows: dict[str, dict] = {}

    def line(branch) -> dict:
        return rows.setdefault(branch or "", {"branch": branch or ""})

    for branch, calls, target, within_max in backend.query(CALLS.format(when=when),
                                                           [target_s, max_s, *params]):
        line(branch).update(calls=calls, within_target_share=round(target / calls, 4),
                            within_max_share=round(within_max / calls, 4))
    callbacks_sql = CALLBACKS.format(when=(" where" + when[4:]) if when else "")
    for branch, open_, overdue in backend.query(callbacks_sql, [now, *params]):
        line(branch).update(callbacks_open=open_ or 0, callbacks_overdue=overdue or 0)
    for branch, count, unacked in backend.query(INCIDENTS.format(when_i=when_i), params_i):
        line(branch).update(incidents=count, incidents_unacknowledged=unacked or 0)
    return [BranchSummary(**rows[name]) for name in sorted(rows)]
