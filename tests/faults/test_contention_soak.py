"""A console taking calls and callbacks while two other programs take the log's write lock
at random (10–400 ms each, real processes): every call, mark and callback the receptionist
made is in the log exactly once — nothing doubled by a retried write, nothing lost.

20 s by default; ``DESK_SOAK_S=60`` for the full minute.
"""

from __future__ import annotations

import os
import time
from collections import Counter

import pytest

from desk.core.callbacks import CallbackForm
from tests.faults.random_locker import RandomLockers
from tests.helpers import saved_log

SOAK_S = float(os.environ.get("DESK_SOAK_S", "20"))
TICKS = (("greeting", "said_hello"), ("greeting", "gave_name_and_unit"),
         ("clarification", "listened_first"))


@pytest.mark.slow
@pytest.mark.process
def test_every_call_mark_and_callback_is_in_the_log_exactly_once_under_random_locks(
        make_console, qtbot, db_path, clock):
    window = make_console()
    session = window.session
    busy, failed = [], []
    window.ops.status.connect(lambda reason, labels: busy.append(reason) if reason else None)
    window.ops.failed.connect(lambda label, message: failed.append((label, message)))
    calls, callbacks = [], []  # what the driver did

    with RandomLockers(db_path, count=2, hold_ms=(10, 400)) as lockers:
        end = time.monotonic() + SOAK_S
        n = 0
        while time.monotonic() < end:
            n += 1
            number = f"+35840{n:07d}"
            clock.advance(1)
            session.start(caller_number=number, caller_name=f"Caller {n}")
            for stage, item in TICKS[:1 + n % 3]:
                clock.advance(1)
                session.mark(stage, item, True)
            session.update(notes=f"Notes of call {n}")
            session.update(notes=f"Notes of call {n}, corrected")  # typed over: one write
            if n % 3 == 0:  # the transfer failed: a callback, through the console's path
                window.callbacks._take(CallbackForm(
                    full_name=f"Callback caller {n}", question="Billed twice",
                    phone="040 123 4567", department="General enquiries"))
                callbacks.append(f"Callback caller {n}")
            clock.advance(5)
            session.end("resolved", f"Topic {n % 5}")
            calls.append({"number": number, "ticks": set(TICKS[:1 + n % 3]),
                          "notes": f"Notes of call {n}, corrected"})
            if n % 4 == 0:  # now and then the receptionist waits for the log to catch up
                qtbot.waitUntil(window.ops.idle, timeout=30_000)
        lockers.stop()

    log = saved_log(window)
    assert lockers.taken >= SOAK_S  # the lock really was taken, again and again
    assert "busy" in busy  # and the console really ran into it
    assert failed == []
    assert len(calls) >= 10

    stored = log.execute("select id, caller_number, notes, outcome, ended_at from calls "
                         "order by id").fetchall()
    assert Counter(r[1] for r in stored) == Counter(c["number"] for c in calls)
    by_number = {r[1]: r for r in stored}
    items = {(s, i) for s, i in log.execute("select distinct stage, item from stage_marks "
                                            "where status = 'skipped'")} | set(TICKS)
    for call in calls:
        call_id, _number, notes, outcome, ended_at = by_number[call["number"]]
        assert (notes, outcome) == (call["notes"], "resolved") and ended_at
        marks = Counter(log.execute("select stage, item, status from stage_marks where "
                                    "call_id = ?", [call_id]).fetchall())
        assert all(count == 1 for count in marks.values()), (call["number"], marks)
        done = {(s, i) for (s, i, status) in marks if status == "done"}
        assert done == call["ticks"]
        skipped = {(s, i) for (s, i, status) in marks if status == "skipped"}
        assert skipped | done >= items - set(TICKS) | call["ticks"]
        assert not skipped & done

    names = Counter(r[0] for r in log.execute("select full_name from callbacks"))
    assert names == Counter(callbacks)
    taken = Counter(r[0] for r in log.execute(
        "select callback_id from callback_events where kind = 'taken'"))
    assert set(taken.values()) <= {1} and len(taken) == len(callbacks)
