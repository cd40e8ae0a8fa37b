"""Real console processes: one per call log, the phone drives the call, a crash leaves no lock.

Every child's stderr is read: a line that is not one of the offscreen platform's harmless
notices fails the test.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desk import instance_link
from tests.security import accounts

make_account = accounts.make_account  # a fixture: a real second local account

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

    def __init__(self, db: Path, env: dict, python: str = sys.executable, **how):
        self.proc = subprocess.Popen([python, "-m", "desk", "--db", str(db)], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     **how)
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


def run_desk(env: dict, *argv: str, python: str = sys.executable,
             **how) -> subprocess.CompletedProcess:
    return subprocess.run([python, "-m", "desk", *argv], env=env, capture_output=True,
                          text=True, timeout=60, **how)


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
        third.wait_ready()  # it listens a turn after ready (the QtNetwork import waits)
        assert wait_until(lambda: instance_link.console_pid(db)) == third.proc.pid
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


def test_a_socket_folder_another_account_made_first_does_not_start_a_second_console(
        make_account):
    """Another account creates ``/tmp/desk-<uid>`` of the Desk user before Desk runs (to
    listen in, or to break the one-console guard). The user's consoles keep to one per log:
    the socket goes to a private folder in the user's home, and that folder is left alone.
    """
    user, other = make_account(), make_account()
    python, path = accounts.python_for(user)
    squatted = Path(f"/tmp/desk-{user.uid}")
    squatted.mkdir(mode=0o777)
    try:
        squatted.chmod(0o777)
        other.owns(squatted)
        home = user.home
        env = dict(desk_env(home), PYTHONPATH=path, XDG_RUNTIME_DIR=str(home / "run"))
        (home / "run").mkdir(mode=0o700)
        user.owns(home / "run")
        db = home / "desk.db"
        how = dict(python=python, **accounts.run_as(user))
        first = Console(db, env, **how)
        try:
            first.wait_ready()
            incoming = run_desk(env, "incoming", "+358401234567", "--db", str(db), **how)
            assert incoming.returncode == 0, incoming.stderr
            assert "handed to the console" in incoming.stdout  # not "started the console"
            second = run_desk(env, "--db", str(db), **how)
            assert second.returncode == 0 and "already running" in second.stdout
            assert first.proc.poll() is None
            private = home / ".cache" / "desk-run"
            assert [p.suffix for p in private.iterdir() if p.suffix == ".sock"] == [".sock"]
            assert stat.S_IMODE(private.stat().st_mode) == 0o700
            assert private.stat().st_uid == user.uid
            assert list(squatted.iterdir()) == []  # nothing of the user's in there
            assert f"{squatted} is not used (it belongs to another account" in incoming.stderr
        finally:
            stderr = first.stop()
        assert f"{squatted} is not used" in stderr
    finally:
        shutil.rmtree(squatted, ignore_errors=True)


def test_the_users_own_socket_folder_is_made_owner_only_again(make_account):
    user = make_account()
    python, path = accounts.python_for(user)
    folder = Path(f"/tmp/desk-{user.uid}")
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # an old umask, or a hand
    user.owns(folder)
    done = subprocess.run([python, "-c", "from desk import instance_link; "
                           "print(instance_link.server_address('desk.db'))"],
                          env=dict(desk_env(user.home), PYTHONPATH=path), capture_output=True,
                          text=True, timeout=60, **accounts.run_as(user))
    assert done.returncode == 0 and done.stdout.startswith(f"{folder}/"), done.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
