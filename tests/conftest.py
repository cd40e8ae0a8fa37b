"""Shared fixtures: a fake clock, a migrated database per test, an offscreen console."""

from __future__ import annotations

import gc
import logging
import os
import shutil
import threading
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DESK_DB", None)
os.environ.pop("DESK_CONFIG", None)


@pytest.fixture(autouse=True)
def _own_data_dirs(tmp_path_factory, monkeypatch):
    """Every test gets its own home: nothing touches the user's real data dir."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # The machine-wide config dir too: a /etc/xdg/desk/branch.toml on this machine (an
    # installer test, a real install) must never become every test's config.
    # (A folder that does not exist: a test's other local accounts may look there too.)
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/nonexistent/desk-tests/xdg")
    monkeypatch.delenv("DESK_DB", raising=False)
    monkeypatch.delenv("DESK_CONFIG", raising=False)


class _ErrorRecords(logging.Handler):
    """Keeps every ERROR (and worse) that Desk logs, from any thread."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.seen = 0  # records already reported (by the test's call)
        self.guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self.guard:
            self.records.append(record)

    def new(self) -> list[logging.LogRecord]:
        with self.guard:
            fresh, self.seen = self.records[self.seen:], len(self.records)
        return fresh


def _describe(records: list[logging.LogRecord]) -> str:
    lines = []
    for record in records:
        lines.append(f"  {record.levelname} {record.name}: {record.getMessage()}")
        if record.exc_info and record.exc_info[1] is not None:
            lines.append(f"    {type(record.exc_info[1]).__name__}: {record.exc_info[1]}")
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def _desk_errors_fail_the_test(request):
    """An error Desk logs during a test (a supervised loop that failed, a listener that
    raised) fails it, as qutebrowser fails a test on an unexpected Qt warning. A test that
    provokes one on purpose says so with ``@pytest.mark.logs_errors``."""
    handler = _ErrorRecords()
    logger = logging.getLogger("desk")
    logger.addHandler(handler)
    request.node.stash[_ERRORS] = handler
    yield
    logger.removeHandler(handler)
    late = handler.new()  # logged while the fixtures were torn down
    if late and request.node.get_closest_marker("logs_errors") is None:
        pytest.fail("Desk logged an error while the test was torn down:\n" + _describe(late),
                    pytrace=False)


_ERRORS = pytest.StashKey[_ErrorRecords]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    handler = item.stash.get(_ERRORS, None)
    if handler is not None and item.get_closest_marker("logs_errors") is None:
        errors = handler.new()
        if errors:
            pytest.fail("Desk logged an error during the test (mark it "
                        "@pytest.mark.logs_errors if that is expected):\n" + _describe(errors),
                        pytrace=False)
    return result


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_main_thread():
    """As the console does (desk.ui.collector): no automatic cycle collection, which could
    run on a worker thread and free Qt wrappers there; collect after each test instead."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    gc.collect()


@pytest.fixture
def clock():
    from desk.core.clock import FakeClock

    return FakeClock("2026-11-23T09:00:00Z")  # a Monday


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> Path:
    from desk.store.db import open_db

    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_db(path)
    # Not bound to the template's own file: each test's copy is a new log that binds to
    # its own place at its first open (otherwise every test's log would be "a copy").
    with db.conn:
        db.conn.execute("delete from meta where key = 'log_home'")
    db.conn.close()
    return path


@pytest.fixture
def db_path(tmp_path, _template_db) -> Path:
    """A freshly migrated database file (migrated once per session, copied per test)."""
    path = tmp_path / "desk.db"
    shutil.copy(_template_db, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def db(db_path):
    from desk.store.db import open_db

    database = open_db(db_path)
    yield database
    database.conn.close()


@pytest.fixture
def content():
    from desk import content as content_mod

    return content_mod.load("en")


@pytest.fixture
def config():
    from desk import config as config_mod

    return config_mod.defaults()


@pytest.fixture
def desk_(db, clock, content):
    from desk.core.calls import CallDesk, Identity

    return CallDesk(db, clock, content, Identity("Aino", "desk-1", "Espoo"))


@pytest.fixture
def make_console(qtbot, db_path, clock, content):
    """Build a console on a fresh database with the fake clock; database opened."""
    from PySide6.QtWidgets import QApplication

    from desk import config as config_mod
    from desk.ui.console.window import DeskConsole
    from desk.ui.services import Services

    windows = []

    def build(config=None, path: Path | None = None, open_db: bool = True):
        services = Services(db_path=path or db_path, config=config or config_mod.defaults(),
                            clock=clock, content=content, language="en")
        window = DeskConsole(services)
        qtbot.addWidget(window)
        window.show()
        if open_db:
            qtbot.waitUntil(lambda: window.ready or window.problem is not None)
            # Widgets the features add to the shown window appear on the next event-loop
            # turn (Qt queues their show): let it happen before the test looks at them.
            QApplication.processEvents()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()  # stops timers, alarm workers and the log thread (queue drained)
        reader = getattr(window, "_test_reader", None)
        if reader is not None:
            reader.conn.close()
