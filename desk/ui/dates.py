"""Stored UTC times as the person at the desk reads them: local, in the language's format.

``QLocale()`` is the default locale, which ``install_translator`` sets to the console's
language (and resets when the language is switched): call these at display time, not
once at start-up, so a switch shows in the next text drawn.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desk.core.clock import parse_iso

SHORT = QLocale.FormatType.ShortFormat


def local_time(iso: str | None, with_date: bool = False) -> str:
    """``09:05`` / ``9.05`` / ``9:05 AM``; with the date: the locale's short date and time."""
    if not iso:
        return "?"
    moment = parse_iso(iso).astimezone()
    when = QTime(moment.hour, moment.minute)
    if not with_date:
        return QLocale().toString(when, SHORT)
    return QLocale().toString(QDateTime(QDate(moment.year, moment.month, moment.day), when),
                              SHORT)


def local_date(day: date, long: bool = False) -> str:
    """A calendar day, e.g. a callback's due date (``long``: with the weekday spelled out)."""
    value = QDate(day.year, day.month, day.day)
    return QLocale().toString(value, QLocale.FormatType.LongFormat if long else SHORT)
