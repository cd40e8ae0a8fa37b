"""Supervised loops: a failing round comes back, a dead thread comes back, a stuck one shows."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from desk.core.backoff import next_attempt_at, retry_delay_s
from desk.supervisor import Supervisor


class Kill(BaseException):
    """Kills a thread outright (not an ``Exception``: nothing in the loop catches it)."""


class States:
    def __init__(self):
        self.seen = []
        self.cond = threading.Condition()

    def __call__(self, state):
        with self.cond:
            self.seen.append(state)
            self.cond.notify_all()

    def wait(self, predicate, timeout=10.0):
        with self.cond:
            return self.cond.wait_for(lambda: any(predicate(s) for s in self.seen), timeout)


def supervised(**loops):
    states = States()
    supervisor = Supervisor(states, restart_first_s=0.01, watch_s=0.05)
    for name, (step, deadline) in loops.items():
        supervisor.add(name, step, deadline_s=deadline)
    supervisor.start()
    return supervisor, states


@pytest.mark.logs_errors
def test_a_round_that_raises_is_reported_and_the_loop_goes_on():
    rounds = []
    done = threading.Event()

    def step():
        rounds.append(1)
        if len(rounds) == 1:
            raise RuntimeError("injected")
        done.set()
        return 10.0

    supervisor, states = supervised(work=(step, 5.0))
    try:
        assert done.wait(10)
        assert states.wait(lambda s: s.status == "restarting" and "injected" in s.last_error)
        assert states.wait(lambda s: s.status == "running" and s.restarts == 1)
        [state] = supervisor.states()
        assert state.restarts == 1 and state.status in ("running", "waiting")
    finally:
        supervisor.stop(5)
    assert supervisor.states()[0].status == "stopped"


def test_a_log_locked_by_another_program_is_waited_for_not_logged_as_an_error(caplog):
    from desk.store.log_thread import Busy

    rounds = []
    done = threading.Event()

    def step():
        rounds.append(1)
        if len(rounds) == 1:
            raise Busy("busy", "the call log did not take it in time: busy")
        done.set()
        return 10.0

    supervisor, states = supervised(work=(step, 5.0))
    try:
        assert done.wait(10)  # tried again, as after any failed round
        assert states.wait(lambda s: s.status == "restarting" and "busy" in s.last_error)
    finally:
        supervisor.stop(5)
    said = [r for r in caplog.records if r.name == "desk.supervisor"]
    assert any(r.levelname == "WARNING" and "work waits" in r.getMessage() for r in said)
    assert not [r for r in said if r.levelname == "ERROR"]  # no logs_errors mark: none logged


@pytest.mark.logs_errors
def test_a_thread_killed_outright_is_seen_at_once_and_started_again():
    calls = []
    back = threading.Event()

    def step():
        calls.append(threading.current_thread())
        if len(calls) == 1:
            raise Kill()
        back.set()
        return 10.0

    supervisor, states = supervised(work=(step, 5.0))
    try:
        assert states.wait(lambda s: s.status == "restarting" and s.detail == "the thread died")
        assert back.wait(10)
        assert states.wait(lambda s: s.status == "running" and s.restarts == 1)
        assert calls[0] is not calls[1]  # a new thread took over
    finally:
        supervisor.stop(5)


@pytest.mark.logs_errors
def test_a_round_past_its_deadline_is_stuck_and_the_others_go_on():
    release, others = threading.Event(), threading.Event()

    def slow():
        release.wait(10)
        return 10.0

    def quick():
        others.set()
        return 0.01

    supervisor, states = supervised(slow=(slow, 0.1), quick=(quick, 5.0))
    try:
        assert states.wait(lambda s: s.name == "slow" and s.status == "stuck")
        assert others.wait(5)
        release.set()
        assert states.wait(lambda s: s.name == "slow" and s.status == "waiting")
    finally:
        release.set()
        supervisor.stop(5)


def test_wake_starts_the_next_round_at_once():
    rounds = threading.Semaphore(0)

    def step():
        rounds.release()
        return 3600.0  # would sleep an hour without the wake

    supervisor, _ = supervised(work=(step, 5.0))
    try:
        assert rounds.acquire(timeout=5)
        supervisor.wake("work")
        assert rounds.acquire(timeout=5)
    finally:
        supervisor.stop(5)


def test_adding_a_loop_to_a_running_supervisor_starts_it():
    supervisor, _ = supervised()
    ran = threading.Event()
    try:
        supervisor.add("late", lambda: ran.set() or 10.0)
        assert ran.wait(5)
    finally:
        supervisor.stop(5)


def test_backoff_is_capped_without_overflow_however_many_retries():
    assert [retry_delay_s(n) for n in range(1, 9)] == [1, 2, 4, 8, 16, 32, 60, 60]
    assert retry_delay_s(1025) == 60.0
    assert retry_delay_s(10 ** 9, cap=15.0) == 15.0
    now = datetime(2026, 11, 23, 9, tzinfo=UTC)
    assert (next_attempt_at(now, 10 ** 12) - now).total_seconds() == 60.0
