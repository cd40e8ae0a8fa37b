"""Test helpers: read the call log the way a supervisor would, once the console saved it."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication


def wait_idle(window, timeout_s: float = 10.0) -> None:
    """Let the console's log thread finish what it queued (results delivered too)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if window.ops.idle():
            QCoreApplication.processEvents()  # deliver the last results on the UI thread
            return
        time.sleep(0.002)  # polling a real thread, not waiting for time to pass
    raise AssertionError("the console's log thread did not finish in time")


def saved_log(window):
    """A separate read connection to the console's call log, after its queue drained."""
    from desk.store.db import open_db

    wait_idle(window)
    escalation = getattr(window, "escalation", None)
    if escalation is not None:  # the alarm keeps its own record, written behind the send
        assert escalation.service.flush(10), "the alarm's record did not reach the log"
    reader = getattr(window, "_test_reader", None)
    if reader is None:
        reader = open_db(window.services.db_path, migrate=False)
        window._test_reader = reader
    return reader


def loaded(view, window) -> None:
    """The callbacks window's list, summary and every page of rows, read off the UI thread."""
    wait_idle(window)
    for number in range(view.model.rowCount()):
        view.model.row(number)
    wait_idle(window)


def stored_callback(window, callback_id: int) -> dict:
    """A callback as the log holds it now (after the console's queue drained)."""
    from desk.core.callback_desk import CallbackDesk

    services = window.services
    desk = CallbackDesk(saved_log(window), services.clock, services.config, "", "")
    return desk.get(callback_id)
