"""``desk incoming|answered|hangup`` drive the console: ring and answer times, answer speed."""

from __future__ import annotations

import pytest

from desk import config as config_mod
from desk.cli import main
from desk.store.ring_times import ring_times
from tests.helpers import saved_log, wait_idle

FIRST = ("greeting", "answered_by_third_ring")


@pytest.fixture
def cli_clock(monkeypatch, clock):
    """The commands run with the test's clock, as a phone system's events carry their time."""
    monkeypatch.setattr("desk.commands.env.Env.clock", lambda self: clock)
    return clock


def phone(db_path, *argv) -> int:
    extra = ["--no-start"] if argv[0] == "incoming" else []
    return main([*argv, *extra, "--db", str(db_path)])


def ticked(window, call_id):
    from desk.core.calls import CallDesk, Identity

    desk = CallDesk(saved_log(window), window.services.clock, window.services.content,
                    Identity("x", "y", "z"))
    return desk.ticked(call_id)


def marks_of(window, item):
    rows = saved_log(window).execute(
        "select status from stage_marks where call_id = ? and stage = ? and item = ? order by id",
        [window.session.call_id, *item]).fetchall()
    return [r[0] for r in rows]


def test_incoming_answered_hangup(make_console, db_path, cli_clock, capsys):
    window = make_console()
    assert phone(db_path, "incoming", "+358 40 765 4321", "--name", "Sita Sharma") == 0
    window.phone_link.poll()
    wait_idle(window)
    call = window.session.current()
    assert (call.caller_number, call.caller_name, call.answered_at) == \
        ("+358407654321", "Sita Sharma", None)
    assert window.call_panel.name.text() == "Sita Sharma"
    assert ring_times(saved_log(window), call.id)["rang_at"] == "2026-11-23T09:00:00Z"

    cli_clock.advance(4)
    assert phone(db_path, "answered") == 0
    window.phone_link.poll()
    wait_idle(window)
    times = ring_times(saved_log(window), call.id)
    assert times == {"rang_at": "2026-11-23T09:00:00Z", "answered_at": "2026-11-23T09:00:04Z",
                     "answer_s": 4.0, "answer_late": 0}
    # Picked up within 3 rings x 5 s: the greeting's first item is ticked by itself.
    assert FIRST in ticked(window, call.id)
    assert "within the norm (15 s)" in window.statusBar().currentMessage()

    assert phone(db_path, "incoming", "0401112223") == 0
    window.phone_link.poll()
    wait_idle(window)
    assert window.session.call_id == call.id  # a second ringing call does not steal the first
    assert any("Another call is ringing" in t for t in window.banners.texts())

    assert phone(db_path, "hangup") == 0
    window.phone_link.poll()
    wait_idle(window)
    assert window.call_panel.end_dialog is not None
    capsys.readouterr()


def test_a_late_answer_is_marked_late_not_skipped(make_console, db_path, cli_clock, capsys):
    window = make_console()
    phone(db_path, "incoming", "0401234567")
    window.phone_link.poll()
    wait_idle(window)
    cli_clock.advance(16)  # past the third ring (15 s)
    phone(db_path, "answered")
    window.phone_link.poll()
    wait_idle(window)
    call_id = window.session.call_id
    assert ring_times(saved_log(window), call_id)["answer_late"] == 1
    assert FIRST not in ticked(window, call_id)
    assert "later than the norm (15 s)" in window.statusBar().currentMessage()
    window.session.end("resolved")
    wait_idle(window)
    rows = saved_log(window).execute(
        "select status from stage_marks where call_id = ? and item = ?",
        [call_id, FIRST[1]]).fetchall()
    assert [r[0] for r in rows] == ["late"]  # it stays "late"; the end adds no "skipped"
    capsys.readouterr()


def test_the_ring_norm_comes_from_the_branch_config(make_console, db_path, cli_clock,
                                                    tmp_path, capsys):
    path = tmp_path / "branch.toml"
    path.write_text("[norms]\nanswer_by_ring = 2\nring_seconds = 3\n", encoding="utf-8")
    window = make_console(config=config_mod.load(path))
    phone(db_path, "incoming", "0401234567")
    window.phone_link.poll()
    wait_idle(window)
    cli_clock.advance(7)  # within 3 rings of 5 s, but past 2 rings of 3 s
    phone(db_path, "answered")
    window.phone_link.poll()
    wait_idle(window)
    assert marks_of(window, FIRST) == ["late"]
    assert "later than the norm (6 s)" in window.statusBar().currentMessage()
    capsys.readouterr()


def test_an_answer_without_a_ring_records_only_the_time(make_console, db_path, cli_clock,
                                                        capsys):
    window = make_console()
    window.call_panel.start_call("phone")  # started by hand: answered at once
    phone(db_path, "answered")
    window.phone_link.poll()
    wait_idle(window)
    assert marks_of(window, FIRST) == []  # nothing to measure, nothing ticked for them
    capsys.readouterr()


def test_the_command_wakes_the_console_at_once(make_console, db_path, cli_clock, qtbot,
                                               capsys):
    from desk.ui import single_instance

    assert single_instance.claim_or_forward(db_path)
    window = make_console()
    single_instance.attach(window)
    window.phone_link.timer.stop()  # no polling: only the wake-up can start the call
    try:
        assert main(["incoming", "0409876543", "--db", str(db_path)]) == 0
        assert "handed to the console" in capsys.readouterr().out
        qtbot.waitUntil(lambda: window.session.active, timeout=5000)
        assert window.session.current().caller_number == "+358409876543"
    finally:
        single_instance.release()
