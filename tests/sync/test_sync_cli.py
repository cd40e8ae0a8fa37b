"""``desk sync``, as branch IT uses it: bad input is one clear line, exit 2, nothing lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from desk.cli import main
from desk.sync import queue
from tests.sync.helpers import central_counts, central_duplicates, local_counts
from tests.sync.pgserver import free_port


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def _config(tmp_path, url: str, extra: str = "") -> str:
    path = tmp_path / "branch.toml"
    path.write_text(f'[branch]\nname = "Espoo"\n\n[sync]\nurl = "{url}"\n{extra}',
                    encoding="utf-8")
    return str(path)


def _snapshot(db_path):
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"select count(*), total(rowid) from {t}").fetchone()
                for t in ("calls", "stage_marks", "callbacks", "sync_outbox")}
    finally:
        conn.close()


def _demo_log(capsys, tmp_path, calls: int = 40):
    path = tmp_path / "desk.db"
    assert run(capsys, "demo-data", "--calls", calls, "--db", path)[0] == 0
    return path


def test_init_then_sync_now_then_status(capsys, tmp_path, pg_url):
    status, out, _ = run(capsys, "sync", "init", pg_url)
    assert status == 0 and "applied s001_initial" in out
    status, out, _ = run(capsys, "sync", "init", pg_url)
    assert status == 0 and "up to date" in out
    log = _demo_log(capsys, tmp_path)
    config = _config(tmp_path, pg_url)
    status, out, err = run(capsys, "--db", log, "--config", config, "sync", "now")
    assert status == 0, err
    assert "nothing waiting" in out
    from desk.store.db import open_db

    db = open_db(log)
    assert central_counts(pg_url) == local_counts(db)
    db.conn.close()
    status, out, _ = run(capsys, "--db", log, "--config", config, "sync", "status",
                         "--format", "json")
    state = json.loads(out)
    assert status == 0 and state["waiting"] == 0 and state["last_error"] is None
    assert state["configured"] and state["last_success_at"]


def test_wrong_password_is_refused_and_nothing_local_changes(capsys, tmp_path, server_url,
                                                              monkeypatch):
    log = _demo_log(capsys, tmp_path)
    config = _config(tmp_path, server_url)
    before = _snapshot(log)
    monkeypatch.setenv("DESK_SYNC_PASSWORD", "not-the-password")
    status, _, err = run(capsys, "--db", log, "--config", config, "sync", "now")
    assert status == 2 and "refused the password" in err
    after = _snapshot(log)
    assert {t: after[t] for t in ("calls", "stage_marks", "callbacks")} == \
        {t: before[t] for t in ("calls", "stage_marks", "callbacks")}
    assert after["sync_outbox"][0] > before["sync_outbox"][0]  # the history waits to go
    status, out, _ = run(capsys, "--db", log, "--config", config, "sync", "status")
    assert status == 1 and "refused the password" in out


@pytest.mark.parametrize(("url", "message"), [
    ("mysql://desk@127.0.0.1/desk", "not a PostgreSQL url"),
    ("postgresql://desk:secret@127.0.0.1/desk", "must not contain a password"),
    ("postgresql://desk@hq.example.org/desk?sslmode=require", "sslmode=verify-full"),
    ("postgresql://desk@127.0.0.1:{port}/desk", "nothing answers there"),
])
def test_bad_urls_get_one_clear_line(capsys, url, message):
    status, out, err = run(capsys, "sync", "init", url.format(port=free_port()))
    assert status == 2 and message in err and "Traceback" not in err
    assert err.count("\n") == 1 and "secret" not in err


def test_a_database_of_another_program_is_left_alone(capsys, pg, pg_url):
    with pg.admin(pg_url.rsplit("/", 1)[1]) as conn:
        conn.execute("create table invoices (id int primary key, total numeric)")
        conn.execute("insert into invoices values (1, 9.5)")
    status, _, err = run(capsys, "sync", "init", pg_url)
    assert status == 2 and "another program's tables (public.invoices)" in err
    with pg.admin(pg_url.rsplit("/", 1)[1]) as conn:
        tables = [r[0] for r in conn.execute(
            "select table_name from information_schema.tables where table_schema = 'public'")]
        assert tables == ["invoices"]


def test_a_newer_server_schema_is_refused(capsys, tmp_path, pg, server_url):
    with pg.admin(server_url.rsplit("/", 1)[1]) as conn:
        conn.execute("insert into desk_migrations (name) values ('s999_from_the_future')")
    status, _, err = run(capsys, "sync", "init", server_url)
    assert status == 2 and "newer than this program" in err
    log = _demo_log(capsys, tmp_path)
    config = _config(tmp_path, server_url)
    status, _, err = run(capsys, "--db", log, "--config", config, "sync", "now")
    assert status == 2 and "update Desk" in err
    assert queue.sync_state(__import__("sqlite3").connect(log)).waiting > 0
    assert central_counts(server_url)["calls"] == 0


def test_sync_now_without_a_sync_section_explains(capsys, tmp_path):
    log = _demo_log(capsys, tmp_path, calls=5)
    status, _, err = run(capsys, "--db", log, "sync", "now")
    assert status == 2 and "[sync] url" in err


@pytest.mark.parametrize(("extra", "message"), [
    ('password = "hunter2"\n', "DESK_SYNC_PASSWORD"),
    ("interval_s = 0\n", "sync.interval_s"),
])
def test_config_mistakes_in_the_sync_section(capsys, tmp_path, extra, message):
    config = _config(tmp_path, "postgresql://desk@127.0.0.1/desk", extra)
    status, _, err = run(capsys, "--config", config, "sync", "status")
    assert status == 2 and message in err and "line" in err
    assert "hunter2" not in err


def test_a_console_killed_mid_sync_loses_and_doubles_nothing(capsys, tmp_path, server_url):
    log = _demo_log(capsys, tmp_path, calls=3000)
    config = _config(tmp_path, server_url)
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    child = subprocess.Popen([sys.executable, "-m", "desk", "--db", str(log), "--config",
                              config, "sync", "now"], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while central_counts(server_url)["stage_marks"] == 0:
            assert child.poll() is None, "finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)  # polling a condition, bounded by the deadline
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    import sqlite3

    assert queue.sync_state(sqlite3.connect(log)).waiting > 0  # it really was mid-sync
    status, _, err = run(capsys, "--db", log, "--config", config, "sync", "now")
    assert status == 0, err
    from desk.store.db import open_db

    db = open_db(log)
    assert central_counts(server_url) == local_counts(db)
    db.conn.close()
    assert central_duplicates(server_url) == 0


def test_a_database_name_the_server_does_not_have(capsys, pg, monkeypatch):
    from tests.sync.pgserver import PASSWORD

    monkeypatch.setenv("DESK_SYNC_PASSWORD", PASSWORD)
    status, _, err = run(capsys, "sync", "init", pg.url("no_such_db"))
    assert status == 2 and "no such database on the server" in err


def test_no_password_anywhere_says_where_to_put_one(capsys, pg, monkeypatch, tmp_path):
    monkeypatch.delenv("DESK_SYNC_PASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    status, _, err = run(capsys, "sync", "init", pg.url("postgres"))
    assert status == 2 and "DESK_SYNC_PASSWORD" in err and "pgpass" in err


def test_a_pgpass_file_is_enough(capsys, pg_url, monkeypatch, tmp_path):
    from tests.sync.pgserver import PASSWORD

    monkeypatch.delenv("DESK_SYNC_PASSWORD", raising=False)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:*:*:desk:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    status, out, err = run(capsys, "sync", "init", pg_url)
    assert status == 0 and "applied" in out, err
