"""Ring to pick-up against answer_by_ring x ring_seconds (the rule, without Qt)."""

from __future__ import annotations

import pytest

from desk.core import answer_speed


@pytest.mark.parametrize(("answered", "mark"), [
    ("2026-11-23T09:00:00Z", "done"),  # at once
    ("2026-11-23T09:00:15Z", "done"),  # on the third ring's last moment
    ("2026-11-23T09:00:16Z", "late"),
])
def test_third_ring_of_five_seconds(answered, mark):
    speed = answer_speed.measure("2026-11-23T09:00:00Z", answered, 3, 5)
    assert (speed.limit_s, speed.mark) == (15.0, mark)


def test_a_clock_that_went_backwards_is_an_instant_answer_not_negative():
    speed = answer_speed.measure("2026-11-23T09:00:10Z", "2026-11-23T09:00:04Z", 3, 5)
    assert speed.seconds == 0 and speed.on_time


@pytest.mark.parametrize(("rings", "seconds"), [(0, 5), (3, 0), (-1, 5)])
def test_a_nonsensical_norm_is_refused(rings, seconds):
    with pytest.raises(ValueError, match="must be positive"):
        answer_speed.limit_seconds(rings, seconds)


def test_the_item_settled_is_the_first_of_the_greeting(content):
    assert answer_speed.first_greeting_item(content.stages) == ("greeting",
                                                               "answered_by_third_ring")


def test_ring_seconds_is_a_config_key_with_default_5(tmp_path):
    from desk import config as config_mod

    assert config_mod.defaults().norms["ring_seconds"] == 5
    path = tmp_path / "branch.toml"
    path.write_text("[norms]\nring_seconds = 4.5\n", encoding="utf-8")
    assert config_mod.load(path).norms["ring_seconds"] == 4.5
