"""Head office reads the central database read-only: the same numbers as a merged file."""

from __future__ import annotations

import json
import shutil

import psycopg
import pytest

from desk.cli import main
from desk.report.backend import SqliteBackend
from desk.sync.backend import PgBackend, translate
from desk.sync.summary import branch_summary
from tests.sync.helpers import merge_logs, sync_all

NOW = "2026-11-23T09:00:00Z"


def _path(db):
    return db.conn.execute("pragma database_list").fetchone()[2]


@pytest.fixture
def three_branches(server_url, make_log, tmp_path, _template_db):
    logs = [make_log("espoo-1", 120, 1, "Espoo"), make_log("espoo-2", 90, 2, "Espoo"),
            make_log("tampere-1", 150, 3, "Tampere")]
    with logs[2].conn:  # an incident at one branch, acknowledged; one open
        logs[2].execute("insert into incidents (call_id, raised_at, kind, branch) values "
                        "(1, '2026-11-20T10:00:00Z', 'alarm', 'Tampere')")
        logs[2].execute("insert into incidents (call_id, raised_at, acknowledged_at, kind, "
                        "branch) values (2, '2026-11-20T11:00:00Z', '2026-11-20T11:01:00Z', "
                        "'alarm', 'Tampere')")
    for db in logs:
        sync_all(_path(db), server_url, branch=db.execute(
            "select branch from calls limit 1").fetchone()[0])
    merged = tmp_path / "merged.db"
    shutil.copy(_template_db, merged)
    merge_logs([_path(db) for db in logs], merged)
    return server_url, merged


def test_per_branch_summary_equals_the_merged_file(three_branches):
    url, merged = three_branches
    import sqlite3

    local = branch_summary(SqliteBackend(sqlite3.connect(merged)), NOW)
    central = PgBackend(url)
    try:
        assert branch_summary(central, NOW) == local
        assert [line.branch for line in local] == ["Espoo", "Tampere"]
        assert local[0].calls == 210 and local[1].incidents == 2
        assert local[1].incidents_unacknowledged == 1
        assert local[0].callbacks_open + local[1].callbacks_open > 0
        since = branch_summary(central, NOW, since="2026-10-01T00:00:00Z")
        assert since == branch_summary(SqliteBackend(sqlite3.connect(merged)), NOW,
                                       since="2026-10-01T00:00:00Z")
    finally:
        central.close()


def test_global_ids_keep_each_logs_rows_together(three_branches):
    url, merged = three_branches
    import sqlite3

    join = ("select count(*), count(distinct c.id) from stage_marks m "
            "join calls c on c.id = m.call_id")
    central = PgBackend(url)
    try:
        assert central.query(join, []) == \
            sqlite3.connect(merged).execute(join).fetchall()
    finally:
        central.close()


def test_a_branch_filter_narrows_every_table(three_branches):
    url, _ = three_branches
    central = PgBackend(url, branch="Tampere")
    try:
        assert central.query("select count(*) from calls", []) == [(150,)]
        assert central.query("select count(distinct branch) from calls", []) == [(1,)]
        assert central.query("select count(*) from incidents", []) == [(2,)]
    finally:
        central.close()


def test_the_central_database_is_opened_read_only(three_branches):
    url, _ = three_branches
    central = PgBackend(url)
    try:
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            central.query("delete from public.calls", [])
    finally:
        central.close()


def test_desk_sync_summary_on_both_back_ends(capsys, three_branches):
    url, merged = three_branches
    assert main(["--db", url, "sync", "summary", "--format", "json"]) == 0
    central = json.loads(capsys.readouterr().out)
    assert main(["--db", str(merged), "sync", "summary", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == central
    assert main(["--db", url, "sync", "summary", "--branch", "Espoo", "--format", "json"]) == 0
    assert [line["branch"] for line in json.loads(capsys.readouterr().out)] == ["Espoo"]


def test_placeholders_become_psycopgs_outside_quotes():
    assert translate("select '?', \"a?\" from t where x = ? and y like '%z'") == \
        "select '?', \"a?\" from t where x = %s and y like '%%z'"


def _report(capsys, db, *options) -> dict:
    status = main(["--db", str(db), "report", *options, "--format", "json"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return json.loads(captured.out)


def test_desk_report_on_the_server_equals_desk_merge_then_report(capsys, three_branches,
                                                                 tmp_path, monkeypatch):
    url, _ = three_branches
    logs = [tmp_path / f"{name}.db" for name in ("espoo-1", "espoo-2", "tampere-1")]
    merged = tmp_path / "desk-merged.db"
    assert main(["merge", *map(str, logs), "--into", str(merged)]) == 0
    capsys.readouterr()
    from desk.core.clock import FakeClock

    # One "now" for both runs: overdue callbacks are counted against it.
    monkeypatch.setattr("desk.commands.env.Env.clock", lambda self: FakeClock(NOW))
    central = _report(capsys, url)
    assert central["calls"] == 360 and central["incidents"] >= 2
    assert central["callbacks_open"] > 0 and central["most_skipped_items"]
    assert central == _report(capsys, merged)
    narrowed = ("--since", "2026-10-01", "--until", "2026-11-20")
    assert _report(capsys, url, *narrowed) == _report(capsys, merged, *narrowed)
    only = tmp_path / "tampere-merged.db"
    assert main(["merge", str(logs[2]), "--into", str(only)]) == 0
    capsys.readouterr()
    tampere = _report(capsys, url, "--branch", "Tampere")
    assert tampere == _report(capsys, only) and tampere["calls"] == 150


def test_report_on_a_server_without_desk_is_one_line_exit_2(capsys, pg_url):
    status = main(["--db", pg_url, "report"])
    err = capsys.readouterr().err
    assert status == 2 and "no Desk schema yet" in err and err.count("\n") == 1


def test_the_review_can_see_new_pushes_and_stop_a_stale_query(server_url, make_log):
    import threading

    central = PgBackend(server_url)
    try:
        before = central.data_version()
        log = make_log("desk-9", calls=3)
        sync_all(_path(log), server_url)
        assert central.data_version() != before
        done = threading.Event()

        def keep_interrupting():  # until the query has started and been stopped
            while not done.wait(0.05):
                central.interrupt()

        canceller = threading.Thread(target=keep_interrupting)
        canceller.start()
        try:
            with pytest.raises(psycopg.errors.QueryCanceled):
                central.query("select pg_sleep(30)", [])
        finally:
            done.set()
            canceller.join()
        assert central.query("select count(*) from calls", []) == [(3,)]  # still usable
    finally:
        central.close()


def test_the_review_window_opens_head_offices_server(three_branches, qtbot, clock, content):
    """A head-office supervisor's review window on every branch: the same numbers as the
    merged file, read-only, and no password in the title."""
    from shiboken6 import isValid

    from desk.ui.review.window import ReviewWindow

    url, merged = three_branches
    on_server = ReviewWindow(url, clock, content=content, poll_s=0.05)
    on_file = ReviewWindow(merged, clock, content=content, poll_s=0.05)
    try:
        for window in (on_server, on_file):
            window.show()
            qtbot.waitUntil(lambda w=window: w.last_summary is not None, timeout=15000)
        assert on_server.objectName() == "ReviewWindow"
        assert "postgresql://127.0.0.1" in on_server.windowTitle()
        assert "@" not in on_server.windowTitle()  # no user or password shown
        qtbot.waitUntil(lambda: on_server.model.rowCount() == on_file.model.rowCount() > 0,
                        timeout=15000)
        assert on_server.last_summary.values["calls"] == on_file.last_summary.values["calls"]
    finally:
        for window in (on_server, on_file):
            if isValid(window):
                window.close()
