"""What a report can read: rows whose values fit their columns.

A local log may hold anything SQLite accepts (``duration_s = 'abc'`` after a merge from
an old Desk, bytes in ``topic``); the server may hold a ``started_at`` that is not a time
(pushed before the quarantine existed), which PostgreSQL refuses to cast. Every report
query selects calls through ``filters.where``, which adds ``calls_ok``; alarms go through
``incidents_ok``. The summary counts what was skipped (``unreadable_calls``,
``unreadable_incidents``), so no single row can make a report, the review or its filter
lists fail, and nobody is told a number without knowing some rows were left out.
"""

from __future__ import annotations

import contextlib
import sqlite3

# Only the columns the summary reads: they are all in the summary's covering index
# (m007), so the check costs no trip to the wide call rows. Times are parsed where a report
# parses them (the trends' day and hour buckets, PostgreSQL's casts); elsewhere a time
# must at least be text. The filter lists check their own column (``column_ok``).
CALL_TIMES = ("started_at",)
CALL_TEXT_TIMES = ("answered_at", "ended_at")
CALL_NUMBERS = ("duration_s",)
CALL_TEXTS = ("topic", "channel")
INCIDENT_TIMES = ("raised_at", "acknowledged_at")
INCIDENT_TEXTS = ("kind", "operator", "workstation")
# A PostgreSQL timestamptz the report's casts accept: an ISO date and time with a valid
# month and day (29 February is let through in every year), optional seconds and zone.
_DAY = ("([0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|[0-9]{4}-(0[13-9]|1[0-2])-(29|30)"
        "|[0-9]{4}-(0[13578]|1[02])-31|[0-9]{4}-02-29)")
PG_TIME = (f"^{_DAY}[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?"
           "(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$")


def _is_sqlite(backend) -> bool:
    return isinstance(getattr(backend, "conn", None), sqlite3.Connection)


def _ok(backend, alias: str, times, text_times, numbers, texts) -> str:
    if _is_sqlite(backend):
        # Plain comparisons where they suffice (typeof() costs several times more): text
        # sorts above every number and bytes above every text, so ``< 9e18`` keeps numbers
        # and ``< x''`` keeps numbers and text.
        checks = [f"({alias}.{c} is null or julianday({alias}.{c}) is not null)"
                  for c in times]
        checks += [f"({alias}.{c} is null or {alias}.{c} < 9e18)" for c in numbers]
        checks += [f"({alias}.{c} is null or {alias}.{c} < x'')"
                   for c in (*text_times, *texts)]
    else:  # PostgreSQL: the columns are typed; only times are text the casts may refuse
        checks = [f"({alias}.{c} is null or {alias}.{c} ~ '{PG_TIME}')"
                  for c in (*times, *text_times)]
    return "(" + " and ".join(checks) + ")"


def calls_check(backend, alias: str = "c") -> str:
    return _ok(backend, alias, CALL_TIMES, CALL_TEXT_TIMES, CALL_NUMBERS, CALL_TEXTS)


def incidents_check(backend, alias: str = "i") -> str:
    return _ok(backend, alias, INCIDENT_TIMES, (), (), INCIDENT_TEXTS)


def _version(backend):
    """Changes when another connection (the console, a merge, a push) wrote."""
    if _is_sqlite(backend):
        return backend.conn.execute("pragma data_version").fetchone()[0]
    version = getattr(backend, "data_version", None)
    return version() if version else None


def skipped(backend) -> dict[str, int]:
    """How many finished calls and alarms the reports leave out because they cannot be
    read; counted once per change of the database (one scan), so that a log without such
    rows — nearly every log — pays nothing more in the queries themselves."""
    version = _version(backend)
    cached = getattr(backend, "_unreadable", None)
    if cached is not None and version is not None and cached[0] == version:
        return dict(cached[1])
    calls = backend.query(f"select count(*) from calls c where c.ended_at is not null and "
                          f"not {calls_check(backend)}", [])[0][0]
    incidents = backend.query(f"select count(*) from incidents i where not "
                              f"{incidents_check(backend)}", [])[0][0]
    counts = {"unreadable_calls": int(calls), "unreadable_incidents": int(incidents)}
    with contextlib.suppress(AttributeError):  # a backend with __slots__: count each time
        backend._unreadable = (version, counts)
    return dict(counts)


def calls_ok(backend, alias: str = "c") -> str:
    """SQL: the call row ``alias`` can be read by every report query."""
    if not skipped(backend)["unreadable_calls"]:
        return "(1 = 1)"
    return calls_check(backend, alias)


def incidents_ok(backend, alias: str = "i") -> str:
    if not skipped(backend)["unreadable_incidents"]:
        return "(1 = 1)"
    return incidents_check(backend, alias)


def column_ok(backend, column: str) -> str:
    """SQL: a text column's value can be shown in a filter list."""
    if _is_sqlite(backend):
        return f"({column} is not null and {column} < x'')"
    return f"{column} is not null"
