"""Another program holds the call log's write lock while the receptionist works.

The window never waits: what is typed stays on screen, the console says what is not saved
yet and why, and everything reaches the log in order once the lock is gone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.faults.lock_holder import LockHolder
from tests.helpers import saved_log


def test_notes_and_ticks_typed_during_a_lock_land_after_it(make_console, qtbot, db_path, clock):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    saved_log(window)  # the call's start is in the log
    call_id = window.session.call_id
    panel = window.call_panel

    with LockHolder(db_path) as lock:
        clock.advance(3)
        qtbot.keyClick(panel.checklist.list, Qt.Key.Key_Space)
        qtbot.keyClicks(panel.notes, "Meter read twice")
        assert panel.notes.toPlainText() == "Meter read twice"  # on screen at once
        qtbot.waitUntil(lambda: any("Not saved yet" in t and "notes" in t
                                    for t in window.banners.texts()), timeout=5000)
        text = next(t for t in window.banners.texts() if "Not saved yet" in t)
        assert "busy" in text and "a checklist tick" in text
        lock.release()

    qtbot.waitUntil(lambda: "banner_unsaved" not in _visible_banners(window), timeout=5000)
    assert "All changes are saved" in window.statusBar().currentMessage()
    log = saved_log(window)
    assert log.execute("select notes from calls where id = ?", [call_id]).fetchone()[0] \
        == "Meter read twice"
    tick = log.execute("select item, status, at from stage_marks where call_id = ? and "
                       "status = 'done' and [by] = 'operator'", [call_id]).fetchall()
    # Stored with the time it was ticked, not the time the lock let it through.
    assert tick == [("answered_by_third_ring", "done", "2026-11-23T09:00:03Z")]


def test_ending_a_call_during_a_lock_never_says_saved_before_it_is(make_console, qtbot,
                                                                  db_path):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    saved_log(window)
    call_id = window.session.call_id
    with LockHolder(db_path) as lock:
        qtbot.keyClick(window, Qt.Key.Key_F4)
        dialog = window.call_panel.end_dialog
        dialog.topic.setText("Opening hours")
        qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
        assert not window.session.active  # the desk is free for the next caller at once
        qtbot.waitUntil(lambda: any("the end of the call" in t
                                    for t in window.banners.texts()), timeout=5000)
        assert "saved in the call log" not in window.statusBar().currentMessage()
        lock.release()
    qtbot.waitUntil(lambda: window.ops.idle(), timeout=5000)
    row = saved_log(window).execute("select outcome, topic from calls where id = ?",
                                    [call_id]).fetchone()
    assert row == ("resolved", "Opening hours")


def _visible_banners(window) -> set[str]:
    return {b.objectName() for b in window.banners.banners.values() if b.isVisible()}
