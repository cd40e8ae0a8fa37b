"""Pushing to a real PostgreSQL: exactly one central row per local row, whatever happens."""

from __future__ import annotations

import threading

import pytest

from desk.sync import queue
from desk.sync.push import SyncWorker, push_once
from desk.sync.server import connect
from tests.sync.helpers import (
    central_counts,
    central_duplicates,
    local_counts,
    settings,
    sync_all,
)


def _path(db):
    return db.conn.execute("pragma database_list").fetchone()[2]


def test_a_log_arrives_whole_and_pushing_again_adds_nothing(server_url, make_log):
    log = make_log("desk-1", calls=60)
    sync_all(_path(log), server_url)
    assert central_counts(server_url) == local_counts(log)
    queue.enable(log)
    with log.conn:  # every row queued again: the same batch pushed twice
        for table in ("calls", "stage_marks", "callbacks"):
            log.execute(f"insert into sync_outbox (tbl, row_id) select '{table}', id "
                        f"from {table}")
    sync_all(_path(log), server_url)
    assert central_counts(server_url) == local_counts(log)
    assert central_duplicates(server_url) == 0
    assert queue.sync_state(log).waiting == 0


def test_three_workstations_push_at_once(server_url, make_log):
    logs = [make_log(f"desk-{n}", calls=80, seed=n) for n in (1, 2, 3)]
    errors = []

    def push(path):
        try:
            sync_all(path, server_url)
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(_path(db),)) for db in logs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert central_counts(server_url) == local_counts(*logs)
    assert central_duplicates(server_url) == 0
    with connect(server_url) as conn:
        assert conn.execute("select count(*) from logs").fetchone()[0] == 3


def test_a_crash_after_the_server_commit_pushes_the_batch_again(server_url, make_log):
    log = make_log("desk-1", calls=30)
    queue.enable(log)

    def crash(batch):
        raise KeyboardInterrupt("power cut")

    with connect(server_url) as pg, pytest.raises(KeyboardInterrupt):
        push_once(log.conn, pg, settings(server_url), "2026-11-23T10:00:00Z", limit=50,
                  after_commit=crash)
    assert queue.sync_state(log).waiting > 0  # the local side never heard of the commit
    sync_all(_path(log), server_url)
    assert central_counts(server_url) == local_counts(log)
    assert central_duplicates(server_url) == 0


def test_edits_and_deletions_reach_the_server(server_url, make_log):
    log = make_log("desk-1", calls=10)
    sync_all(_path(log), server_url)
    with log.conn:
        log.execute("update calls set topic = 'Moved office' where id = 1")
        log.execute("delete from stage_marks where call_id = 2")
    sync_all(_path(log), server_url)
    with connect(server_url) as conn:
        assert conn.execute("select topic from calls where id = 1").fetchone()[0] == \
            "Moved office"
        assert conn.execute("select count(*) from stage_marks where call_id = 2"
                            ).fetchone()[0] == 0
    assert central_counts(server_url) == local_counts(log)


def test_an_older_state_never_overwrites_a_newer_one(server_url, make_log):
    log = make_log("desk-1", calls=3)
    queue.enable(log)
    stale = queue.read_batch(log, 1000)  # a slow pusher read this a while ago
    with log.conn:
        log.execute("update calls set topic = 'newer' where id = 1")
    sync_all(_path(log), server_url)
    from desk.sync.push import write_batch

    with connect(server_url) as conn, conn.transaction(), conn.cursor() as cur:
        write_batch(cur, stale, "log-desk-1", 1)
    with connect(server_url) as conn:
        assert conn.execute("select topic from calls where id = 1").fetchone()[0] == "newer"


def test_the_server_stopped_mid_sync_then_back(pg, server_url, make_log):
    log = make_log("desk-1", calls=120)
    worker = SyncWorker(_path(log), settings(server_url), batch_rows=100, budget_s=0)
    try:
        assert worker.run_once().waiting_more  # one batch in, the rest still waiting
        pg.stop()
        try:
            worker.run_once()  # the open connection breaks
            down = worker.run_once()  # a new one is refused
            assert "nothing answers there" in down.error
            state = queue.sync_state(log)
            assert state.waiting > 0 and state.last_error == down.error
            assert 0 < worker.step() <= 60  # waits a little, then tries again
        finally:
            pg.start()
        while worker.run_once().waiting_more:
            pass
        assert worker.last.error is None
    finally:
        worker.close()
    assert central_counts(server_url) == local_counts(log)
    assert central_duplicates(server_url) == 0
    assert queue.sync_state(log).last_error is None


def _wait_until(condition, timeout: float = 30.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)  # polling a condition, bounded by the deadline


def test_under_the_supervisor_a_change_goes_out_when_woken(server_url, make_log, tmp_path):
    supervisor = pytest.importorskip("desk.supervisor", reason="the supervisor (i9) is needed")
    from desk import config as config_mod
    from desk.sync.service import SyncService

    log = make_log("desk-1", calls=20)
    config = tmp_path / "branch.toml"
    config.write_text(f'[sync]\nurl = "{server_url}"\ninterval_s = 3600\n')
    service = SyncService(_path(log), config_mod.load(config))
    sup = supervisor.Supervisor()
    service.start(sup)
    try:
        def all_sent():  # pushed and acknowledged (the queue is on once the loop ran)
            state = service.state()
            return state.enabled and state.waiting == 0 and state.last_success_at is not None

        _wait_until(all_sent)
        assert central_counts(server_url) == local_counts(log)
        with log.conn:
            log.execute("insert into calls (started_at, topic) values ('2026-11-23T10:00:00Z', "
                        "'Lost card')")
        assert service.state().waiting == 1  # what the status bar shows
        service.wake()  # without the wake it would wait the hour
        _wait_until(lambda: central_counts(server_url) == local_counts(log))
        _wait_until(all_sent)
    finally:
        service.stop(timeout=10)
        sup.stop(timeout=10)


def test_without_a_sync_section_the_service_does_nothing(db_path):
    from desk import config as config_mod
    from desk.sync.service import SyncService

    service = SyncService(db_path, config_mod.defaults())
    service.start(object())  # never touches the supervisor
    service.wake()
    assert not service.configured and service.state() is None
    service.stop()


def test_a_value_that_does_not_fit_is_quarantined_and_never_blocks_the_queue(server_url,
                                                                             make_log):
    log = make_log("desk-1", calls=5)
    with log.conn:  # SQLite takes anything; PostgreSQL refuses text in a number, and NUL
        log.execute("update calls set duration_s = 'about ten minutes' where id = 1")
        log.execute("update calls set duration_s = 312.0 where id = 2")
        log.execute("update calls set notes = ? where id = 3", ["a\x00b"])
    sync_all(_path(log), server_url)
    with connect(server_url) as conn:
        rows = conn.execute("select id, duration_s, notes from calls where id <= 3 "
                            "order by id").fetchall()
        central = conn.execute("select count(*) from calls").fetchone()[0]
    assert rows == [(2, 312, ""), (3, rows[1][1], "a\ufffdb")] and central == 4
    kept = log.execute("select tbl, row_id, reason from quarantine").fetchall()
    assert kept == [("calls", 1, "duration_s: not a whole number")]
    state = queue.sync_state(log)
    assert state.waiting == 0 and state.quarantined == 1


def test_two_pushers_of_one_log_while_it_changes_end_with_its_latest_state(server_url,
                                                                          make_log):
    log = make_log("desk-1", calls=200)
    path = _path(log)
    stop = threading.Event()
    errors = []

    def pusher():
        worker = SyncWorker(path, settings(server_url), batch_rows=50, budget_s=0)
        try:
            while not stop.is_set():
                result = worker.run_once()
                if result.error:
                    errors.append(result.error)
                    return
        finally:
            worker.close()

    threads = [threading.Thread(target=pusher) for _ in range(2)]  # console + `sync now`
    for thread in threads:
        thread.start()
    try:
        for n in range(150):
            with log.conn:
                log.execute("update calls set topic = ? where id = ?",
                            [f"edit {n}", n % 40 + 1])
                if n % 10 == 0:
                    log.execute("delete from stage_marks where id = (select min(id) "
                                "from stage_marks)")
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    assert errors == []
    sync_all(path, server_url)
    with connect(server_url) as conn:
        central = conn.execute("select id, topic from calls order by id").fetchall()
    assert central == log.execute("select id, topic from calls order by id").fetchall()
    assert central_counts(server_url) == local_counts(log)
    assert central_duplicates(server_url) == 0
