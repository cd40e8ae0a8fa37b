"""Caller history at a glance: local date and time, "6 min", outcomes in words, notes
inline, found by a name alone, and a quiet cue for a caller who keeps calling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk.core.history import lookup
from desk.ui.dates import local_time


def _earlier_calls(desk_, clock, count: int) -> list[str]:
    starts = []
    for n in range(count):
        call = desk_.start_call(caller_number="+358401234567", caller_name="Maija Virtanen")
        starts.append(call.started_at)
        desk_.update(call.id, notes=f"Meter read twice, visit {n}")
        clock.advance(minutes=6)
        desk_.end_call(call.id, "resolved", "Invoice amount wrong")
        clock.advance(days=2)
    return starts


def test_a_name_alone_finds_calls_shown_at_a_glance(make_console, desk_, clock, qtbot):
    starts = _earlier_calls(desk_, clock, 2)
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.call_panel
    panel.name.setFocus()
    qtbot.keyClicks(panel.name, "maija virtanen")  # no number, no e-mail: the name will do
    label = window.caller_history.findChild(QLabel, "callerHistoryText")
    qtbot.waitUntil(lambda: "Invoice amount wrong" in label.text())
    text = label.text()
    assert local_time(starts[0], with_date=True) in text  # local, in the console's format
    assert starts[0][:10] not in text  # not the stored UTC date
    assert "6 min" in text  # a duration, not a time of day
    assert "Resolved" in text and "· resolved" not in text  # the outcome in words
    assert "Meter read twice, visit 1" in text and "Meter read twice, visit 0" in text


def test_an_email_only_call_is_found_by_its_email(db, desk_):
    call = desk_.start_call()
    desk_.update(call.id, caller_email="maija@example.org")
    desk_.end_call(call.id, "resolved", "Opening hours")
    assert [c["topic"] for c in lookup(db, None, "maija@example.org").calls] == \
        ["Opening hours"]
    assert lookup(db, None, None, name="  ").empty


def test_an_open_callback_is_found_by_the_callers_name(db, desk_):
    call = desk_.start_call()
    desk_.end_call(call.id, "callback", "Refund")
    db.execute("insert into callbacks (call_id, full_name, question, department, created_at, "
               "due_at) values (?, 'Maija Virtanen', 'Where is my refund?', 'Billing', "
               "'2026-11-23T09:00:00Z', '2026-11-26T09:00:00Z')", [call.id])
    db.conn.commit()
    history = lookup(db, None, None, name="MAIJA VIRTANEN")
    assert [c["question"] for c in history.callbacks] == ["Where is my refund?"]
