"""The console's start path: a current log is opened and first read without sqlite-utils;
the migration machinery loads only when the log is behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.store.db import finish_lazy_open, open_db
from desk.store.lazy_db import LazyDatabase
from desk.store.schema_steps import MIGRATION_SET, SCHEMA_STEPS

ROOT = Path(__file__).resolve().parents[2]


def console_env(tmp_path: Path, quit_after: str) -> dict:
    """A console process of its own: offscreen, its home in ``tmp_path``, quitting at
    ``quit_after`` ("paint" or "ready")."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
                XDG_RUNTIME_DIR=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "st"),
                DESK_QUIT_AFTER_SHOWN=quit_after, PYTHONPATH=str(ROOT))


def test_the_start_path_knows_every_migration_step():
    from desk.store.migrations import migrations

    assert migrations.name == MIGRATION_SET
    assert tuple(m.name for m in migrations._migrations) == SCHEMA_STEPS


def test_a_current_log_opens_lazily_and_builds_sqlite_utils_when_a_write_needs_it(db_path):
    db = open_db(db_path, lazy=True)
    try:
        assert isinstance(db, LazyDatabase) and not db.built
        assert list(db.query("select count(*) as n from calls")) == [{"n": 0}]
        assert db.execute("select count(*) from callbacks").fetchone() == (0,)
        assert not db.built  # plain reads went straight to sqlite3
        db["calls"].insert({"started_at": "2026-11-23T09:00:00Z", "caller_name": "Test"})
        assert db.built
        assert db.execute("select caller_name from calls").fetchall() == [("Test",)]
        finish_lazy_open(db, db_path)  # nothing behind: nothing to do
    finally:
        db.conn.close()


def test_a_new_log_or_one_that_is_behind_opens_with_the_migrations(tmp_path, db_path):
    fresh = open_db(tmp_path / "new.db", lazy=True)
    assert not isinstance(fresh, LazyDatabase)  # created and migrated as always
    fresh.conn.close()
    import sqlite3

    with sqlite3.connect(db_path) as conn:  # as if the last step had not been applied
        conn.execute("delete from _sqlite_migrations where name = ?", [SCHEMA_STEPS[-1]])
    conn.close()
    behind = open_db(db_path, lazy=True, migrate=False)
    assert not isinstance(behind, LazyDatabase)
    assert SCHEMA_STEPS[-1] not in {name for (name,) in behind.execute(
        "select name from _sqlite_migrations")}
    behind.conn.close()


FIRST_READ = """
import sys
from desk.ui.console import window

seen = []
original = window._unfinished_calls


def first_read(ctx):  # the console's first read of the log, on its log thread
    seen.append(sorted(m for m in ("sqlite_utils", "click") if m in sys.modules))
    return original(ctx)


window._unfinished_calls = first_read
from desk.app import main

status = main(["--db", sys.argv[1]])
print("status", status, "loaded at the first read:", seen)
"""


@pytest.mark.process
def test_the_console_reads_its_log_first_without_loading_sqlite_utils(db_path, tmp_path):
    """About 0.1 s of start-up: opening and first reading a current log needs sqlite3 only
    (sqlite-utils loads afterwards, when the console is ready)."""
    env = console_env(tmp_path, "ready")
    done = subprocess.run([sys.executable, "-c", FIRST_READ, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert "status 0 loaded at the first read: [[]]" in done.stdout, done.stdout + done.stderr


FIRST_PAINT = """
import sys
from desk.ui.console import window

HEAVY = ("sqlite_utils", "cryptography", "phonenumbers", "email_validator", "psycopg",
         "PySide6.QtNetwork", "desk.store.incident_model",
         "desk.alerts.service", "desk.alerts.webhook", "desk.alerts.email", "desk.alerts.lan",
         "desk.mail", "desk.ui.review", "desk.ui.tray", "desk.platform.autostart")
seen = []
built = window.DeskConsole.__init__


def init(self, *args, **kwargs):
    built(self, *args, **kwargs)
    self.first_paint.connect(lambda: seen.append(sorted(m for m in HEAVY
                                                        if m in sys.modules)))


window.DeskConsole.__init__ = init
from desk.app import main

status = main(["--db", sys.argv[1], "--config", sys.argv[2]])
print("status", status, "loaded at the first paint:", seen)
"""


@pytest.mark.process
def test_the_first_frame_loads_no_heavy_module_even_with_every_channel(db_path, tmp_path):
    """What the first frame shows (button, numbers, board, the call) needs neither the alarm
    service nor its channels' modules (urllib, smtplib, the LAN link), nor the review, the
    notification area, cryptography, sqlite-utils, psycopg: they load after it."""
    from tests.alerts.receivers import free_port

    config = tmp_path / "branch.toml"
    config.write_text(f"""[branch]
name = "Malmö"

[[security.channels]]
type = "webhook"
url = "http://127.0.0.1:{free_port()}/alarm"

[[security.channels]]
type = "email"
to = ["security@example.org"]
smtp_host = "127.0.0.1"
smtp_port = {free_port()}

[[security.channels]]
type = "lan"
key = "UUkNYEPpi1dVWPGdNh39EK3d3PAkwTra63DyYK8/jXQ="
interface = "127.0.0.1"
port = {free_port()}
ttl = 0
""", encoding="utf-8")
    config.chmod(0o600)  # it holds the branch key
    env = console_env(tmp_path, "paint")
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(db_path), str(config)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert "status 0 loaded at the first paint: [[]]" in done.stdout, done.stdout + done.stderr


def test_an_alarm_pressed_before_the_first_paint_goes_out(make_console, qtbot, tmp_path):
    """The button is there from the first frame: a press before the alarm service exists
    builds it there and then and sends."""
    from PySide6.QtWidgets import QPushButton

    from desk import config as config_mod
    from tests.alerts.receivers import WebhookReceiver

    receiver = WebhookReceiver()
    try:
        path = tmp_path / "branch.toml"
        path.write_text(f'[branch]\nname = "Espoo"\n\n[[security.channels]]\ntype = "webhook"'
                        f'\nurl = "{receiver.url}"\n', encoding="utf-8")
        window = make_console(config=config_mod.load(path), open_db=False)
        assert not window._painted  # no event has been processed since show()
        window.findChild(QPushButton, "securityButton").click()
        assert window.escalation.panel.isVisible()  # the board at once
        posts = receiver.wait_for(1, timeout=5)
        assert [post["message"] for post in posts] == ["alarm"], posts
        qtbot.waitUntil(lambda: window.ready)
    finally:
        receiver.stop()


def test_the_alarm_starts_when_the_log_is_slow(make_console, qtbot, monkeypatch):
    """The alarm's threads (the LAN listener, the channel checks) start right after the
    first paint, never waiting for the log; the parts with nothing on screen come a moment
    later if the log takes long."""
    from desk.ui.console import window as window_mod

    monkeypatch.setattr(window_mod, "REST_AFTER_MS", 0)
    monkeypatch.setattr(window_mod.DeskConsole, "_read_log", lambda self: None)  # never opens
    window = make_console(open_db=False)
    qtbot.waitUntil(lambda: window.escalation.started)
    qtbot.waitUntil(lambda: window.autostart is not None)  # the later parts too
    assert not window.ready


def test_a_console_closed_before_its_log_opened_starts_nothing_afterwards(make_console, qtbot,
                                                                          monkeypatch):
    """Closed while the log was still opening: the later parts are not built (nor their
    threads started) by the timer that waits for a slow log."""
    from desk.ui.console import window as window_mod

    monkeypatch.setattr(window_mod, "REST_AFTER_MS", 50)
    monkeypatch.setattr(window_mod.DeskConsole, "_read_log", lambda self: None)  # never opens
    window = make_console(open_db=False)
    qtbot.waitUntil(lambda: window._painted)
    window.close()
    later = []
    window_mod.QTimer.singleShot(200, lambda: later.append(True))
    qtbot.waitUntil(lambda: bool(later))
    assert window.autostart is None and window.tray is None


FONTS_SEEN = """
import sys
from PySide6.QtWidgets import QApplication
from desk.ui import fonts
from desk.ui.console import window

seen = []
built = window.DeskConsole.__init__


def has_font():
    return fonts.DEVANAGARI in QApplication.instance().font().families()


def init(self, *args, **kwargs):
    built(self, *args, **kwargs)
    self.first_paint.connect(lambda: seen.append(("paint", has_font())))
    # DESK_QUIT_AFTER_SHOWN=ready quits a turn after ready: what ready queued has run.
    QApplication.instance().aboutToQuit.connect(lambda: seen.append(("ready", has_font())))


window.DeskConsole.__init__ = init
from desk.app import main

status = main(["--db", sys.argv[1], "--lang", sys.argv[2]])
print("status", status, "font:", seen)
"""


@pytest.mark.process
@pytest.mark.parametrize(("lang", "at_paint"), [("hi", True), ("fi", False)])
def test_the_devanagari_font_loads_before_a_hindi_first_frame_and_after_ready_otherwise(
        db_path, tmp_path, lang, at_paint):
    """A Hindi console draws its first frame with the bundled Devanagari font; any other
    loads it once ready (for a caller's name in Devanagari), off the start path."""
    env = console_env(tmp_path, "ready")
    done = subprocess.run([sys.executable, "-c", FONTS_SEEN, str(db_path), lang], env=env,
                          capture_output=True, text=True, timeout=120)
    assert f"status 0 font: [('paint', {at_paint}), ('ready', True)]" in done.stdout, \
        done.stdout + done.stderr


FEATURE_SCAN = """
import inspect, sys
from desk.app import _skip_feature_scan
import PySide6.QtCore
from PySide6.support import feature

_skip_feature_scan()
read = []
original = inspect.getsource
inspect.getsource = lambda obj: read.append(obj.__name__) or original(obj)
sys.path.insert(0, sys.argv[1])
import desk_probe_module  # imported after PySide6, as the console's parts are
print("read:", read, "marked:", feature.pyside_feature_dict.get("desk_probe_module"))
"""


@pytest.mark.process
def test_modules_imported_after_pyside6_are_not_read_for_its_features(tmp_path):
    """PySide6 reads the source of every module imported after it (for ``__feature__``,
    which Desk never asks for): the console marks them "no feature" without the read."""
    (tmp_path / "desk_probe_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", FEATURE_SCAN, str(tmp_path)],
                          capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert "read: [] marked: 0" in done.stdout, done.stdout + done.stderr


HAND_OVER = """
import sys
from desk.app import main

status = main(["--db", sys.argv[1]])
print("status", status, "qt loaded:", any(m.startswith("PySide6") for m in sys.modules),
      "config loaded:", "desk.config.loader" in sys.modules)
"""


@pytest.mark.process
@pytest.mark.skipif(sys.platform == "win32", reason="the console's socket is a Unix socket")
def test_a_second_start_hands_over_to_the_running_console_before_loading_qt(db_path, tmp_path):
    """A second click on the icon (or Desk kept in the notification area): the console that
    runs is asked to come to the front, with the start's options, before the new process
    loads the config or Qt."""
    import json
    import socket
    import threading

    from desk import instance_link

    env = dict(os.environ, HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               DESK_QUIT_AFTER_SHOWN="ready", PYTHONPATH=str(ROOT))
    address = instance_link.server_address(db_path)  # where the console of db_path listens
    heard = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(address)
        server.listen(1)

        def console():  # answers as a running console does
            conn, _ = server.accept()
            with conn:
                heard.append(json.loads(conn.makefile("r", encoding="utf-8").readline()))
                conn.sendall(b"ok pid=1\n")

        thread = threading.Thread(target=console, daemon=True)
        thread.start()
        done = subprocess.run([sys.executable, "-c", HAND_OVER, str(db_path)], env=env,
                              capture_output=True, text=True, timeout=60)
        thread.join(10)
    os.unlink(address)
    assert "already running" in done.stdout, done.stdout + done.stderr
    assert "status 0 qt loaded: False config loaded: False" in done.stdout, done.stdout
    assert heard == [{"do": "raise", "argv": ["--db", str(db_path)]}]


COLLECTIONS = """
import gc
import sys

from desk.cli import main

automatic, explicit = [], [False]
gc.callbacks.append(lambda phase, info: phase == "start" and not explicit[0]
                    and automatic.append(info["generation"]))
collect = gc.collect


def counted(*args):  # the console's own collector (on the UI thread's timer, at exit)
    explicit[0] = True
    try:
        return collect(*args)
    finally:
        explicit[0] = False


gc.collect = counted
status = main(["--db", sys.argv[1]])
print("status", status, "automatic collections:", len(automatic),
      "set aside:", gc.get_freeze_count() > 10_000)
"""


@pytest.mark.process
def test_no_collection_runs_while_the_console_starts_and_its_objects_are_then_set_aside(
        db_path, tmp_path):
    """Python's cycle collector stays off from the start to "ready" (it would walk the
    objects being made again and again), and once ready what the start made is set aside:
    the console's collection every 10 s walks only what came later (a pause of ~1 ms on
    the UI thread instead of ~8)."""
    done = subprocess.run([sys.executable, "-c", COLLECTIONS, str(db_path)],
                          env=console_env(tmp_path, "ready"), capture_output=True, text=True,
                          timeout=120)
    assert "status 0 automatic collections: 0 set aside: True" in done.stdout, \
        done.stdout + done.stderr
