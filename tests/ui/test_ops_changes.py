"""Views follow what the log says changed (``LogOps.changed``), not whoever wrote it.

A callback saved from the call panel shows in an open callbacks window and in the caller's
history; one answered elsewhere leaves the window and the due notice's counts; no reload is
called by the writer or the test.
"""

from __future__ import annotations

import pytest
from plyer import notification
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from desk import config as config_mod
from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import CallbackForm
from desk.ui.ops import Change, run_op
from tests.helpers import loaded


def _branch(tmp_path):
    """Callbacks are due the next working day: a new one counts as "due next"."""
    path = tmp_path / "branch.toml"
    path.write_text('[norms]\ncallback_days = 1\ncallback_day_kind = "business"\n'
                    '[[departments]]\nname = "Billing"\n[[departments]]\nname = "Technical"\n',
                    encoding="utf-8")
    return config_mod.load(path)


@pytest.fixture
def console(make_console, qtbot, tmp_path, db, clock, monkeypatch):
    """A console with one overdue callback, its due notice up (no desktop notifications
    here) and the callbacks window open."""
    def no_desktop(**_kwargs):
        raise NotImplementedError("no backend")
    monkeypatch.setattr(notification, "notify", no_desktop)
    config = _branch(tmp_path)
    clock.set("2026-11-23T09:00:00Z")
    CallbackDesk(db, clock, config, "Aino", "desk-1").take(CallbackForm(
        full_name="Jose Reyes", question="Router blinks red", email="jose@example.org",
        department="Technical"))
    clock.set("2026-11-25T09:00:00Z")  # Monday's callback is overdue now
    window = make_console(config=config)
    qtbot.waitUntil(lambda: any("1 overdue, 0 due today" in t for t in window.banners.texts()))
    window.callbacks.open_view()
    view = window.callbacks.view
    qtbot.addWidget(view)
    loaded(view, window)
    assert view.model.rowCount() == 1
    return window


def _summary(window) -> str:
    return window.callbacks.view.findChild(QLabel, "callbackSummary").text()


def test_a_callback_saved_from_the_call_panel_shows_in_the_open_window_and_history(
        console, qtbot):
    window = console
    panel = window.call_panel
    panel.start_button.click()  # F2, with the callbacks window in front
    panel.number.setText("040 765 4321")
    panel.number.editingFinished.emit()
    qtbot.keyClicks(panel.name, "Laura Virtanen")
    panel.notes.setPlainText("Invoice shows the October reading twice")
    history = window.caller_history
    qtbot.waitUntil(lambda: not history.name_pause.isActive()
                    and "No earlier calls" in history.text.text())  # looked up, settled
    window.callbacks.button.click()  # F6
    dialog = window.findChild(QDialog, "CallbackDialog")
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    qtbot.waitUntil(lambda: window.callbacks.dialog is None)  # the log has it

    view = window.callbacks.view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtbot.waitUntil(lambda: _summary(window).startswith(
        "2 shown · 1 overdue · 0 due today · 1 due on the next working day"))
    qtbot.waitUntil(lambda: "Open callbacks" in history.text.text())
    assert "Billing" in history.text.text()


def test_a_callback_answered_elsewhere_leaves_the_window_and_the_overdue_count(console, qtbot):
    window = console
    [overdue] = window.callbacks.view.model.ids
    run_op(window, lambda ctx: ctx.callbacks.answered(overdue, "phone"),
           changes={Change.CALLBACKS})
    view = window.callbacks.view
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    qtbot.waitUntil(lambda: _summary(window).startswith("0 shown · 0 overdue"))
    qtbot.waitUntil(lambda: not any("overdue" in t for t in window.banners.texts()))

