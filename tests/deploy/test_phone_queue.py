"""The phone commands' durable queue: a ready log takes the quick path, anything else the
full open (create, migrate, or refuse clearly)."""

from __future__ import annotations

import sqlite3

from desk.cli import main


def events(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("select kind, number, name from phone_events order by id").fetchall()


def test_a_ready_log_gets_the_event(db_path, capsys):
    assert main(["incoming", "040 123 4567", "--name", "Anna", "--no-start",
                 "--db", str(db_path)]) == 0
    assert main(["answered", "--db", str(db_path)]) == 0
    assert events(db_path) == [("incoming", "+358401234567", "Anna"), ("answered", None, None)]
    assert "queued for the console" in capsys.readouterr().out


def test_a_missing_log_is_created_with_the_event(tmp_path, capsys):
    path = tmp_path / "new.db"
    assert main(["incoming", "+358401234567", "--no-start", "--db", str(path)]) == 0
    assert events(path) == [("incoming", "+358401234567", None)]
    capsys.readouterr()


def test_a_file_that_is_not_a_log_is_refused_untouched(tmp_path, capsys):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table phone_events (kind text)")
    before = path.read_bytes()
    assert main(["hangup", "--db", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert path.read_bytes() == before


def test_answered_and_hangup_accept_the_number_a_softphone_appends(db_path, capsys):
    assert main(["answered", "0401234567", "--db", str(db_path)]) == 0
    assert main(["hangup", "0401234567", "--db", str(db_path)]) == 0
    assert [e[0] for e in events(db_path)] == ["answered", "hangup"]
    capsys.readouterr()
