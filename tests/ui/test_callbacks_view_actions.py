"""The callbacks window: a delay notice with when/how/new date, answered by someone else at an
earlier time, and a phone search typed the way the caller said it."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QLineEdit, QPlainTextEdit

from desk.core.callbacks import local_due_date
from tests.helpers import loaded, stored_callback, wait_idle
from tests.ui.test_callbacks_view import accept_next_dialog, branch, seed


def test_notice_answer_and_phone_search(make_console, qtbot, tmp_path, db, clock):
    config = branch(tmp_path)
    first, _second = seed(db, clock, config)
    clock.set("2026-11-27T08:00:00Z")
    window = make_console(config=config)
    window.callbacks.open_view()
    wait_idle(window)
    view = window.callbacks.view
    qtbot.addWidget(view)

    view.search.setText("040 123 4567")  # stored as +358401234567
    view.reload()
    loaded(view, window)
    assert view.model.ids == [first["id"]]
    view.table.selectRow(0)

    def notice(dialog):
        told = dialog.findChild(QDateTimeEdit, "noticeToldAtEdit")
        told.setDateTime(told.dateTime().addSecs(-3600))
        how = dialog.findChild(QComboBox, "noticeHowCombo")
        how.setCurrentIndex(how.findData("email"))  # shown as "by e-mail" (translated)
        dialog.findChild(QDateEdit, "noticeDateEdit").setDate(QDate(2026, 12, 3))
        dialog.findChild(QLineEdit, "noticeNoteEdit").setText("waiting for the meter")
    accept_next_dialog(notice)
    view.record_notice()
    loaded(view, window)
    stored = stored_callback(window, first["id"])
    [told] = stored["notices"]
    assert told["told_at"] == "2026-11-27T07:00:00Z" and told["how"] == "email"
    assert told["old_due_at"] == first["due_at"] and told["note"] == "waiting for the meter"
    assert local_due_date(stored["due_at"]) == date(2026, 12, 3)

    view.table.selectRow(0)
    wait_idle(window)
    details = view.findChild(QPlainTextEdit, "callbackDetails").toPlainText()
    from desk.ui.dates import local_date

    assert (f"caller told of a delay by e-mail: new date {local_date(date(2026, 12, 3))} "
            f"(was {local_date(date(2026, 11, 26))})") in details
    assert "taken: Billing (Aino)" in details and "not by e-mail" in details

    def answered(dialog):
        dialog.findChild(QLineEdit, "answeredByEdit").setText("Pekka from Billing")
        when = dialog.findChild(QDateTimeEdit, "answeredAtEdit")
        assert when.maximumDateTime() <= QDateTime.currentDateTime().addYears(1)
        when.setDateTime(when.dateTime().addSecs(-1800))
    accept_next_dialog(answered)
    view.mark_answered()
    loaded(view, window)
    stored = stored_callback(window, first["id"])
    assert stored["answered_by"] == "Pekka from Billing"
    assert stored["answered_at"] == "2026-11-27T07:30:00Z"
    assert view.model.ids == []
    view.close()
    assert local_due_date(stored["notices"][0]["new_due_at"]) == date(2026, 12, 3)


def test_reminder_when_a_callback_becomes_due_then_overdue(make_console, qtbot, db, clock,
                                                           tmp_path):
    config = branch(tmp_path)
    seed(db, clock, config)  # due Thursday 26th and Monday 30th
    clock.set("2026-11-25T08:00:00Z")
    window = make_console(config=config)
    wait_idle(window)
    assert not any("Callbacks:" in t for t in window.banners.texts())
    clock.set("2026-11-26T08:00:00Z")
    window.callbacks.remind()
    qtbot.waitUntil(lambda: any("0 overdue, 1 due today" in t for t in window.banners.texts()))
    clock.set("2026-11-27T08:00:00Z")
    window.callbacks.remind()
    qtbot.waitUntil(lambda: any("1 overdue, 0 due today" in t for t in window.banners.texts()))


def test_f7_opens_the_callbacks_window_from_the_console(make_console, qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    window = make_console(config=branch(tmp_path))
    qtbot.keyClick(window, Qt.Key.Key_F7)
    view = window.callbacks.view
    assert view is not None and view.isVisible()
    assert isinstance(view, QMainWindow) and view.objectName() == "CallbacksWindow"
    assert "Callbacks…" in [a.text() for a in window.tools_menu.actions()]
    view.close()


def test_typing_a_search_runs_off_the_ui_thread(make_console, qtbot, db, clock, tmp_path):
    config = branch(tmp_path)
    _first, second = seed(db, clock, config)
    window = make_console(config=config)
    window.callbacks.open_view()
    wait_idle(window)
    view = window.callbacks.view
    searched_on = []
    desk = window.ops.thread.context.desks.callbacks  # the log thread's own desk
    listing_ids = desk.listing_ids
    desk.listing_ids = lambda **filters: (searched_on.append(threading.current_thread().name),
                                          listing_ids(**filters))[1]
    qtbot.keyClicks(view.search, "Reyes")
    qtbot.waitUntil(lambda: view.model.ids == [second["id"]], timeout=3000)
    view.search.clear()
    qtbot.waitUntil(lambda: len(view.model.ids) == 2, timeout=3000)
    assert searched_on and set(searched_on) == {"desk-log"}
