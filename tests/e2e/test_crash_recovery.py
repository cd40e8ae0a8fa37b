"""Kill the real console mid-call with SIGKILL: the next start offers the call back."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

pytestmark = pytest.mark.process


def _env(tmp_path):
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                "XDG_RUNTIME_DIR": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")})
    return env


def _wait_for(query: str, path, deadline_s: float = 20.0):
    """Poll the database file a real process writes (bounded; returns the first row)."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        try:
            conn = sqlite3.connect(path, timeout=1)
            try:
                row = conn.execute(query).fetchone()
            finally:
                conn.close()
            if row:
                return row
        except sqlite3.OperationalError:
            pass  # not created or not migrated yet
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {query}")


def test_sigkill_mid_call_then_next_start_offers_it_back(tmp_path, make_console, qtbot):
    path = tmp_path / "desk.db"
    env = _env(tmp_path)
    console = subprocess.Popen([sys.executable, "-m", "desk", "--db", str(path)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for("select 1 from _sqlite_migrations where name = 'm002_phone_events'", path)
        queued = subprocess.run([sys.executable, "-m", "desk", "incoming", "040 123 4567",
                                 "--name", "Mikko Virtanen", "--no-start", "--db", str(path)],
                                env=env,
                                capture_output=True, text=True, timeout=30)
        assert queued.returncode == 0, queued.stderr
        call_id, started_at = _wait_for(
            "select id, started_at from calls where caller_number = '+358401234567'", path)
    finally:
        console.send_signal(signal.SIGKILL)
        console.wait(timeout=10)
        console.stderr.close()
    assert console.returncode == -signal.SIGKILL

    window = make_console(path=path)
    box = window.findChild(QMessageBox, "recoverCallDialog")
    assert box is not None and box.isVisible()
    box.findChild(QPushButton, "resumeCallButton").click()
    call = window.session.current()
    assert (call.id, call.started_at, call.caller_name) == (call_id, started_at, "Mikko Virtanen")
    assert window.call_panel.number.text() == "040 1234567"


def test_incoming_with_a_bad_number_is_refused(tmp_path):
    done = subprocess.run([sys.executable, "-m", "desk", "incoming", "not-a-number",
                           "--db", str(tmp_path / "d.db")], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert "is not a phone number" in done.stderr and "Traceback" not in done.stderr
