"""The review's band says where each figure went since the previous period of the same
length, in words as well as colour, with the number a share is of; callbacks on time and
unreadable rows are in it too. Every number below is worked out by hand from
``tests/review/weekly_log.py`` (16–22 Nov against 9–15 Nov 2026, UTC)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QDate

from tests.review import weekly_log

WAIT_MS = 10000


@pytest.fixture
def utc(monkeypatch):
    """The window reads its days as local days: make them the log's UTC days."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def weekly_window(utc, db, db_path, qtbot, clock, content):
    from shiboken6 import isValid

    from desk.ui.review.window import ReviewWindow

    weekly_log.fill(db)
    # A row no report can read (a duration that is not a number): left out, and counted.
    db.execute("insert into calls (id, started_at, answered_at, ended_at, duration_s, outcome, "
               "channel, operator, workstation) values (20, '2026-11-18T12:00:00Z', "
               "'2026-11-18T12:00:00Z', '2026-11-18T12:05:00Z', 'abc', 'resolved', 'counter', "
               "'Aino', 'desk-1')")
    db.conn.commit()
    window = ReviewWindow(db_path, clock, content=content, poll_s=0.05)
    window.show()
    window.from_date.setDate(QDate(2026, 11, 16))
    window.to_date.setDate(QDate(2026, 11, 22))
    yield window
    if isValid(window):
        window.close()


def band(window) -> str:
    return window.summary_label.text()


def test_each_figure_shows_its_change_and_denominator(weekly_window, qtbot):
    qtbot.waitUntil(lambda: "better" in band(weekly_window), timeout=WAIT_MS)
    text = band(weekly_window)
    # 7 calls now, 3 the week before
    assert "▲ 4<" in text
    # within 10 min: 5 of 7 (71 %) against 1 of 3 (33 %): 38 points better, in green
    assert "71 %" in text and "of 7 calls" in text
    assert "color:#1b7a3a'>▲ 38 pp better" in text
    # within 15 min: 6 of 7 (86 %) against 3 of 3: 14 points worse, in red
    assert "86 %" in text and "color:#b3261e'>▼ 14 pp worse" in text
    # answered by ring 3: 3 of the 4 calls with ring times against 1 of 1
    assert "75 %" in text and "of 4 calls with ring times" in text
    assert "▼ 25 pp worse" in text
    # median duration 5:00 against 11:40: 6:40 shorter, which is better
    assert "5:00" in text and "▼ 6:40 better" in text
    # callbacks on time: 1 of the 4 due answered by the first promise (25 %) against 1 of 1;
    # median days to answer: 24 h, 72 h, 84 h -> 3 days
    assert "25 % · 3 d" in text and "of 4 callbacks due" in text
    assert "▼ 75 pp worse" in text
    assert "Rows skipped as unreadable: 1" in text


def test_an_open_ended_period_shows_no_change(weekly_window, qtbot):
    weekly_window.period.setCurrentIndex(4)  # Everything: no previous period to compare
    weekly_window.period.activated.emit(4)
    qtbot.waitUntil(lambda: "no calls in the previous period" in band(weekly_window),
                    timeout=WAIT_MS)
    text = band(weekly_window)
    assert "better" not in text and "worse" not in text and "▲" not in text
    assert "of 10 calls" in text  # 7 + 3 readable calls; the unreadable one left out
