"""What the supervisor narrowed the calls to: one filter for the table, the summary, the
charts and the exports, turned into one portable WHERE clause over ``calls c``."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from desk.core.states import IncidentKind

NORMS = ("within_target", "over_target", "over_max")


@dataclass(frozen=True)
class Filters:
    since: str | None = None  # UTC ISO timestamp, inclusive (calls by start time)
    until: str | None = None  # UTC ISO timestamp, exclusive
    operator: str | None = None
    workstation: str | None = None
    outcome: str | None = None
    topic: str | None = None
    norm: str | None = None  # one of NORMS
    with_callback: bool = False
    with_incident: bool = False
    search: str = ""
    # A histogram bar's calls: duration_from_s <= duration_s < duration_to_s (either open).
    duration_from_s: int | None = None
    duration_to_s: int | None = None

    def but(self, **changes) -> Filters:
        return replace(self, **changes)

    def is_only_time_and_place(self) -> bool:
        """True when nothing but dates, operator and workstation narrows the calls."""
        others = [f.name for f in fields(self)
                  if f.name not in ("since", "until", "operator", "workstation")]
        return all(getattr(self, name) in (None, False, "") for name in others)


def date_range(filters: Filters, column: str, clauses: list, params: list) -> None:
    """``since <= column < until`` for what the filter sets (both are ISO text in UTC)."""
    if filters.since:
        clauses.append(f"{column} >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{column} < ?")
        params.append(filters.until)


def where(filters: Filters, backend, target_s: float = 600, max_s: float = 900
          ) -> tuple[str, list]:
    """Finished calls matching ``filters``: SQL over ``calls c`` and its parameters. Calls
    whose values cannot be read are left out (``readable``; the summary counts them)."""
    from desk.report.readable import calls_ok

    clauses, params = ["c.ended_at is not null", calls_ok(backend)], []
    date_range(filters, "c.started_at", clauses, params)
    for column in ("operator", "workstation", "outcome", "topic"):
        value = getattr(filters, column)
        if value:
            clauses.append(f"c.{column} = ?")
            params.append(value)
    if filters.norm == "within_target":
        clauses.append("c.duration_s <= ?")
        params.append(target_s)
    elif filters.norm == "over_target":
        clauses.append("c.duration_s > ?")
        params.append(target_s)
    elif filters.norm == "over_max":
        clauses.append("c.duration_s > ?")
        params.append(max_s)
    elif filters.norm is not None:
        raise ValueError(f"norm must be one of {NORMS}")
    for bound, op in ((filters.duration_from_s, ">="), (filters.duration_to_s, "<")):
        if bound is not None:
            clauses.append(f"c.duration_s {op} ?")
            params.append(bound)
    if filters.with_callback:
        clauses.append("c.id in (select cb.call_id from callbacks cb)")
    if filters.with_incident:
        clauses.append("c.id in (select i.call_id from incidents i "
                       f"where i.kind = '{IncidentKind.ALARM}')")
    if filters.search.strip():
        clause, more = backend.search(filters.search)
        clauses.append(clause)
        params += more
    return " and ".join(clauses), params
