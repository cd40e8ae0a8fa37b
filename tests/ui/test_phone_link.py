"""``desk incoming|answered|hangup`` drive the running console through the database."""

from __future__ import annotations

from desk.cli import main
from tests.helpers import wait_idle


def test_incoming_answered_hangup(make_console, db_path, clock, capsys):
    window = make_console()
    assert main(["incoming", "+358 40 765 4321", "--name", "Sita Sharma",
                 "--db", str(db_path)]) == 0
    window.phone_link.poll()
    wait_idle(window)
    call = window.session.current()
    assert (call.caller_number, call.caller_name, call.answered_at) == \
        ("+358407654321", "Sita Sharma", None)
    assert window.call_panel.name.text() == "Sita Sharma"

    clock.advance(4)
    assert main(["answered", "--db", str(db_path)]) == 0
    window.phone_link.poll()
    wait_idle(window)
    assert window.session.current().answered_at == "2026-11-23T09:00:04Z"

    assert main(["incoming", "0401112223", "--db", str(db_path)]) == 0
    window.phone_link.poll()
    wait_idle(window)
    assert window.session.call_id == call.id  # a second ringing call does not steal the first
    assert any("Another call is ringing" in t for t in window.banners.texts())

    assert main(["hangup", "--db", str(db_path)]) == 0
    window.phone_link.poll()
    wait_idle(window)
    assert window.call_panel.end_dialog is not None
    capsys.readouterr()
