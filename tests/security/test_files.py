"""Files Desk writes are owner-only from their first byte; special files are refused."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from desk.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def db_files(path):
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


def test_config_init_writes_an_owner_only_file_even_over_a_readable_one(tmp_path, capsys):
    target = tmp_path / "conf" / "branch.toml"
    status, out, _ = run(capsys, "config", "init", str(target))
    assert status == 0 and mode(target) == 0o600
    assert mode(target.parent) == 0o700
    target.chmod(0o644)
    status, _, _ = run(capsys, "config", "init", str(target), "--force")
    assert status == 0 and mode(target) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["branch.toml"]  # no temp file left


def test_config_init_writes_a_fresh_branch_key_that_check_accepts(tmp_path, capsys):
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    run(capsys, "config", "init", str(first))
    run(capsys, "config", "init", str(second))
    keys = [line for p in (first, second) for line in p.read_text().splitlines()
            if line.startswith("# key = ")]
    assert len(keys) == 2 and keys[0] != keys[1]
    text = first.read_text().replace("# [[security.channels]]\n# type = \"lan\"",
                                     "[[security.channels]]\ntype = \"lan\"")
    text = text.replace("# group =", "group =").replace("# port = 47777", "port = 47777")
    text = text.replace("# key = ", "key = ")
    first.write_text(text)
    first.chmod(0o600)
    status, out, err = run(capsys, "config", "check", str(first))
    assert status == 0, out + err
    assert "1 alarm channel" in out


@pytest.mark.parametrize("argv", [
    ["demo-data", "--calls", "3"],
    ["incoming", "+358401234567", "--no-start"],  # queue only: no console started
    ["alarm", "test"],
])
def test_commands_create_an_owner_only_log(tmp_path, capsys, argv):
    db = tmp_path / "fresh" / "desk.db"
    run(capsys, *argv, "--db", str(db))
    assert db.exists()
    assert {p.name: mode(p) for p in db_files(db)} == {p.name: 0o600 for p in db_files(db)}
    assert mode(db.parent) == 0o700


def test_the_default_data_dir_is_owner_only(capsys):
    import platformdirs

    status, _, _ = run(capsys, "demo-data", "--calls", "1")
    folder = platformdirs.user_data_dir("desk", appauthor=False)
    assert status == 0 and mode(folder) == 0o700
    assert mode(os.path.join(folder, "desk.db")) == 0o600


def test_an_existing_empty_file_used_as_the_log_becomes_owner_only(tmp_path, capsys):
    db = tmp_path / "empty.db"
    db.touch()
    db.chmod(0o644)
    status, _, _ = run(capsys, "demo-data", "--calls", "1", "--db", str(db))
    assert status == 0 and mode(db) == 0o600


def test_the_pre_migration_backup_is_owner_only_before_the_copy(tmp_path, monkeypatch):
    from desk.store import db as db_mod

    path = tmp_path / "old.db"
    db_mod.open_db(path).conn.close()
    with sqlite3.connect(path) as conn:  # make it look like a log from before m006
        conn.execute("drop table lan_replay")
        conn.execute("delete from _sqlite_migrations where name = 'm006_lan_replay'")
    seen = {}
    real_connect = sqlite3.connect

    def spy(target, *args, **kwargs):
        if ".backup-" in os.path.basename(str(target)):
            seen[str(target)] = mode(target)  # already there, already 0600
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(db_mod.sqlite3, "connect", spy)
    db_mod.open_db(path).conn.close()
    assert list(seen.values()) == [0o600]
    (backup,) = seen
    assert mode(backup) == 0o600
    assert "m006_lan_replay" not in {r[0] for r in real_connect(backup).execute(
        "select name from _sqlite_migrations")}


def test_special_files_as_the_log_are_refused_in_one_line(tmp_path, capsys):
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    dangling = tmp_path / "link.db"
    dangling.symlink_to(tmp_path / "missing" / "target.db")
    cases = {fifo: "named pipe", dangling: "link to a file that does not exist",
             "/dev/null": "device", tmp_path: "folder"}
    for path, words in cases.items():
        status, out, err = run(capsys, "demo-data", "--calls", "1", "--db", str(path))
        assert status == 2, (path, err)
        assert words in err and err.count("\n") == 1 and "unexpected" not in err
    assert not (tmp_path / "missing").exists()


# -- files read back must be ours (issue 17, item 2) -------------------------------------------

from tests.security import accounts  # noqa: E402

make_account = accounts.make_account  # a fixture: a real second local account


def _service(db, config, clock, events):
    from desk.alerts.service import AlarmService
    from desk.core.calls import Identity

    service = AlarmService(db, config, clock, Identity("Aino", "desk-1", "Espoo"), events)
    service.events = events
    return service


@pytest.mark.logs_errors  # a refused file is logged as an error on purpose
def test_an_alarm_journal_planted_by_another_account_is_never_sent(tmp_path, clock, db_path,
                                                                    make_account):
    import shutil

    from desk.store.journal import journal_path
    from tests.alerts.conftest import Events, write_config
    from tests.alerts.receivers import WebhookReceiver, free_port

    port = free_port()
    config = write_config(tmp_path, '[[security.channels]]\ntype = "webhook"\n'
                          f'url = "http://127.0.0.1:{port}/alarm"\ntimeout_s = 1\n')
    log = tmp_path / "desk-log.db"
    log.write_bytes(os.urandom(8192))  # a damaged log: the alarm goes to the journal
    first = _service(log, config, clock, Events())
    first.start()
    forged = first.raise_alarm({"notes": "forged by another account"})
    assert first.events.wait(lambda: first.view(forged).delivery("webhook").state == "failed")
    assert first.recorder.wait_journaled(forged, timeout=10)
    first.stop()
    planted = journal_path(log)
    make_account().owns(planted)  # as if the other account had written it there
    before = planted.read_bytes()

    shutil.copy(db_path, log)  # a good log again: a journal would now be merged and resent
    receiver = WebhookReceiver(port=port)
    events = Events()
    second = _service(log, config, clock, events)
    try:
        second.start()
        assert events.wait(lambda: any(k == "restored" for k, _ in events.items))
        assert forged not in second.book and second.open_incident() is None
        refused = [d for k, d in events.items if k == "file_refused"]
        assert refused and refused[0]["path"] == str(planted)
        assert "belongs to another account" in refused[0]["why"]
        clock.advance(5)
        second.wake()
        real = second.raise_alarm({"notes": "a real one"})  # the alarm itself still works
        assert [p["uid"] for p in receiver.wait_for(1)] == [real]
        assert second.events.wait(
            lambda: second.view(real).delivery("webhook").state == "delivered")
        assert second.flush()
    finally:
        second.stop()
        receiver.stop()
    assert [p["uid"] for p, _ in receiver.posts] == [real]
    with sqlite3.connect(log) as conn:
        assert conn.execute("select uid from incidents").fetchall() == [(real,)]
    assert planted.read_bytes() == before  # left for IT to look at, not merged, not emptied


def test_desks_own_log_never_writes_through_a_planted_link(tmp_path):
    from desk.platform.logging_setup import private_handler_class

    target = tmp_path / "someone-elses.txt"
    target.write_text("theirs\n", encoding="utf-8")
    planted = tmp_path / "desk.log"
    planted.symlink_to(target)
    with pytest.raises(OSError, match="symbolic link"):
        private_handler_class()(planted, maxBytes=1000, backupCount=1, encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "theirs\n"


def test_a_log_file_of_another_account_in_a_shared_log_folder_is_refused(tmp_path,
                                                                          make_account):
    from desk.platform.logging_setup import private_handler_class

    planted = tmp_path / "desk.log"
    planted.write_text("", encoding="utf-8")
    make_account().owns(planted)
    with pytest.raises(OSError, match="belongs to another account"):
        private_handler_class()(planted, maxBytes=1000, backupCount=1, encoding="utf-8")
    assert planted.read_text(encoding="utf-8") == ""


@pytest.mark.logs_errors  # a refused file is logged as an error on purpose
def test_the_console_says_which_file_it_refused_and_why(make_console, qtbot, db_path,
                                                        make_account):
    from desk.store.journal import journal_path

    planted = journal_path(db_path)
    planted.write_text('{"type": "incident", "uid": "forged"}\n', encoding="utf-8")
    make_account().owns(planted)
    console = make_console()
    console.escalation.start_service()

    def banner():
        return next((t for t in console.banners.texts() if str(planted) in t), "")

    qtbot.waitUntil(lambda: banner() != "", timeout=5000)
    assert "belongs to another account" in banner() and "Alarms still work" in banner()


def test_a_call_log_of_another_account_is_used_as_asked_and_said(make_console, tmp_path,
                                                                  capsys, make_account):
    """Opened with --db (root can open anyone's file): the console and the command line say
    whose file it is, so nobody takes it for their own; it is not refused (IT looks at a
    receptionist's log this way) and nothing in it changes owner."""
    from desk.store.db import open_db

    path = tmp_path / "theirs.db"
    open_db(path).conn.close()
    account = make_account()
    account.owns(path)
    status, _out, err = run(capsys, "callbacks", "--db", str(path))
    assert status == 0
    assert f"the call log {path} belongs to another account, {account.name}" in err
    window = make_console(path=path)
    assert window.ready
    notice = window.banners.banners["log_of_another_account"]
    assert account.name in notice.label.text() and "their file" in notice.label.text()
    assert os.stat(path).st_uid == account.uid


def test_ones_own_call_log_says_nothing_of_owners(make_console, db_path, capsys):
    status, _out, err = run(capsys, "callbacks", "--db", str(db_path))
    assert status == 0 and "another account" not in err
    assert "log_of_another_account" not in make_console().banners.banners
