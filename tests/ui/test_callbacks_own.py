"""The callbacks window carries a callback to its end: who took it, days late, whether the
caller was told, the question, notes and what they tried, and tomorrow's pointed out today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import CallbackForm
from desk.ui.dates import local_date
from tests.helpers import loaded
from tests.ui.test_callbacks_view import branch


def test_f7_shows_owner_days_late_told_and_the_whole_question(make_console, qtbot, tmp_path,
                                                              db, clock, desk_):
    config = branch(tmp_path)
    call = desk_.start_call(caller_number="+358401234567")
    desk_.update(call.id, notes="Meter read twice in November")
    cb_desk = CallbackDesk(db, clock, config, "Aino", "desk-1")
    cb_desk.take(CallbackForm(full_name="Laura Virtanen", question="Billed twice",
                                     phone="040 123 4567", department="Billing",
                                     tried="Paid the second invoice"), call_id=call.id)
    desk_.end_call(call.id, "callback", "Invoice")
    clock.set("2026-11-26T08:00:00Z")  # Thursday
    cb_desk.take(CallbackForm(full_name="Jose Reyes", question="Router blinks red",
                              email="jose@example.org", department="Technical"))
    # Monday 23rd's falls due Thursday 26th: on Monday 30th it is 4 days late; the one
    # taken on Thursday is due Tuesday 1 December: pointed out on Monday.
    clock.set("2026-11-30T08:00:00Z")  # Monday
    window = make_console(config=config)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    view = window.callbacks.view
    qtbot.addWidget(view)
    loaded(view, window)
    model = view.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Taken by" in header and "Caller told" in header
    rows = {model.data(model.index(r, 2)): r for r in range(model.rowCount())}
    laura, jose = rows["Laura Virtanen"], rows["Jose Reyes"]
    assert model.data(model.index(laura, 0)) == "⚠ overdue"
    assert model.data(model.index(laura, 1)).endswith("4 days late")
    assert model.data(model.index(laura, header.index("Taken by"))) == "Aino"
    assert model.data(model.index(laura, header.index("Caller told"))) == "not yet"
    assert model.data(model.index(jose, 0)) == "◐ due next working day"
    summary = view.findChild(QLabel, "callbackSummary").text()
    assert "1 due on the next working day: tell those callers today" in summary

    view.table.setFocus()  # down the list with the keyboard, as a person would
    view.table.selectRow(0)
    for _ in range(laura):
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "Billed twice" in view.details.toPlainText())
    details = view.details.toPlainText()
    assert "Notes: Meter read twice in November" in details
    assert "Already tried: Paid the second invoice" in details
    assert "Taken by: Aino" in details
    assert "Caller told of a delay: not yet" in details
    assert f"Due: {local_date(date(2026, 11, 26), long=True)}" in details
