"""Real console processes: one per call log, the phone drives the call, a crash leaves no lock.

Every child's stderr is read: a line that is not one of the offscreen platform's harmless
notices fails the test.
"""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desk import instance_link

pytestmark = pytest.mark.process

HARMLESS = ("This plugin does not support propagateSizeHints",
            "This plugin does not support raise", "This plugin does not support activateWindow")


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()
            and not any(h in line for h in HARMLESS)]


def desk_env(tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_RUNTIME_DIR=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               DESK_ANNOUNCE_READY="1")
    env.pop("DESK_DB", None)
    env.pop("DESK_CONFIG", None)
    return env


class Console:
    """A real ``desk`` console process whose output is read as it comes."""

    def __init__(self, db: Path, env: dict):
        self.proc = subprocess.Popen([sys.executable, "-m", "desk", "--db", str(db)], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.err: list[str] = []
        threading.Thread(target=self._pump, args=(self.proc.stdout, self.lines.put),
                         daemon=True).start()
        self._err_thread = threading.Thread(target=self._pump,
                                            args=(self.proc.stderr, self.err.append), daemon=True)
        self._err_thread.start()

    @staticmethod
    def _pump(stream, sink) -> None:
        for line in stream:
            sink(line)

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if "desk ready" in self.lines.get(timeout=0.2):
                    return
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
        raise AssertionError(f"console not ready; stderr: {''.join(self.err)}")

    def stop(self, sig=signal.SIGTERM) -> str:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        self.proc.wait(timeout=15)
        self._err_thread.join(timeout=5)
        self.proc.stdout.close()
        self.proc.stderr.close()
        return "".join(self.err)


def run_desk(env: dict, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desk", *argv], env=env, capture_output=True,
                          text=True, timeout=60)


def wait_for_row(db: Path, query: str, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                row = conn.execute(query).fetchone()
            if row:
                return row
        except sqlite3.OperationalError:
            pass  # not created or migrated yet
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {query}")


def wait_until(predicate, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_one_console_per_call_log_and_a_crash_leaves_no_lock(tmp_path):
    db, env = tmp_path / "desk.db", desk_env(tmp_path)
    first = Console(db, env)
    try:
        first.wait_ready()
        incoming = run_desk(env, "incoming", "+358401234567", "--name", "Test Caller",
                            "--db", str(db))
        assert incoming.returncode == 0 and "handed to the console" in incoming.stdout
        assert unexpected(incoming.stderr) == []
        row = wait_for_row(db, "select caller_name, answered_at from calls where caller_number"
                               " = '+358401234567' and rang_at is not null and ended_at is null")
        assert row == ("Test Caller", None)  # ringing: not answered yet

        second = run_desk(env, "--db", str(db))
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout and unexpected(second.stderr) == []
        assert first.proc.poll() is None  # the first console stays
        assert instance_link.console_pid(db) == first.proc.pid
        assert wait_for_row(db, "select count(*) from calls")[0] == 1  # no second console
    finally:
        assert unexpected(first.stop(signal.SIGKILL)) == []

    assert Path(instance_link.server_address(db)).exists()  # the crash left its socket
    assert instance_link.console_pid(db) is None
    third = Console(db, env)
    try:
        third.wait_ready()
        assert instance_link.console_pid(db) == third.proc.pid
    finally:
        assert unexpected(third.stop()) == []


def test_incoming_starts_the_console_when_none_runs(tmp_path):
    db, env = tmp_path / "desk.db", desk_env(tmp_path)
    done = run_desk(env, "incoming", "040 765 4321", "--name", "Test Caller", "--db", str(db))
    assert done.returncode == 0 and "started the console" in done.stdout
    assert unexpected(done.stderr) == []
    pid = wait_until(lambda: instance_link.console_pid(db))
    try:
        row = wait_for_row(db, "select caller_name from calls where caller_number = "
                               "'+358407654321'")
        assert row == ("Test Caller",)
    finally:
        os.kill(pid, signal.SIGTERM)
        wait_until(lambda: instance_link.console_pid(db) is None)
    assert not list((tmp_path / "state").rglob("crash-*.txt"))


def test_two_call_logs_get_two_consoles(tmp_path):
    env = desk_env(tmp_path)
    a = Console(tmp_path / "a.db", env)
    b = Console(tmp_path / "b.db", env)
    try:
        a.wait_ready()
        b.wait_ready()
        assert a.proc.poll() is None and b.proc.poll() is None
    finally:
        assert unexpected(a.stop()) == [] and unexpected(b.stop()) == []


def test_two_desks_started_at_once_leave_one_console(tmp_path):
    db, env = tmp_path / "desk.db", desk_env(tmp_path)
    a, b = Console(db, env), Console(db, env)  # a double click
    try:
        gone = wait_until(lambda: [c for c in (a, b) if c.proc.poll() is not None])
        assert len(gone) == 1 and gone[0].proc.returncode == 0
        stays = b if gone[0] is a else a
        assert instance_link.console_pid(db) == stays.proc.pid
    finally:
        assert unexpected(a.stop()) == [] and unexpected(b.stop()) == []
