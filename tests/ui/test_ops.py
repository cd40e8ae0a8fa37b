"""``run_op(widget, fn)``: any widget inside the console reaches its one log thread."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desk.ui.ops import read_op, run_op


def test_run_op_finds_the_consoles_log_from_any_widget_inside_it(make_console, qtbot):
    window = make_console()
    deep = window.call_panel.checklist.list  # a widget several parents down
    seen = {}
    run_op(deep, lambda ctx: ctx.db.execute("select count(*) from calls").fetchone()[0]) \
        .success(lambda n: seen.setdefault("calls", n))
    read_op(deep, lambda ctx: 1 / 0).failure(lambda exc: seen.setdefault("error", exc))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen["calls"] == 0 and isinstance(seen["error"], ZeroDivisionError)


def test_a_widget_outside_any_console_is_told_so(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(RuntimeError, match="no console"):
        run_op(label, lambda ctx: None)
