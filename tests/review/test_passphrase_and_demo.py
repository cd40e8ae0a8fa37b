"""The supervisor passphrase (scrypt, slowed-down retries) and demo data worth reviewing."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from desk.report import Filters, SqliteBackend, open_readonly, report, trends
from desk.report import passphrase as store
from desk.report.passphrase import Gate, hash_passphrase, verify
from tests.review.conftest import NOW
from tests.security import accounts

make_account = accounts.make_account  # a fixture: a real second local account
RIGHT = "correct horse"


@pytest.fixture(autouse=True)
def _machine_dirs(tmp_path, monkeypatch):
    """No machine-wide config unless a test puts one in ``etc``; tries counted per test."""
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("DESK_PASSPHRASE", raising=False)


class Tick:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_passphrase_is_stored_as_a_salted_scrypt_hash():
    one, two = hash_passphrase("correct horse"), hash_passphrase("correct horse")
    assert one.startswith("scrypt$16384$8$1$") and one != two  # random salt
    assert verify("correct horse", one) and not verify("correct horsE", one)
    assert not verify("anything", "md5$deadbeef") and not verify("x", "garbage")


def test_wrong_tries_wait_longer_each_time_even_for_the_right_one():
    clock = Tick()
    gate = Gate(hash_passphrase("correct horse"), clock)
    assert not gate.attempt("guess one") and gate.wait_s() == 1
    assert not gate.attempt("correct horse")  # too soon: refused without checking
    clock.now += 1
    assert not gate.attempt("guess two") and gate.wait_s() == 2
    clock.now += 2
    assert not gate.attempt("guess three") and gate.wait_s() == 4
    clock.now += 4
    assert gate.attempt("correct horse") and gate.failures == 0


def test_demo_data_is_a_branch_with_something_to_coach(demo_db):
    conn = sqlite3.connect(demo_db)
    starts = [datetime.fromisoformat(r[0].replace("Z", "+00:00")).astimezone()
              for r in conn.execute("select started_at from calls")]
    assert all(s.weekday() < 5 and 8 <= s.hour < 17 for s in starts)  # office hours
    operators = {r[0] for r in conn.execute("select distinct operator from calls")}
    assert {"Jonas", "Ramon", "Maria"} <= operators
    late_told = conn.execute("select count(*) from callback_notices").fetchone()[0]
    overdue_answered = conn.execute("select count(*) from callbacks where answered_at > "
                                    "due_at").fetchone()[0]
    incidents = conn.execute("select count(*) from incidents").fetchone()[0]
    conn.close()
    assert late_told > 0 and overdue_answered > 0 and incidents > 0
    backend = SqliteBackend(open_readonly(demo_db))
    people = {o["operator"]: o for o in trends.per_operator(backend, Filters())}
    team = report(backend, now=NOW).values
    # Jonas skips the personal question; Ramon's calls run long and rarely wrap up.
    assert people["Jonas"]["personal_question_share"] < 0.5 < people["Aino"][
        "personal_question_share"]
    assert people["Ramon"]["within_target_share"] < team["within_target_share"] - 0.2
    assert team["most_skipped_items"][0][0] == "personal_question"
    backend.conn.close()


def test_callbacks_in_demo_data_are_dated_by_the_real_rule(demo_db):
    from desk.core.callbacks import due_at
    from desk.core.clock import parse_iso, to_iso

    conn = sqlite3.connect(demo_db)
    rows = conn.execute("select c.created_at, coalesce((select min(old_due_at) from "
                        "callback_notices n where n.callback_id = c.id), c.due_at) "
                        "from callbacks c").fetchall()
    conn.close()
    assert rows
    for created, promised in rows:
        assert promised == to_iso(due_at(parse_iso(created), 3, []))


# -- the passphrase is the supervisor's (issue 17, item 7) ---------------------------------


def test_a_config_named_by_the_user_does_not_bring_its_own_passphrase(desk_cli, demo_db,
                                                                      tmp_path):
    status, _out, _err = desk_cli("config", "set-passphrase", stdin=f"{RIGHT}\n{RIGHT}\n")
    assert status == 0 and store.load(store.location()) is not None
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "branch.toml").write_text("[branch]\nname = \"Espoo\"\n", encoding="utf-8")
    (mine / "review-passphrase").write_text(hash_passphrase("my own one") + "\n")
    args = ("report", "--db", str(demo_db), "--config", str(mine / "branch.toml"),
            "--by-operator", "--format", "json")
    status, out, err = desk_cli(*args, stdin="my own one\n")
    assert status == 2 and "wrong supervisor passphrase" in err and out == ""
    status, _out, err = desk_cli("config", "set-passphrase", "--config",
                                 str(mine / "branch.toml"), stdin="x\nnew one here\n" * 2)
    assert status == 2 and verify(RIGHT, store.load(store.location()))


def test_replacing_the_passphrase_needs_the_old_one(desk_cli, tmp_path):
    assert desk_cli("config", "set-passphrase", stdin=f"{RIGHT}\n{RIGHT}\n")[0] == 0
    status, _out, err = desk_cli("config", "set-passphrase",
                                 stdin="a guess!\nmine now!\nmine now!\n")
    assert status == 2 and "wrong supervisor passphrase" in err
    assert verify(RIGHT, store.load(store.location()))
    with store.Tries().held() as state:
        state["not_before"] = 0  # the slow-down has passed
    status, out, _err = desk_cli("config", "set-passphrase",
                                 stdin=f"{RIGHT}\nnew and long\nnew and long\n")
    assert status == 0 and verify("new and long", store.load(store.location()))


def test_export_asks_for_the_passphrase_once_one_is_set(desk_cli, demo_db, tmp_path,
                                                        monkeypatch):
    out_file = tmp_path / "calls.csv"
    args = ("export", "--db", str(demo_db), "--format", "csv", "--out", str(out_file))
    assert desk_cli(*args, stdin="")[0] == 0  # none set: nothing to ask (said in the README)
    out_file.unlink()
    assert desk_cli("config", "set-passphrase", stdin=f"{RIGHT}\n{RIGHT}\n")[0] == 0
    status, _out, err = desk_cli(*args, stdin="\n")  # a script that says nothing
    assert status == 2 and "no supervisor passphrase given" in err and "DESK_PASSPHRASE" in err
    status, _out, err = desk_cli(*args, stdin="a guess!\n")
    assert status == 2 and "wrong supervisor passphrase" in err and not out_file.exists()
    with store.Tries().held() as state:
        state["not_before"] = 0
    monkeypatch.setenv("DESK_PASSPHRASE", RIGHT)  # a script's way
    status, out, _err = desk_cli(*args)
    assert status == 0 and out_file.exists()


def test_wrong_tries_persist_and_slow_down_every_process_with_a_clock_not_a_sleep(tmp_path):
    stored = hash_passphrase(RIGHT)
    clock = Tick()
    path = tmp_path / "state" / "tries"

    def attempt(given):  # a fresh Tries each time: as a separate process would
        try:
            store.check(given, stored, store.Tries(path, now=clock))
        except store.PassphraseError as exc:
            return str(exc)
        return "ok"

    assert "wrong" in attempt("guess one") and store.Tries(path, now=clock).wait_s() == 1
    assert "try again in 1 s" in attempt(RIGHT)  # too soon: not even checked
    clock.now += 1
    assert "wrong" in attempt("guess two") and store.Tries(path, now=clock).wait_s() == 2
    clock.now += 2
    assert "wrong" in attempt("guess three") and store.Tries(path, now=clock).wait_s() == 4
    clock.now += 4
    assert attempt(RIGHT) == "ok" and store.Tries(path, now=clock).wait_s() == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    clock.now -= 3600  # a clock set back never locks the supervisor out for an hour
    attempt("guess four")
    assert store.Tries(path, now=clock).wait_s() <= store.MAX_DELAY_S


def test_separate_report_processes_are_slowed_down(demo_db, tmp_path):
    config_home = tmp_path / "home" / "config" / "desk"
    config_home.mkdir(parents=True)
    store.save(config_home / "review-passphrase", hash_passphrase(RIGHT))
    env = dict(os.environ, HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(config_home.parent),
               XDG_STATE_HOME=str(tmp_path / "home" / "state"),
               XDG_CONFIG_DIRS=str(tmp_path / "etc"), PYTHONPATH=str(Path.cwd()))
    args = [sys.executable, "-m", "desk", "report", "--db", str(demo_db), "--by-operator",
            "--format", "json"]

    def run(given):
        return subprocess.run(args, env=dict(env, DESK_PASSPHRASE=given), capture_output=True,
                              text=True, timeout=60)

    wrong = run("a guess!")
    assert wrong.returncode == 2 and "wrong supervisor passphrase" in wrong.stderr
    right_too_soon = run(RIGHT)  # the very next process, even with the right one
    assert right_too_soon.returncode == 2 and "try again in" in right_too_soon.stderr
    assert right_too_soon.stdout == ""


def test_a_passphrase_file_others_may_write_is_refused_by_name(desk_cli, demo_db):
    assert desk_cli("config", "set-passphrase", stdin=f"{RIGHT}\n{RIGHT}\n")[0] == 0
    where = store.location()
    where.chmod(0o666)
    status, _out, err = desk_cli("report", "--db", str(demo_db), "--by-operator",
                                 stdin=f"{RIGHT}\n")
    assert status == 2 and str(where) in err and "other accounts may write" in err


def test_a_machine_wide_passphrase_is_only_the_admins_to_change(desk_cli, demo_db,
                                                                make_account, monkeypatch):
    user = make_account()
    machine = user.home.parent / "etc"  # root's, readable by all, like /etc/xdg
    etc = machine / "desk"
    etc.mkdir(parents=True)
    (etc / "branch.toml").write_text("[branch]\nname = \"Espoo\"\n", encoding="utf-8")
    for folder in (machine, etc):
        folder.chmod(0o755)
    (etc / "branch.toml").chmod(0o644)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(machine))
    # IT (root here) may set and reset it without the old one: it can write the folder.
    assert desk_cli("config", "set-passphrase", stdin="first one\nfirst one\n")[0] == 0
    assert desk_cli("config", "set-passphrase", stdin=f"{RIGHT}\n{RIGHT}\n")[0] == 0
    stored = etc / "review-passphrase"
    assert store.location() == stored and stat.S_IMODE(stored.stat().st_mode) == 0o644

    python, path = accounts.python_for(user)
    log = user.home / "desk.db"
    log.write_bytes(demo_db.read_bytes())
    user.owns(log)
    env = {"HOME": str(user.home), "PATH": os.environ.get("PATH", "/usr/bin"),
           "XDG_CONFIG_DIRS": str(machine), "PYTHONPATH": path}

    def desk_as_user(*argv, stdin="", **extra):
        return subprocess.run([python, "-m", "desk", *argv], env=dict(env, **extra),
                              input=stdin, capture_output=True, text=True, timeout=60,
                              **accounts.run_as(user))

    mine = desk_as_user("config", "set-passphrase", stdin="mine now!\nmine now!\n")
    assert mine.returncode == 2 and "only an account that may write that folder" in mine.stderr
    named = user.home / "branch.toml"  # a config of the user's own does not help either
    named.write_text("[branch]\nname = \"Espoo\"\n", encoding="utf-8")
    mine = desk_as_user("config", "set-passphrase", "--config", str(named),
                        stdin="mine now!\nmine now!\n")
    assert mine.returncode == 2 and verify(RIGHT, store.load(stored))
    figures = desk_as_user("report", "--db", str(log), "--by-operator", "--format", "json",
                           DESK_PASSPHRASE=RIGHT)
    assert figures.returncode == 0, figures.stderr
    assert "Jonas" in {o["operator"] for o in json.loads(figures.stdout)["per_operator"]}


def test_the_window_and_the_command_line_share_one_count(tmp_path):
    stored, clock = hash_passphrase(RIGHT), Tick()
    path = tmp_path / "state" / "tries"
    window = Gate(stored, clock, store.Tries(path, now=clock))
    with pytest.raises(store.PassphraseError):  # a wrong try in `desk report`
        store.check("a guess!", stored, store.Tries(path, now=clock))
    assert window.wait_s() == 1 and not window.attempt(RIGHT)
    clock.now += 1
    assert not window.attempt("another guess") and store.Tries(path, now=clock).wait_s() == 2
    clock.now += 2
    assert window.attempt(RIGHT)
