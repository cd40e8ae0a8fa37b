"""Stored UTC times as the person at the desk reads them: local, in the language's format.

``QLocale()`` is the default locale, which ``install_translator`` sets to the console's
language (and resets when the language is switched): call these at display time, not
once at start-up, so a switch shows in the next text drawn.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QTime

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
    locale = QLocale()
    return locale.toString(QDate(moment.year, moment.month, moment.day),
                           _short_date_format()) + " " + locale.toString(when, SHORT)


def local_date(day: date, long: bool = False) -> str:
    """A calendar day, e.g. a callback's due date (``long``: with the weekday spelled out)."""
    value = QDate(day.year, day.month, day.day)
    if not long:
        return QLocale().toString(value, _short_date_format())
    text = QLocale().toString(value, QLocale.FormatType.LongFormat)
    if QLocale().language() == QLocale.Language.Esperanto:
        # Esperanto writes month names in lower case ("la 9-a de decembro"); Qt's data not.
        month = QLocale().monthName(day.month)
        text = text.replace(month, month.lower())
    return text



def day_month(day: date) -> str:
    """A chart's day label: the locale's short date without the year (``26.11.``,
    ``11/26``), so a Finnish chart never reads month-first."""
    import re

    pattern = _short_date_format()
    # Drop the year and the separator that joins it to the rest ("d.M.yyyy" -> "d.M.").
    short = re.sub(r"^y+[^dM]*|[^dM]*y+$", "", pattern)
    if "." in pattern and not short.endswith("."):
        short += "."  # Finnish writes the day and month as "26.11."
    return QLocale().toString(QDate(day.year, day.month, day.day), short or "d.M.")


def _short_date_format() -> str:
    """Qt's short date, except where it is ambiguous for the language (Esperanto's
    ``yy-MM-dd``: ISO order, with the whole year)."""
    pattern = QLocale().dateFormat(SHORT)
    return "yyyy-MM-dd" if QLocale().language() == QLocale.Language.Esperanto else pattern


def date_edit_format(with_time: bool = False) -> str:
    """The display format for a date (and time) field in the language: ``d.M.yyyy H.mm``
    in Finnish, never a year of two digits (a field must be unambiguous)."""
    pattern = _short_date_format()
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    if not with_time:
        return pattern
    return f"{pattern} {QLocale().timeFormat(SHORT)}"
