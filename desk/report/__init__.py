"""Supervisor review without Qt: the one report, its filters, exports, coaching trends.

The review window's summary band and ``desk report`` both call ``report()``; head office
runs the same function against PostgreSQL through its own ``Backend``.
"""

from desk.report.backend import Backend, SqliteBackend, open_readonly
from desk.report.filters import Filters
from desk.report.summary import KEYS, Norms, Summary, report

__all__ = ["Backend", "SqliteBackend", "open_readonly", "Filters", "Norms", "Summary",
           "report", "KEYS"]
