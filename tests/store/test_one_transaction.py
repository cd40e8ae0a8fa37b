"""A job the log thread retries after "database is locked" never doubles or loses a row.

Each multi-statement job the console (or its alarm recorder, or callback forwarding) runs
is run once cleanly, then again with one lock injected before its 1st, 2nd, … statement:
the log must end up exactly as after the clean run, row for row.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import date
from types import SimpleNamespace

import pytest
from sqlite_utils import Database

from desk import config as config_mod
from desk.core.callback_desk import CallbackDesk
from desk.core.callbacks import CallbackForm
from desk.core.calls import CallDesk, Identity
from desk.core.states import ForwardState
from desk.store import drafts, incidents, phone_events, ring_times
from desk.store.log_thread import Job, LogThread, db_connection

CONTROL = ("begin", "commit", "rollback", "savepoint", "release")


class FlakyConnection(sqlite3.Connection):
    """Counts the statements run after ``arm(n)`` and answers the n-th with a lock, once."""

    fail_at: int | None = None
    seen = 0

    def arm(self, n: int | None) -> None:
        self.fail_at, self.seen = n, 0

    def _tick(self, statement: str) -> None:
        if statement.lstrip().lower().startswith(CONTROL):
            return
        self.seen += 1
        if self.fail_at is not None and self.seen == self.fail_at:
            self.fail_at = None
            raise sqlite3.OperationalError("database is locked")

    def execute(self, statement, *args):
        self._tick(statement)
        return super().execute(statement, *args)

    def executemany(self, statement, *args):
        self._tick(statement)
        return super().executemany(statement, *args)


@pytest.fixture
def branch_config(tmp_path):
    path = tmp_path / "branch.toml"
    path.write_text('[smtp]\nhost = "127.0.0.1"\nport = 2525\nfrom = "desk@example.org"\n'
                    '[[departments]]\nname = "Billing"\nemail = "billing@example.org"\n'
                    '[[departments]]\nname = "Legal"\nemail = "legal@example.org"\n',
                    encoding="utf-8")
    return config_mod.load(path)


def context(path, clock, content, config):
    conn = sqlite3.connect(path, factory=FlakyConnection, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys=ON")
    db = Database(conn, execute_plugins=False)
    return SimpleNamespace(
        db=db, desk=CallDesk(db, clock, content, Identity("Aino", "desk-1", "Espoo")),
        callbacks=CallbackDesk(db, clock, config, "Aino", "desk-1"))


def form(name="Laura Virtanen", department="Billing"):
    return CallbackForm(full_name=name, question="Billed twice", phone="040 123 4567",
                        department=department)


# -- what is in the log before the job (run directly), and the job (through the thread) --

def _call(ctx):
    return ctx.desk.start_call("phone", caller_number="+358401234567").id


def _callback(ctx):
    return ctx.callbacks.take(form())["id"]


def _incident(uid="desk-1-1", status="queued"):
    return {"uid": uid, "kind": "alarm", "raised_at": "2026-11-23T09:00:00Z", "call_id": None,
            "branch": "Espoo", "location": "Lobby", "workstation": "desk-1", "operator": "Aino",
            "context": {"caller": "x"},
            "deliveries": [{"channel": c, "message": "alarm", "status": status, "attempts": 1,
                            "created_at": "2026-11-23T09:00:00Z"} for c in ("sms", "mail")]}


def _end(ctx, call_id):  # the console's "end call" job (desk.ui.session.end)
    ctx.desk.end_call(call_id, "resolved", "Invoice", at="2026-11-23T09:05:00Z")
    drafts.clear(ctx.db, "typed")


def _take_callback(ctx, call_id):  # the console's "take callback" job
    ctx.callbacks.take(form(), call_id=call_id)
    drafts.clear(ctx.db, "callback")


def _forwarded(ctx, callback_id):  # callback forwarding: the sent mail recorded
    from desk.alerts.forwarding import record_result
    from desk.store import forwards

    [row] = forwards.due(ctx.db, "2026-11-24T00:00:00Z")
    forwards.move(ctx.db, row.id, ForwardState.SENDING, attempts=1)
    record_result(ctx.db, row.id, ForwardState.SENT, {"last_error": None, "next_attempt_at": None,
                  "sent_at": "2026-11-23T09:01:00Z"}, callback_id)


JOBS = {
    # name: (set-up run directly, job run on the log thread with the set-up's result)
    "start call": (None, lambda ctx, _: _call(ctx)),
    "tick": (_call, lambda ctx, c: ctx.desk.mark(c, "greeting", "said_hello")),
    "enter stage": (_call, lambda ctx, c: ctx.desk.enter_stage(c, "clarification")),
    "end call": (_call, _end),
    "answer with ring times": (_call, lambda ctx, c: ring_times.record_answer(
        ctx.db, c, answered_at="2026-11-23T09:00:09Z", answer_s=9.0, late=False,
        mark={"stage": "greeting", "item": "answered_by_third_ring", "status": "done",
              "at": "2026-11-23T09:00:09Z"})),
    "take callback": (_call, _take_callback),
    "callback answered": (_callback, lambda ctx, c: ctx.callbacks.answered(c, "phoned back")),
    "delay notice": (_callback, lambda ctx, c: ctx.callbacks.notice(c, "phone",
                                                                    date(2026, 12, 1))),
    "callback moved": (_callback, lambda ctx, c: ctx.callbacks.move(c, "Legal")),
    "forwarding mark": (_callback, _forwarded),
    "incident record": (None, lambda ctx, _: incidents.record(
        ctx.db, [_incident(), _incident("desk-1-2")])),
    "incident update": (lambda ctx: incidents.record(ctx.db, [_incident()]),
                        lambda ctx, _: incidents.record(ctx.db, [_incident(status="delivered")])),
    "incident acknowledged": (
        lambda ctx: incidents.record(ctx.db, [_incident(status="delivered")]),
        lambda ctx, _: incidents.acknowledge(ctx.db, "desk-1-1", "2026-11-23T09:02:00Z",
                                             "Guard", "sms")),
    "phone events taken": (
        lambda ctx: [phone_events.add_event(ctx.db, k, "2026-11-23T09:00:00Z", "+3584012")
                     for k in ("incoming", "answered")],
        lambda ctx, _: phone_events.take_events(ctx.db, "desk-1", "2026-11-23T09:00:01Z")),
}


def log_content(path) -> dict[str, list]:
    """Every row of every table (ids included: a rolled-back insert leaves no gap), but for
    ``changed_at``, the wall-clock stamp the log's triggers put on a row (m011)."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
            "and name not like '%_fts%'")]
        content = {}
        for t in tables:
            columns = [r[1] for r in conn.execute(f"pragma table_info([{t}])")
                       if r[1] != "changed_at"]
            listed = ", ".join(f"[{c}]" for c in columns)
            content[t] = sorted(map(repr, conn.execute(f"select {listed} from [{t}]")))
        return content
    finally:
        conn.close()


def run(path, clock, content, config, name, fail_at):
    """Set up, then run the job on a real log thread with a lock at statement ``fail_at``;
    returns how many statements the job ran (counted on a clean run) and the job."""
    set_up, job_fn = JOBS[name]
    ctx = context(path, clock, content, config)
    made = set_up(ctx) if set_up else None
    done = threading.Event()
    thread = LogThread(lambda: ctx, lambda c: c.db.conn.close(), connection=db_connection,
                       wait=lambda event, seconds: None)  # retry at once
    thread.start()
    ctx.db.conn.arm(fail_at)
    job = thread.submit(Job(fn=lambda c: job_fn(c, made), on_done=lambda _j: done.set(),
                            label=name))
    assert done.wait(10)
    seen = ctx.db.conn.seen
    thread.stop()
    return seen, job


@pytest.mark.parametrize("name", list(JOBS))
def test_a_lock_between_any_two_statements_of_a_job_neither_doubles_nor_loses_a_row(
        name, tmp_path, db_path, clock, content, branch_config):
    clean = tmp_path / "clean.db"
    shutil.copy(db_path, clean)
    statements, job = run(clean, clock, content, branch_config, name, None)
    assert job.error is None, job.error
    expected = log_content(clean)
    assert statements >= 1  # the counting sees the job
    for fail_at in range(1, statements + 1):
        path = tmp_path / f"locked-at-{fail_at}.db"
        shutil.copy(db_path, path)
        _seen, job = run(path, clock, content, branch_config, name, fail_at)
        assert job.error is None, f"{name}, lock at statement {fail_at}: {job.error}"
        assert log_content(path) == expected, f"{name}: lock at statement {fail_at}"
