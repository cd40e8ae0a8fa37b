"""The rule behind the console's own ticks, without Qt: which event proves which item."""

from __future__ import annotations

import tomllib
from pathlib import Path

from desk.core.auto_ticks import PROOFS, console_tick, next_open, remaining

EN = Path(__file__).resolve().parents[2] / "resources" / "content" / "en.toml"


def test_every_proof_names_an_item_the_content_has():
    content = tomllib.loads(EN.read_text(encoding="utf-8"))
    known = {(stage["id"], item["id"]) for stage in content["stages"] for item in stage["items"]}
    assert set(PROOFS.values()) <= known


def test_a_filled_field_ticks_once_and_never_over_the_operator():
    known = set(PROOFS.values())
    assert console_tick("caller_name", "Laura", set(), known) == ("clarification", "asked_name")
    assert console_tick("caller_name", "   ", set(), known) is None  # empty proves nothing
    assert console_tick("caller_name", "Laura", {("clarification", "asked_name")}, known) is None
    assert console_tick("unknown_event", "x", set(), known) is None
    assert console_tick("callback_saved", True, set(), set()) is None  # content lacks it


def test_space_moves_to_the_next_open_item_wrapping_round():
    items = ["a", "b", "c", "d"]
    assert next_open(items, 0, {"a"}) == 1
    assert next_open(items, 1, {"a", "b", "c"}) == 3
    assert next_open(items, 3, {"b", "c", "d"}) == 0  # wraps to the first open one
    assert next_open(items, 2, set(items)) == 2  # all done: stays
    assert remaining(items, {"b"}) == ["a", "c", "d"]
