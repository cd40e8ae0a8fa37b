"""A shared front-desk PC: two real accounts, one call log named by the machine-wide config.

The morning shift (account A) records calls and callbacks; the afternoon shift (account B)
sees them in ``desk callbacks``, the report and the export. The log is shared with one group
and nobody else; one console runs per log across accounts, and the second account is told
who has it open; a ``[store]`` in a user's own config is refused. Real accounts made with
``useradd`` (root only; skipped with the reason otherwise).
"""

from __future__ import annotations

import grp
import json
import os
import re
import secrets
import shutil
import stat
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.test_one_console import Console, desk_env, run_desk, unexpected, wait_for_row
from tests.security import accounts

make_account = accounts.make_account  # a fixture: real local accounts

pytestmark = pytest.mark.process


@dataclass
class Shift:
    account: accounts.Account
    env: dict
    how: dict  # subprocess arguments: run as this account, in the front-desk group

    def desk(self, *argv: str) -> subprocess.CompletedProcess:
        return run_desk(self.env, *argv, **self.how)

    def history(self, number: str) -> list:
        """The console's caller history for ``number``, read as this account."""
        how = {k: v for k, v in self.how.items() if k != "python"}
        done = subprocess.run([self.how["python"], "-c", HISTORY, number], env=self.env,
                              capture_output=True, text=True, timeout=60, **how)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


HISTORY = """
import json, sys
from desk.core.history import lookup
from desk.store_setting import resolve_db
from desk.store.db import open_db

found = lookup(open_db(resolve_db(None), create=False), sys.argv[1], None)
print(json.dumps([[c["started_at"] for c in found.calls],
                  [c["full_name"] for c in found.callbacks]]))
"""


@dataclass
class FrontDesk:
    morning: Shift
    afternoon: Shift
    group: str
    gid: int
    log: Path


@pytest.fixture
def front_desk(make_account):
    morning_account, afternoon_account = make_account(), make_account()
    group = "dkg" + secrets.token_hex(4)
    subprocess.run(["groupadd", group], check=True, capture_output=True)
    machine = Path(tempfile.mkdtemp(prefix="desk-test-machine-"))  # reachable by the accounts
    try:
        gid = grp.getgrnam(group).gr_gid
        for account in (morning_account, afternoon_account):
            subprocess.run(["usermod", "-a", "-G", group, account.name], check=True,
                           capture_output=True)
        machine.chmod(0o755)
        etc = machine / "etc" / "desk"
        etc.mkdir(parents=True)
        (machine / "etc").chmod(0o755)
        etc.chmod(0o755)
        var = machine / "var"
        var.mkdir()
        os.chown(var, 0, gid)
        var.chmod(0o775)  # members may make the log's folder (the package makes it too)
        log = var / "desk" / "desk.db"
        config = etc / "branch.toml"  # IT's: root:group 0640, as the package installs it
        config.write_text(f'[branch]\nname = "Espoo"\n\n[store]\npath = "{log}"\n'
                          f'group = "{group}"\n')
        os.chown(config, 0, gid)
        config.chmod(0o640)
        shifts = [_shift(account, gid, machine) for account in (morning_account,
                                                                afternoon_account)]
        yield FrontDesk(shifts[0], shifts[1], group, gid, log)
    finally:
        subprocess.run(["groupdel", group], check=False, capture_output=True)
        shutil.rmtree(machine, ignore_errors=True)


def _shift(account: accounts.Account, gid: int, machine: Path) -> Shift:
    python, path = accounts.python_for(account)
    home = account.home
    (home / "run").mkdir(mode=0o700)
    account.owns(home / "run")
    env = dict(desk_env(home), PYTHONPATH=path, XDG_RUNTIME_DIR=str(home / "run"),
               XDG_CONFIG_DIRS=str(machine / "etc"))
    # umask 077: the shared modes must not depend on the receptionist's umask.
    how = {"python": python, "user": account.uid, "group": account.gid, "extra_groups": [gid],
           "umask": 0o077}
    return Shift(account, env, how)


def _mode(path: Path) -> tuple[int, str]:
    info = path.stat()
    return stat.S_IMODE(info.st_mode), grp.getgrgid(info.st_gid).gr_name


def _start_console(shift: Shift) -> Console:
    python = shift.how["python"]
    how = {k: v for k, v in shift.how.items() if k != "python"}
    console = Console.__new__(Console)
    # ``desk`` as IT's shortcut starts it: no --db, the machine-wide config decides.
    import queue
    import threading

    console.proc = subprocess.Popen([python, "-m", "desk"], env=shift.env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    **how)
    console.lines = queue.Queue()
    console.err = []
    threading.Thread(target=console._pump, args=(console.proc.stdout, console.lines.put),
                     daemon=True).start()
    console._err_thread = threading.Thread(target=console._pump,
                                           args=(console.proc.stderr, console.err.append),
                                           daemon=True)
    console._err_thread.start()
    return console


def test_two_shifts_share_one_call_log_and_one_console(front_desk):
    morning, afternoon, log = front_desk.morning, front_desk.afternoon, front_desk.log

    made = morning.desk("demo-data", "--calls", "40", "--seed", "3")  # no --db: the shared log
    assert made.returncode == 0, made.stderr
    assert str(log) in made.stdout
    taken = int(re.search(r"(\d+) callbacks", made.stdout).group(1))
    assert taken > 0
    assert _mode(log.parent) == (0o2770, front_desk.group)
    assert _mode(log) == (0o660, front_desk.group)
    assert log.stat().st_uid == morning.account.uid

    console = _start_console(morning)
    try:
        console.wait_ready()
        for extra in ("-wal", "-shm"):  # SQLite's files: the log's mode, whatever the umask
            assert _mode(Path(f"{log}{extra}")) == (0o660, front_desk.group)
        incoming = morning.desk("incoming", "+358401234567", "--name", "Morning Caller")
        assert incoming.returncode == 0 and "handed to the console" in incoming.stdout, \
            incoming.stderr
        wait_for_row(log, "select id from calls where caller_name = 'Morning Caller'")

        second = afternoon.desk()  # the afternoon shift logs in while the console is open
        assert second.returncode == 1
        assert f"open in Desk by {morning.account.name} (pid {console.proc.pid})" \
            in second.stderr
        assert console.proc.poll() is None

        theirs = afternoon.desk("callbacks", "--all", "--format", "json")
        ours = morning.desk("callbacks", "--all", "--format", "json")
        assert theirs.returncode == 0, theirs.stderr
        assert len(json.loads(theirs.stdout)) == taken
        assert json.loads(theirs.stdout) == json.loads(ours.stdout)
        out = afternoon.account.home / "calls.json"
        exported = afternoon.desk("export", "--format", "json", "--out", str(out))
        assert exported.returncode == 0, exported.stderr
        assert len(json.loads(out.read_text())) == 40  # every finished call
        with_phone = [c for c in json.loads(theirs.stdout) if c.get("phone")]
        caller = sorted(with_phone, key=lambda c: bool(c.get("answered_at")))[0]["phone"]
        for number in (caller, "+358401234567"):  # a callback's caller, the new one
            assert afternoon.history(number) == morning.history(number)
        assert any(afternoon.history(caller))  # the morning's calls and callback with them
        assert len(afternoon.history("+358401234567")[0]) == 1  # the call ringing now
    finally:
        assert unexpected(console.stop()) == []

    afternoon_console = _start_console(afternoon)  # the morning shift closed Desk
    try:
        afternoon_console.wait_ready()
        report = afternoon.desk("report", "--format", "json")
        assert json.loads(report.stdout)["calls"] == 40  # the morning's, for the review
    finally:
        assert unexpected(afternoon_console.stop()) == []
    assert _mode(log) == (0o660, front_desk.group)


def test_a_store_in_a_users_own_config_is_refused(front_desk):
    shift = front_desk.afternoon
    own = shift.account.home / "mine.toml"
    own.write_text(f'[store]\npath = "{shift.account.home / "elsewhere.db"}"\n')
    shift.account.owns(own)
    done = shift.desk("callbacks", "--config", str(own))
    assert done.returncode == 2
    assert "[store] may be set only in the machine-wide config" in done.stderr
    assert not (shift.account.home / "elsewhere.db").exists()
    console = shift.desk("--config", str(own))
    assert console.returncode == 2 and "machine-wide config" in console.stderr


def test_a_shared_log_outside_the_group_is_refused(front_desk):
    """A log planted in the shared folder by someone not in the group is not used."""
    shift = front_desk.morning
    assert shift.desk("demo-data", "--calls", "1").returncode == 0
    os.chown(front_desk.log, 0, 0)  # root's, group root: not the front desk's
    front_desk.log.chmod(0o666)
    done = shift.desk("callbacks")
    assert done.returncode != 0
    assert "the shared call log's file is refused" in done.stderr


def test_a_store_outside_the_machine_wide_config_is_refused(tmp_path):
    from desk import config as config_mod

    own = tmp_path / "branch.toml"
    own.write_text('[store]\npath = "/srv/desk/desk.db"\n')
    with pytest.raises(config_mod.ConfigError, match=r"\[store\] may be set only in the "
                                                     "machine-wide config"):
        config_mod.load(own)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0,
                    reason="the machine-wide config is root's: needs root to write one")
def test_the_machine_wide_store_names_the_log_unless_db_says_otherwise(tmp_path, monkeypatch):
    from desk.store_setting import resolve_db

    etc = tmp_path / "etc"
    (etc / "desk").mkdir(parents=True)
    (etc / "desk" / "branch.toml").write_text('[store]\npath = "/srv/desk/desk.db"\n')
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(etc))
    assert resolve_db(None) == Path("/srv/desk/desk.db")
    assert resolve_db(str(tmp_path / "mine.db")) == tmp_path / "mine.db"  # --db wins
    monkeypatch.setenv("DESK_DB", str(tmp_path / "env.db"))
    assert resolve_db(None) == tmp_path / "env.db"
    (etc / "desk" / "branch.toml").chmod(0o666)  # writable by anyone: not IT's any more
    from desk.config import ConfigError

    monkeypatch.delenv("DESK_DB")
    with pytest.raises(ConfigError, match="machine-wide"):
        resolve_db(None)


def test_a_shared_folder_without_the_setgid_bit_is_refused(front_desk):
    """Without it, the -wal/-shm files one shift's console makes would not be the group's,
    and the next shift's console could not open the log."""
    folder = front_desk.log.parent
    folder.mkdir(mode=0o770)
    os.chown(folder, 0, front_desk.gid)
    folder.chmod(0o770)  # IT's, by hand: the group's, but no setgid
    done = front_desk.morning.desk("demo-data", "--calls", "1")
    assert done.returncode != 0
    assert "lacks the setgid bit" in done.stderr
    assert not front_desk.log.exists()


def test_an_account_outside_the_group_is_told_to_ask_it(front_desk, make_account):
    assert front_desk.morning.desk("demo-data", "--calls", "1").returncode == 0
    visitor = make_account()  # an account on the PC that is not a receptionist
    config = front_desk.log.parent.parent.parent / "etc" / "desk" / "branch.toml"
    config.chmod(0o644)  # no secret in it: readable by all (0640 would stop them there)
    python, path = accounts.python_for(visitor)
    env = dict(front_desk.morning.env, HOME=str(visitor.home), PYTHONPATH=path,
               XDG_RUNTIME_DIR=str(visitor.home))
    done = run_desk(env, "callbacks", python=python, **accounts.run_as(visitor))
    assert done.returncode != 0
    assert (f"shared by the members of the group {front_desk.group!r}, and {visitor.name} "
            "is not one: ask IT to add this account") in done.stderr
