"""Clock, norms, business days and contacts: the Qt-free rules under the console."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desk.core.calendar import add_business_days
from desk.core.clock import FakeClock, parse_iso, to_iso
from desk.core.contacts import ContactError, display_phone, normalise_email, normalise_phone
from desk.core.norms import TimerState, format_elapsed, timer_state


def test_iso_round_trip_is_utc_with_z():
    moment = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
    assert to_iso(moment) == "2026-11-22T09:30:00Z"
    assert parse_iso("2026-11-22T11:30:00+02:00") == moment
    with pytest.raises(ValueError):
        to_iso(datetime(2026, 11, 22, 9, 30))


def test_fake_clock_moves_only_when_told():
    clock = FakeClock("2026-11-23T09:00:00Z")
    assert to_iso(clock.now()) == "2026-11-23T09:00:00Z"
    before = clock.monotonic()
    clock.advance(minutes=10)
    assert to_iso(clock.now()) == "2026-11-23T09:10:00Z"
    assert clock.monotonic() - before == 600


@pytest.mark.parametrize(("seconds", "state"), [
    (0, TimerState.CALM), (599, TimerState.CALM), (600, TimerState.AMBER),
    (899, TimerState.AMBER), (900, TimerState.RED), (5000, TimerState.RED),
])
def test_timer_state_follows_the_norm(seconds, state):
    assert timer_state(seconds, 600, 900) is state


def test_elapsed_format():
    assert format_elapsed(0) == "00:00"
    assert format_elapsed(75) == "01:15"
    assert format_elapsed(3725) == "1:02:05"
    assert format_elapsed(-5) == "00:00"


def test_business_days_skip_weekends_and_holidays():
    monday = date(2026, 11, 23)
    assert add_business_days(monday, 3) == date(2026, 11, 26)
    friday = date(2026, 11, 27)
    assert add_business_days(friday, 3) == date(2026, 12, 2)
    assert add_business_days(date(2026, 12, 23), 3, [date(2026, 12, 24), date(2026, 12, 25)]) \
        == date(2026, 12, 30)


def test_phone_numbers_are_stored_in_e164_and_shown_nationally():
    assert normalise_phone("040 123 4567", "FI") == "+358401234567"
    assert normalise_phone("+358 40 123 4567", "PH") == "+358401234567"
    assert display_phone("+358401234567", "FI") == "040 1234567"
    for bad in ("", "12", "call me", "1" * 50):
        with pytest.raises(ContactError):
            normalise_phone(bad, "FI")


def test_email_is_checked_for_syntax_only():
    assert normalise_email(" ann@example.org ") == "ann@example.org"
    for bad in ("", "ann", "ann@", "a b@example.org"):
        with pytest.raises(ContactError):
            normalise_email(bad)
