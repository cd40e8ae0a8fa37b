"""Start-of-shift checks per operator per day; ending for abuse needs a warning and a reason."""

from __future__ import annotations

import pytest

from desk.core import shift


def test_shift_check_is_recorded_once_per_operator_per_day(db, clock):
    assert not shift.shift_checked(db, clock, "Aino")
    shift.record_shift_check(db, clock, "Aino", "desk-1", ["clothes", "badge"])
    assert shift.shift_checked(db, clock, "Aino")
    assert not shift.shift_checked(db, clock, "Mikko")  # another operator asks again
    row = db.execute("select day, workstation, items from shift_checks").fetchone()
    assert row[1:] == ("desk-1", '["clothes", "badge"]')
    clock.advance(hours=24)
    assert not shift.shift_checked(db, clock, "Aino")  # next day: asked again


def test_ending_for_abuse_without_a_warning_or_reason_is_refused_and_nothing_changes(desk_):
    call = desk_.start_call()
    with pytest.raises(ValueError, match="recorded warning"):
        desk_.end_call(call.id, "abuse", reason="shouted insults")
    with pytest.raises(ValueError, match="reason"):
        desk_.end_call(call.id, "abuse", reason="  ")
    assert desk_.get(call.id).ended_at is None


def test_ending_for_abuse_after_a_recorded_warning_keeps_warning_time_and_reason(desk_, db,
                                                                                 clock):
    call = desk_.start_call()
    clock.advance(seconds=40)
    warned = shift.record_abuse_warning(db, clock, call.id, "asked to stop swearing", "Aino")
    clock.advance(seconds=30)
    ended = desk_.end_call(call.id, "abuse", reason="kept swearing after the warning")
    assert ended.outcome == "abuse" and ended.end_reason == "kept swearing after the warning"
    assert shift.abuse_warned_at(db, call.id) == warned == "2026-11-23T09:00:40Z"
    assert db.execute("select kind, detail from call_events").fetchall() == [
        ("abuse_warning", "asked to stop swearing")]
