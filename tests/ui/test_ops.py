"""``run_op(widget, fn)``: any widget inside the console reaches its one log thread."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desk.ui.ops import Change, read_op, run_op


def test_run_op_finds_the_consoles_log_from_any_widget_inside_it(make_console, qtbot):
    window = make_console()
    deep = window.call_panel.checklist.list  # a widget several parents down
    seen = {}
    read_op(deep, lambda ctx: ctx.calls.topics()).success(lambda t: seen.setdefault("topics", t))
    read_op(deep, lambda ctx: 1 / 0).failure(lambda exc: seen.setdefault("error", exc))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen["topics"] == [] and isinstance(seen["error"], ZeroDivisionError)


def test_an_op_gets_desks_and_no_database(make_console, qtbot):
    window = make_console()
    seen = {}
    read_op(window, lambda ctx: hasattr(ctx, "db")).success(lambda has: seen.update(db=has))
    qtbot.waitUntil(lambda: "db" in seen)
    assert seen["db"] is False


def test_a_write_says_what_it_changed_once_it_lands(make_console, qtbot):
    window = make_console()
    qtbot.waitUntil(lambda: window.ready)
    qtbot.waitUntil(window.ops.idle)  # the parts' own first writes (phone queue, identity)
    told = []
    window.ops.changed.connect(told.append)
    run_op(window, lambda ctx: ctx.drafts.save("test", None, {"a": 1}, "2026-11-23T09:00:00Z"),
           changes={Change.DRAFTS})
    read_op(window, lambda ctx: None)  # a read says nothing
    qtbot.waitUntil(window.ops.idle)
    assert told == [{Change.DRAFTS}]


def test_a_write_that_does_not_say_what_it_changes_is_refused(make_console):
    window = make_console()
    with pytest.raises(ValueError, match="says what it changes"):
        run_op(window, lambda ctx: ctx.drafts.clear("test"), changes=())
    with pytest.raises(ValueError):
        run_op(window, lambda ctx: None, changes={"call"})  # not a name views know


def test_a_widget_outside_any_console_is_told_so(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(RuntimeError, match="no console"):
        run_op(label, lambda ctx: None, changes={Change.CALLS})
