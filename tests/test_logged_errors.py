"""An error a supervised loop logs during a test fails that test, unless the test is marked.

The rule lives in tests/conftest.py; here it runs on a small test file in a pytest of its own
(a real ``Supervisor`` whose loop raises once) with this suite's conftest."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent

A_LOOP_THAT_FAILS = '''
import threading

import pytest

from desk.core.states import WorkerStatus
from desk.supervisor import Supervisor


def _run_a_loop_that_fails_once():
    restarting = threading.Event()
    failed = []

    def step():
        if not failed:
            failed.append(1)
            raise RuntimeError("the channel broke")
        return None

    def on_state(state):
        if state.status == WorkerStatus.RESTARTING:
            restarting.set()  # reported after the failure was logged

    supervisor = Supervisor(on_state, restart_first_s=0.01)
    supervisor.add("webhook", step)
    supervisor.start()
    try:
        assert restarting.wait(10)
    finally:
        supervisor.stop()


def test_unmarked():
    _run_a_loop_that_fails_once()


@pytest.mark.logs_errors
def test_marked():
    _run_a_loop_that_fails_once()


def test_quiet():
    pass
'''


def test_a_logged_error_fails_the_test_unless_marked(tmp_path):
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_loops.py").write_text(A_LOOP_THAT_FAILS, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    logs_errors: expected\n",
                                         encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "-rA", "test_loops.py"], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=120)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "FAILED test_loops.py::test_unmarked" in out
    assert "Desk logged an error during the test" in out
    assert "desk.supervisor: webhook failed (restart 1" in out
    assert "RuntimeError: the channel broke" in out
    assert "PASSED test_loops.py::test_marked" in out
    assert "PASSED test_loops.py::test_quiet" in out
