"""The alarm's record takes the console log thread's priority lane: it lands in the log
within its short wait even behind a long queue of ordinary writes (never in the journal)."""

from __future__ import annotations

import threading

from desk import config as config_mod
from desk.alerts.service import AlarmService
from desk.core.calls import Identity
from desk.store import incidents
from desk.store.log_thread import Job, LogThread, StoreContext, db_connection, open_connection


class Watched(LogThread):
    """A log thread that notes the order in which jobs ran."""

    def __init__(self, path):
        super().__init__(lambda: StoreContext(open_connection(path)),
                         lambda ctx: ctx.db.conn.close(), connection=db_connection)
        self.order: list[str] = []
        self.alarm_queued = threading.Event()

    def submit(self, job):
        recorder = threading.current_thread().name == "alarm-recorder"
        if recorder:
            job.label = "alarm record"
        super().submit(job)
        if recorder:
            self.alarm_queued.set()
        return job

    def _run_job(self, job):
        super()._run_job(job)
        self.order.append(job.label or "write")


def test_an_alarm_record_jumps_a_long_queue_of_ordinary_writes(db_path, clock):
    thread = Watched(db_path)
    thread.start()
    gate, started = threading.Event(), threading.Event()
    thread.submit(Job(fn=lambda ctx: (started.set(), gate.wait(10)), on_done=lambda job: None,
                      label="running"))
    assert started.wait(10)
    for n in range(300):  # e.g. a burst of notes, ticks and drafts, each one transaction
        thread.submit(Job(
            fn=lambda ctx, n=n: ctx.db.execute(
                "insert into phone_events (kind, at, workstation) values ('incoming', ?, '')",
                [f"2026-11-23T09:00:{n % 60:02d}Z"]),
            on_done=lambda job: None, label="write"))
    service = AlarmService(db_path, config_mod.defaults(), clock,
                           Identity("Aino", "desk-1", "Espoo"), lan=False, writer=thread)
    uid = service.raise_alarm({"caller": "shouting"})
    flushed = []
    flusher = threading.Thread(target=lambda: flushed.append(service.flush()),
                               name="alarm-recorder")
    flusher.start()  # the recorder's round, as on its supervised thread
    assert thread.alarm_queued.wait(10)
    gate.set()
    flusher.join(10)
    assert flushed == [True]  # in the log within the short wait, not in the journal
    assert service.recorder.journal.size() == 0
    assert thread.call(lambda ctx: incidents.get(ctx.db, uid), write=False,
                       label="check") is not None
    service.stop()
    thread.stop()
    # Its jobs (read what is pending, then the record) ran straight after the running job,
    # ahead of the 300 queued before them; those all landed too, after it.
    records = [i for i, name in enumerate(thread.order) if name == "alarm record"]
    assert records[0] == 1 and records[-1] < 10, thread.order[:12]
    assert thread.order.count("write") == 300


def test_a_record_the_locked_log_cannot_take_in_its_short_wait_goes_to_the_journal(
        db_path, clock):
    from tests.faults.lock_holder import LockHolder

    thread = Watched(db_path)
    thread.start()
    thread.call(lambda ctx: None)  # the log is open
    service = AlarmService(db_path, config_mod.defaults(), clock,
                           Identity("Aino", "desk-1", "Espoo"), lan=False, writer=thread)
    with LockHolder(db_path) as lock:
        uid = service.raise_alarm({"caller": "shouting"})
        assert service.flush() is False  # the log could not take it within its wait
        assert uid in {r["uid"] for r in service.recorder.journal_records()}
        assert service.log_problem and "locked" in service.log_problem
        lock.release()
    clock.advance(1)
    service.book.close(uid, "Aino at desk-1")  # a change: the next round writes again
    assert service.flush() is True
    assert service.recorder.journal.size() == 0  # merged into the log and emptied
    record = thread.call(lambda ctx: incidents.get(ctx.db, uid), write=False)
    assert record is not None and record.closed_by == "Aino at desk-1"
    service.stop()
    thread.stop()
