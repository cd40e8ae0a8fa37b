"""Each summary figure against the previous period of the same length, with the number it
is a share of ("88 % of 10,748 calls with ring times") — so a supervisor sees direction,
and how many calls stand behind a share."""

from __future__ import annotations

from datetime import datetime

from desk.report.filters import Filters

# figure -> the key of its denominator in the report (None: a count or a duration)
FIGURES: dict[str, str | None] = {
    "calls": None,
    "within_target_share": "calls",
    "within_max_share": "calls",
    "median_duration_s": "calls",
    "p90_duration_s": "calls",
    "answered_by_ring_share": "ring_times_known",
    "greeting_complete_share": "calls_with_checklist",
    "callbacks_open": None,
    "callbacks_overdue": None,
    "late_told_share": "callbacks_late",
    "incidents": None,
    "median_ack_s": "incidents_acknowledged",
    "callbacks_on_time_share": "callbacks_due",
    "repeat_contact_share": "calls_with_known_caller",
}
# Where higher is better (the PDF colours a change green or red by it).
HIGHER_IS_BETTER = {"within_target_share": True, "within_max_share": True,
                    "answered_by_ring_share": True, "greeting_complete_share": True,
                    "late_told_share": True, "median_duration_s": False,
                    "p90_duration_s": False, "callbacks_overdue": False, "incidents": False,
                    "median_ack_s": False, "callbacks_on_time_share": True,
                    "repeat_contact_share": False}


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def previous_filters(filters: Filters) -> Filters | None:
    """The same filters over the period of the same length just before; None without
    both ends of a period (an open-ended period has no "previous")."""
    if not (filters.since and filters.until):
        return None
    since, until = _parse(filters.since), _parse(filters.until)
    return filters.but(since=_iso(since - (until - since)), until=filters.since)


def change(now, before):
    """now - before, rounded like the figures (None when either is unknown)."""
    if now is None or before is None:
        return None
    return round(now - before, 4)


def compare(current: dict, previous: dict, period: Filters) -> dict:
    """``{"previous": {since, until}, "figures": {key: {value, previous, change, of,
    previous_of}}}`` for the figures both reports hold."""
    figures = {}
    for key, denominator in FIGURES.items():
        if key not in current:
            continue
        item = {"value": current.get(key), "previous": previous.get(key),
                "change": change(current.get(key), previous.get(key))}
        if denominator:
            item["of"] = current.get(denominator)
            item["previous_of"] = previous.get(denominator)
        figures[key] = item
    return {"previous": {"since": period.since, "until": period.until}, "figures": figures}
