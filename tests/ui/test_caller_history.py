"""Entering a number shows the caller's earlier calls, open callbacks and what they tried."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from desk.store import drafts
from tests.helpers import saved_log


def test_history_appears_for_a_known_number_and_notes_copy(make_console, desk_, clock, qtbot):
    earlier = desk_.start_call(caller_number="+358401234567")
    desk_.update(earlier.id, notes="Meter read twice", tried="Restarted the meter")
    clock.advance(minutes=5)
    desk_.end_call(earlier.id, "transferred", "Invoice amount wrong")
    other = desk_.start_call(caller_number="+358409999999")
    desk_.end_call(other.id, "resolved", "Opening hours")
    clock.advance(days=1)

    window = make_console()
    history = window.findChild(QGroupBox, "callerHistory")
    assert history is not None and history.accessibleName() == "Caller history"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.call_panel
    panel.number.setFocus()
    qtbot.keyClicks(panel.number, "040 123 4567")
    qtbot.keyClick(panel.number, Qt.Key.Key_Return)
    label = history.findChild(QLabel, "callerHistoryText")
    qtbot.waitUntil(lambda: "Invoice amount wrong" in label.text())  # looked up off the UI
    text = label.text()
    assert "Invoice amount wrong" in text and "Restarted the meter" in text
    assert "Opening hours" not in text
    assert "Transferred to a specialist" in text  # the outcome in words, not its code

    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert "Meter read twice" in panel.notes.toPlainText()
    stored = saved_log(window).execute(
        "select notes, tried from calls where id = ?", [window.session.call_id]).fetchone()
    assert "Meter read twice" in stored[0] and stored[1] == "Restarted the meter"


def test_bad_number_is_explained_and_kept(make_console, qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.call_panel
    qtbot.keyClicks(panel.number, "040-12")
    qtbot.keyClick(panel.number, Qt.Key.Key_Return)
    assert panel.number_error.isVisible() and "not a valid phone number" in \
        panel.number_error.text()
    assert panel.number.text() == "040-12"
    log = saved_log(window)
    assert log.execute("select caller_number from calls").fetchone()[0] is None
    # Kept as typed in the call's draft, so a crash does not lose it either.
    assert drafts.load(log, "call_fields")[1] == {"caller_number": "040-12"}
