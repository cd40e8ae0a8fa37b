"""The callback promise: seed 001's "within 3 days", counted as the branch says."""

from __future__ import annotations

from datetime import date

import pytest

from desk import config as config_mod
from desk.core.calendar import due_day

THU, FRI, MON = date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7)
TUE, WED = date(2026, 12, 8), date(2026, 12, 9)


def test_calendar_days_keep_a_working_day_as_it_is():
    assert due_day(FRI, 3, "calendar") == MON  # Friday + 3 is a Monday: due Monday
    assert due_day(MON, 3, "calendar") == date(2026, 12, 10)  # Monday + 3: Thursday


def test_calendar_day_three_on_a_weekend_moves_to_the_friday_before():
    assert due_day(date(2026, 12, 2), 3, "calendar") == FRI  # Saturday -> Friday
    assert due_day(THU, 3, "calendar") == FRI  # Sunday -> Friday


def test_business_days_skip_the_weekend():
    assert due_day(FRI, 3, "business") == WED
    assert due_day(THU, 3, "business") == TUE


def test_a_holiday_on_the_due_day_moves_it_to_the_working_day_before():
    assert due_day(FRI, 3, "calendar", [MON]) == FRI  # Monday off: back over the weekend
    assert due_day(date(2026, 12, 21), 3, "calendar", [date(2026, 12, 24)]) == \
        date(2026, 12, 23)
    assert due_day(FRI, 3, "business", [TUE]) == date(2026, 12, 10)  # Mon, Wed, Thu


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="calendar, business"):
        due_day(FRI, 3, "lunar")


def test_the_config_defaults_to_calendar_and_refuses_anything_else(tmp_path):
    assert config_mod.defaults().norms["callback_day_kind"] == "calendar"
    path = tmp_path / "branch.toml"
    path.write_text('[norms]\ncallback_day_kind = "weekdays"\n', encoding="utf-8")
    with pytest.raises(config_mod.ConfigError, match="callback_day_kind"):
        config_mod.load(path)
