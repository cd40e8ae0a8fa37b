"""Numbers, shares, durations and dates as the operator's language writes them (QLocale),
shared by the pages and by the tests that look for them in the PDF's text."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
DASH = "–"


def count(locale: QLocale, value) -> str:
    return DASH if value is None else locale.toString(int(value))


def pct(locale: QLocale, share) -> str:
    return DASH if share is None else f"{locale.toString(share * 100, 'f', 1)} %"


def minutes(locale: QLocale, seconds) -> str:
    if seconds is None:
        return DASH
    seconds = int(seconds)
    return f"{seconds // 60}:{abs(seconds) % 60:02d}"


def days(locale: QLocale, value) -> str:
    return DASH if value is None else locale.toString(float(value), "f", 1)


def signed(text: str, value) -> str:
    return text if value is None or value < 0 or text.startswith(("-", "−")) else f"+{text}"


def change(locale: QLocale, kind: str, value) -> str:
    """The change against the previous period: percentage points for shares."""
    if value is None:
        return DASH
    if kind == "share":
        return signed(translate("ReportPdf", "%1 pp").replace(
            "%1", locale.toString(value * 100, "f", 1)), value)
    if kind == "duration":
        sign = "−" if value < 0 else "+"
        return f"{sign}{minutes(locale, abs(value))}"
    return signed(locale.toString(int(value)), value)


def day(locale: QLocale, value: date | str) -> str:
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def short_day(locale: QLocale, value: date | str) -> str:
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return locale.toString(QDate(value.year, value.month, value.day), "d MMM")


def local_time(locale: QLocale, moment: datetime | None) -> str:
    if moment is None:
        return DASH
    return f"{short_day(locale, moment.date())} {moment.strftime('%H:%M')}"
