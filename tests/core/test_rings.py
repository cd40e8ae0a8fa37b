"""Answer by the third ring, from the phone system's ring and answer times."""

from __future__ import annotations

import pytest

from desk.core.rings import record_answer, ring_number


@pytest.mark.parametrize(("seconds", "ring"), [(0, 1), (4, 1), (5, 2), (14, 3), (15, 4)])
def test_ring_number_with_five_second_cadence(seconds, ring):
    started = "2026-11-23T09:00:00Z"
    answered = f"2026-11-23T09:00:{seconds:02d}Z"
    assert ring_number(started, answered, 5) == ring


def test_answer_item_is_marked_once_done_or_late(desk_, db, clock):
    on_time = desk_.start_call("phone", answered=False)
    clock.advance(seconds=12)
    desk_.answered(on_time.id)
    assert record_answer(db, desk_.get(on_time.id), 3, 5) == ("done", 3)
    assert record_answer(db, desk_.get(on_time.id), 3, 5) is None  # once only
    assert ("greeting", "answered_by_third_ring") in desk_.ticked(on_time.id)

    late = desk_.start_call("phone", answered=False)
    clock.advance(seconds=21)
    desk_.answered(late.id)
    assert record_answer(db, desk_.get(late.id), 3, 5) == ("late", 5)
    assert ("greeting", "answered_by_third_ring") not in desk_.ticked(late.id)


def test_a_call_started_by_hand_or_ticked_by_hand_is_left_alone(desk_, db, clock):
    by_hand = desk_.start_call("phone")  # no ring time: answered when started
    assert record_answer(db, by_hand, 3, 5) is None
    ringing = desk_.start_call("phone", answered=False)
    desk_.mark(ringing.id, "greeting", "answered_by_third_ring", True)
    clock.advance(seconds=30)
    desk_.answered(ringing.id)
    assert record_answer(db, desk_.get(ringing.id), 3, 5) is None
