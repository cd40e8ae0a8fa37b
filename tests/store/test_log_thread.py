"""The log thread: writes keep their order, a busy log is retried, a broken one fails."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from desk.store.log_thread import Busy, Job, LogThread


class Recorder:
    def __init__(self):
        self.done: list[Job] = []
        self.finished = threading.Event()
        self.statuses: list[tuple] = []

    def on_done(self, job: Job) -> None:
        self.done.append(job)
        if len(self.done) >= self.expected:
            self.finished.set()


def run_jobs(jobs, expected=None):
    context = object()
    recorder = Recorder()
    recorder.expected = expected or len(jobs)
    thread = LogThread(lambda: context, lambda ctx: None,
                       on_status=lambda reason, labels: recorder.statuses.append(
                           (reason, labels)),
                       wait=lambda event, seconds: None)  # retries without waiting
    for fn, key, label in jobs:
        thread.submit(Job(fn=fn, on_done=recorder.on_done, key=key, label=label))
    thread.start()
    assert recorder.finished.wait(10)
    thread.stop()
    return recorder


def test_writes_run_in_order_and_a_newer_keyed_write_replaces_a_queued_one():
    seen = []
    gate = threading.Event()
    jobs = [(lambda ctx: gate.wait(5), None, "first"),
            (lambda ctx: seen.append("notes v1"), "notes", "notes"),
            (lambda ctx: seen.append("tick"), None, "tick"),
            (lambda ctx: seen.append("notes v2"), "notes", "notes")]
    recorder = Recorder()
    recorder.expected = 3
    thread = LogThread(lambda: object(), lambda ctx: None)
    for fn, key, label in jobs:
        thread.submit(Job(fn=fn, on_done=recorder.on_done, key=key, label=label))
    thread.start()
    gate.set()
    assert recorder.finished.wait(10)
    thread.stop()
    assert seen == ["tick", "notes v2"]  # the typed-over notes were never written


def test_a_busy_log_is_retried_until_the_write_lands_and_the_waiting_is_reported():
    attempts = []

    def write(ctx):
        attempts.append(1)
        if len(attempts) < 4:
            raise sqlite3.OperationalError("database is locked")
        return "landed"

    recorder = run_jobs([(write, None, "notes")])
    assert recorder.done[0].result == "landed" and recorder.done[0].error is None
    assert len(attempts) == 4
    assert recorder.statuses[0] == ("busy", ["notes"])
    assert recorder.statuses[-1][0] is None  # and then: all saved


def test_a_disk_full_write_is_kept_and_retried_too():
    attempts = []

    def write(ctx):
        attempts.append(1)
        if len(attempts) < 2:
            raise sqlite3.OperationalError("database or disk is full")

    recorder = run_jobs([(write, None, "a checklist tick")])
    assert recorder.statuses[0] == ("full", ["a checklist tick"])
    assert recorder.done[0].error is None


def test_a_bug_in_a_job_fails_that_job_only():
    def broken(ctx):
        raise ValueError("no such stage")

    recorder = run_jobs([(broken, None, "the stage"), (lambda ctx: 42, None, "next")])
    assert isinstance(recorder.done[0].error, ValueError)
    assert recorder.done[1].result == 42


def test_a_damaged_log_fails_every_job_at_once_with_the_same_reason(tmp_path):
    from desk.store.db import DatabaseProblem, open_db

    path = tmp_path / "damaged.db"
    path.write_bytes(b"\x13" * 4096)
    recorder = Recorder()
    recorder.expected = 2
    thread = LogThread(lambda: open_db(path), lambda db: db.conn.close())
    for _ in range(2):
        thread.submit(Job(fn=lambda db: None, on_done=recorder.on_done))
    thread.start()
    assert recorder.finished.wait(10)
    thread.stop()
    assert all(isinstance(job.error, DatabaseProblem) for job in recorder.done)
    assert path.read_bytes() == b"\x13" * 4096  # untouched


def test_busy_is_a_transient_reason():
    from desk.store.log_thread import transient_reason

    assert transient_reason(Busy("busy")) == "busy"
    assert transient_reason(sqlite3.OperationalError("attempt to write a readonly database")) \
        == "read-only"
    assert transient_reason(ValueError("x")) is None



def test_stopping_finishes_the_writes_still_queued():
    """Closing the console while writes wait: they land before the thread ends."""
    done = []
    gate = threading.Event()
    thread = LogThread(lambda: object(), lambda ctx: None)
    thread.submit(Job(fn=lambda ctx: gate.wait(5), on_done=lambda job: None))
    for n in range(3):
        thread.submit(Job(fn=lambda ctx, n=n: done.append(n), on_done=lambda job: None,
                          label="notes"))
    thread.start()
    stopper = threading.Thread(target=thread.stop, kwargs={"timeout": 5.0})
    stopper.start()
    gate.set()
    stopper.join(10)
    assert done == [0, 1, 2]


@pytest.mark.logs_errors
def test_stopping_gives_up_on_a_log_that_stays_locked():
    def locked(ctx):
        raise sqlite3.OperationalError("database is locked")

    finished = []
    thread = LogThread(lambda: object(), lambda ctx: None,
                       wait=lambda event, seconds: event.wait(0.01))
    thread.submit(Job(fn=locked, on_done=finished.append, label="notes"))
    thread.start()
    thread.stop(timeout=0.2)
    assert not thread.thread.is_alive()
    assert isinstance(finished[0].error, Busy)


def test_a_priority_job_goes_ahead_of_every_ordinary_job_queued_but_not_the_running_one():
    order = []
    gate, finished, started = threading.Event(), threading.Event(), threading.Event()
    thread = LogThread(lambda: object(), lambda ctx: None)
    thread.start()
    thread.submit(Job(fn=lambda ctx: (started.set(), gate.wait(5), order.append("running")),
                      on_done=lambda job: None))
    assert started.wait(5)
    for n in range(200):
        thread.submit(Job(fn=lambda ctx, n=n: order.append(f"write {n}"),
                          on_done=lambda job: None))
    thread.submit(Job(fn=lambda ctx: order.append("alarm 1"), on_done=lambda job: None,
                      priority=True))
    thread.submit(Job(fn=lambda ctx: order.append("alarm 2"), on_done=lambda job: None,
                      priority=True))
    thread.submit(Job(fn=lambda ctx: None, on_done=lambda job: finished.set()))
    gate.set()
    assert finished.wait(10)
    thread.stop()
    assert order[:4] == ["running", "alarm 1", "alarm 2", "write 0"]
    assert order[4:] == [f"write {n}" for n in range(1, 200)]


def test_call_returns_the_result_or_raises_the_error_of_fn_on_the_log_thread():
    thread = LogThread(lambda: "context", lambda ctx: None)
    thread.start()
    try:
        assert thread.call(lambda ctx: (ctx, threading.current_thread().name)) == \
            ("context", "desk-log")
        try:
            thread.call(lambda ctx: 1 / 0)
        except ZeroDivisionError:
            pass
        else:
            raise AssertionError("the job's error was not raised")
    finally:
        thread.stop()


def test_call_gives_up_at_its_timeout_and_a_job_not_started_never_runs():
    ran, gate = [], threading.Event()
    thread = LogThread(lambda: object(), lambda ctx: None)
    thread.start()
    thread.submit(Job(fn=lambda ctx: gate.wait(5), on_done=lambda job: None))
    try:
        thread.call(lambda ctx: ran.append(1), timeout=0.05)
    except Busy:
        pass
    else:
        raise AssertionError("a call stuck behind a running job did not time out")
    gate.set()
    thread.stop()
    assert ran == []


def test_a_failed_write_job_leaves_nothing_behind(db_path):
    """One transaction per job: what the job wrote before its error is rolled back."""
    from desk.store.log_thread import StoreContext, db_connection, open_connection

    thread = LogThread(lambda: StoreContext(open_connection(db_path)),
                       lambda ctx: ctx.db.conn.close(), connection=db_connection)
    thread.start()

    def half(ctx):
        ctx.db.execute("insert into drafts (kind, data, updated_at) values ('x', '{}', 'now')")
        raise ValueError("the second half failed")

    with pytest.raises(ValueError):
        thread.call(half)
    assert thread.call(lambda ctx: ctx.db.execute("select count(*) from drafts").fetchone(),
                       write=False) == (0,)
    thread.stop()


def test_a_background_call_that_gives_up_at_its_deadline_does_not_say_the_operator_waits():
    """The alarm's record going to the journal is not "Not saved yet" on the operator's
    screen; the caller of ``call`` hears why (the lock), and says it its own way."""
    statuses = []

    def locked(ctx):
        raise sqlite3.OperationalError("database is locked")

    thread = LogThread(lambda: object(), lambda ctx: None,
                       on_status=lambda reason, labels: statuses.append(reason),
                       wait=lambda event, seconds: event.wait(0.01))
    thread.start()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        thread.call(locked, priority=True, timeout=0.1)
    thread.stop()
    assert statuses == []
