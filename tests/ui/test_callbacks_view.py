"""The callbacks window: due and overdue said in words, search, and the actions on a callback."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel

from desk import config as config_mod
from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import CallbackForm
from tests.helpers import loaded, stored_callback, wait_idle


def branch(tmp_path):
    path = tmp_path / "branch.toml"
    path.write_text('[norms]\ncallback_day_kind = "business"\n'  # the dates below count so
                    '[[departments]]\nname = "Billing"\n[[departments]]\nname = "Technical"\n',
                    encoding="utf-8")
    return config_mod.load(path)


def seed(db, clock, config):
    desk = CallbackDesk(db, clock, config, "Aino", "desk-1")
    first = desk.take(CallbackForm(full_name="Laura Virtanen", question="Billed twice",
                                   phone="040 123 4567", department="Billing"))
    clock.advance(days=2)
    second = desk.take(CallbackForm(full_name="Jose Reyes", question="Router blinks red",
                                    email="jose@example.org", department="Technical"))
    return first, second


def accept_next_dialog(setup=None):
    def run():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QDialog) and w.isVisible()
                      and w.objectName() == "callbackActionDialog")
        if setup:
            setup(dialog)
        dialog.accept()
    QTimer.singleShot(0, run)


def test_view_marks_overdue_in_words_searches_and_acts(make_console, qtbot, tmp_path, db,
                                                       clock):
    config = branch(tmp_path)
    first, second = seed(db, clock, config)
    clock.set("2026-11-27T08:00:00Z")  # the first is due Thursday 26th: now overdue
    window = make_console(config=config)
    window.callbacks.open_view()
    wait_idle(window)
    view = window.callbacks.view
    qtbot.addWidget(view)
    model = view.model
    loaded(view, window)
    assert model.rowCount() == 2
    texts = [model.data(model.index(r, 0)) for r in range(2)]
    assert texts == ["⚠ overdue", "◐ due next working day"]  # Friday; due Monday
    assert "1 overdue" in view.findChild(QLabel, "callbackSummary").text()

    view.search.setText("router")
    view.reload()
    loaded(view, window)
    assert model.rowCount() == 1 and model.data(model.index(0, 2)) == "Jose Reyes"
    view.search.setText("")
    view.reload()
    loaded(view, window)

    view.table.selectRow(0)
    accept_next_dialog(lambda d: d.findChild(QComboBox, "moveDepartmentCombo")
                       .setCurrentText("Technical"))
    view.move()
    loaded(view, window)
    view.table.selectRow(0)
    accept_next_dialog()
    view.mark_answered()
    loaded(view, window)
    assert model.rowCount() == 1
    stored = stored_callback(window, first["id"])
    assert stored["department"] == "Technical" and stored["answered_how"] == "phone"
    assert [e["kind"] for e in stored["events"]] == ["taken", "moved", "answered"]
    view.close()


def test_shift_start_reminder_falls_back_to_a_banner(make_console, qtbot, tmp_path, db, clock):
    config = branch(tmp_path)
    seed(db, clock, config)
    clock.set("2026-11-30T08:00:00Z")  # the first is overdue, the second due today
    window = make_console(config=config)
    # plyer has no notification backend on this machine: the console says it in a banner.
    qtbot.waitUntil(lambda: any("1 overdue, 1 due today" in text for text in window.banners.texts()))
