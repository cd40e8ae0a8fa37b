"""A log file only its owner reads; an unexpected error leaves a report and a calm dialog."""

from __future__ import annotations

import logging
import stat
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from desk.platform import logging_setup
from desk.ui.crash_dialog import show_crash_dialog


@pytest.fixture
def logs(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("DESK_LOG_DIR", str(folder))
    logger = logging.getLogger("desk")
    # A console opened by an earlier test (desk.app.main) may have set up its file already.
    for handler in logger.handlers[:]:
        if isinstance(handler, logging_setup.private_handler_class()):
            logger.removeHandler(handler)
            handler.close()
    before = list(logger.handlers)
    yield folder
    for handler in logger.handlers[:]:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_rotates_and_every_file_is_owner_only(logs, monkeypatch):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    path = logging_setup.setup_logging()
    assert path == logs / "desk.log" and mode(logs) == 0o700
    for n in range(100):
        logging.getLogger("desk.test").info("line %d with a caller number +358401234567", n)
    files = sorted(logs.glob("desk.log*"))
    assert len(files) > 2  # rotated
    assert {mode(f) for f in files} == {0o600}
    assert logging_setup.setup_logging() == path  # a second call adds no second handler
    assert sum(isinstance(h, logging_setup.private_handler_class())
               for h in logging.getLogger("desk").handlers) == 1


@pytest.mark.logs_errors
def test_an_unexpected_error_writes_a_report_and_shows_a_dialog(logs, make_console, capsys):
    window = make_console()
    previous = logging_setup.install_crash_handler(window, show_crash_dialog)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    reports = list(logs.glob("crash-*.txt"))
    assert len(reports) == 1 and mode(reports[0]) == 0o600
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text and "Python 3" in text and "Qt 6" in text
    box = window.findChild(QMessageBox, "crashDialog")
    assert box is not None and box.isVisible() and str(reports[0]) in box.informativeText()
    assert window.isVisible()  # the console is still there
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error: RuntimeError" in err
    box.close()
