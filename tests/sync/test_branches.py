"""Head office keeps branches apart: each branch pushes with its own role (``desk sync
add-branch``), sees and changes only its own logs — by ``desk`` and by plain SQL with its
credentials — a relabelled push is refused and counted, the reader sees every branch, and
head office's retention is its own (``desk sync purge``)."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from desk.cli import main
from desk.sync import schema
from desk.sync.tables import SYNCED
from tests.sync.helpers import central_counts, local_counts, sync_all
from tests.sync.pgserver import PASSWORD

OWNER_PASSWORD = PASSWORD  # the test cluster's superuser plays head office's owner


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def _path(db):
    return db.conn.execute("pragma database_list").fetchone()[2]


def as_role(url: str, role: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{role}@{parts.netloc.rsplit('@', 1)[-1]}"))


def connect_as(url: str, role: str, password: str):
    return psycopg.connect(as_role(url, role), password=password, autocommit=True)


def snapshot(url: str, log_id: str) -> dict[str, list[tuple]]:
    """Every column of every row of one log, as the owner sees it (byte-for-byte)."""
    with psycopg.connect(url, password=OWNER_PASSWORD, autocommit=True) as conn:
        return {t: conn.execute(f"select * from {t} where log_id = %s "
                                f"order by {'log_id' if t == 'logs' else 'id'}",
                                [log_id]).fetchall() for t in ("logs", *SYNCED)}


class Branch:
    def __init__(self, name: str, role: str, password: str, url: str):
        self.name, self.role, self.password, self.url = name, role, password, url

    def push(self, monkeypatch, db):
        monkeypatch.setenv("DESK_SYNC_PASSWORD", self.password)
        try:
            return sync_all(_path(db), self.url, branch=self.name)
        finally:
            monkeypatch.setenv("DESK_SYNC_PASSWORD", OWNER_PASSWORD)

    def sql(self):
        return psycopg.connect(self.url, password=self.password, autocommit=True)


def add_branch(capsys, monkeypatch, url: str, name: str, password: str | None = None,
               role: str | None = None):
    if password is None:
        monkeypatch.delenv("DESK_SYNC_NEW_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("DESK_SYNC_NEW_PASSWORD", password)
    argv = ["sync", "add-branch", url, name] + (["--role", role] if role else [])
    return run(capsys, *argv)


@pytest.fixture
def two_branches(capsys, monkeypatch, server_url, make_log):
    """Espoo and Vantaa, each with its own role, each having pushed its own log; Vantaa's
    log holds an incident with a delivery too."""
    suffix = server_url.rsplit("/", 1)[1]  # roles are cluster-wide: one pair per database
    made = {}
    for name in ("Espoo", "Vantaa"):
        role, secret = f"{name.lower()}_{suffix}", f"{name}-secret-1"
        status, _, err = add_branch(capsys, monkeypatch, server_url, name, secret, role)
        assert status == 0, err
        made[name] = Branch(name, role, secret, as_role(server_url, role))
    logs = {"Espoo": make_log("espoo", 40, 1, "Espoo"), "Vantaa": make_log("vantaa", 30, 2,
                                                                             "Vantaa")}
    with logs["Vantaa"].conn as conn:
        conn.execute("insert into incidents (id, call_id, raised_at, kind, branch) values "
                     "(1, 1, '2026-11-20T10:00:00Z', 'alarm', 'Vantaa')")
        conn.execute("insert into deliveries (incident_id, channel, message, status, "
                     "created_at) values (1, 'sms', 'Alarm at Vantaa', 'delivered', "
                     "'2026-11-20T10:00:01Z')")
    for name, branch in made.items():
        branch.push(monkeypatch, logs[name])
    return server_url, made, logs


def test_each_branch_pushes_its_own_log_and_reaches_nothing_else(two_branches):
    url, branches, logs = two_branches
    assert central_counts(url) == local_counts(*logs.values())
    vantaa_before = snapshot(url, "log-vantaa")
    assert vantaa_before["incidents"] and vantaa_before["deliveries"]
    with branches["Espoo"].sql() as espoo:
        assert espoo.execute("select log_id, branch from logs").fetchall() == \
            [("log-espoo", "Espoo")]
        for table in SYNCED:  # reading: only its own rows, however asked
            assert espoo.execute(f"select count(*) from {table} where log_id <> 'log-espoo'"
                                 ).fetchone() == (0,)
        assert espoo.execute("select count(*) from calls").fetchone()[0] == \
            logs["Espoo"].execute("select count(*) from calls").fetchone()[0]
        # changing: updates and deletes find nothing of Vantaa's
        assert espoo.execute("update calls set topic = 'mine now' "
                             "where log_id = 'log-vantaa'").rowcount == 0
        assert espoo.execute("delete from incidents where log_id = 'log-vantaa'"
                             ).rowcount == 0
        assert espoo.execute("delete from deliveries").rowcount == 0  # it has none
        assert espoo.execute("update logs set owner_role = current_user "
                             "where log_id = 'log-vantaa'").rowcount == 0
        for statement in (
                "insert into calls (log_id, log_no, sync_seq, id, topic) select 'log-vantaa', "
                "log_no, 1, 9999, 'forged' from logs",  # a row into Vantaa's log
                "insert into calls (log_id, log_no, sync_seq, id, topic) values "
                "('log-espoo', 2, 1, 9999, 'forged')",  # its own log under Vantaa's number
                "insert into logs (log_id, branch, owner_role) values ('log-x', 'Vantaa', "
                f"'{branches['Vantaa'].role}')",  # a log in another role's name
                "update logs set owner_role = 'desk'",  # giving its own log away
                "select count(*) from desk_report.calls",  # every branch's rows
                "select count(*) from desk_branches",
                "truncate incidents",
                "alter table calls disable row level security"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                espoo.execute(statement)
        # A push of a merged file asks which origin logs it may not write.
        assert espoo.execute("select * from desk_logs_of_others(array['log-espoo', "
                             "'log-vantaa', 'log-new'])").fetchall() == [("log-vantaa",)]
    with branches["Vantaa"].sql() as vantaa:
        assert vantaa.execute("select distinct log_id from calls").fetchall() == \
            [("log-vantaa",)]
    assert snapshot(url, "log-vantaa") == vantaa_before
    assert central_counts(url) == local_counts(*logs.values())


def _config(tmp_path, name: str, url: str) -> str:
    path = tmp_path / f"{name}.toml"
    path.write_text(f'[branch]\nname = "{name}"\n\n[sync]\nurl = "{url}"\n', encoding="utf-8")
    return str(path)


def test_a_relabelled_push_is_refused_counted_and_changes_nothing(capsys, monkeypatch,
                                                                  tmp_path, two_branches,
                                                                  make_log):
    url, branches, logs = two_branches
    espoo = branches["Espoo"]
    # An Espoo log relabelled with Vantaa's log id (in place: the file is where it was made).
    forger = make_log("forged", 35, 5, "Espoo")
    with forger.conn as conn:
        conn.execute("update meta set value = 'log-vantaa' where key = 'log_id'")
        conn.execute("insert into incidents (id, call_id, raised_at, kind, branch) values "
                     "(1, 1, '2026-11-20T10:00:00Z', 'alarm', 'Espoo')")
    forged = _path(forger)
    forger.conn.close()
    vantaa_before = snapshot(url, "log-vantaa")
    espoo_before = snapshot(url, "log-espoo")
    config = _config(tmp_path, "Espoo", espoo.url)
    monkeypatch.setenv("DESK_SYNC_PASSWORD", espoo.password)
    for _attempt in (1, 2):
        status, _, err = run(capsys, "--db", forged, "--config", config, "sync", "now")
        assert status == 2 and err.count("\n") == 1 and "Traceback" not in err
        assert "head office refused this log" in err and "another branch" in err
    assert snapshot(url, "log-vantaa") == vantaa_before
    assert snapshot(url, "log-espoo") == espoo_before

    status, out, _ = run(capsys, "--db", forged, "--config", config, "sync", "status",
                         "--format", "json")
    state = json.loads(out)
    assert status == 1 and state["refused"] == 2 and state["last_refused_at"]
    assert state["waiting"] > 0  # kept locally, nothing lost
    status, out, _ = run(capsys, "--db", forged, "--config", config, "sync", "status")
    assert status == 1 and "refused by head office: 2 push(es)" in out

    # Its own log still goes through.
    status, out, _ = run(capsys, "--db", _path(logs["Espoo"]), "--config", config,
                         "sync", "status", "--format", "json")
    assert json.loads(out)["refused"] == 0


def _reader(pg, url: str) -> tuple[str, str]:
    """Head office's reading role, with exactly the grants docs/sync.md lists."""
    database = url.rsplit("/", 1)[1]
    role, secret = f"reader_{database}", "reader-secret"
    with pg.admin(database) as conn:
        conn.execute(f"create role {role} login password '{secret}'")
        for grant in (f"grant connect, temporary on database {database} to {role}",
                      f"grant usage on schema desk_report to {role}",
                      f"grant select on all tables in schema desk_report to {role}",
                      f"grant select on desk_migrations to {role}"):
            conn.execute(grant)
    return role, secret


def test_the_reader_sees_every_branch(capsys, monkeypatch, pg, two_branches):
    url, branches, logs = two_branches
    espoo = branches["Espoo"]  # with a branch's credentials `desk` shows its own rows only
    monkeypatch.setenv("DESK_SYNC_PASSWORD", espoo.password)
    status, out, err = run(capsys, "--db", espoo.url, "sync", "summary", "--format", "json")
    assert status == 0 and [line["branch"] for line in json.loads(out)] == ["Espoo"], err
    status, out, err = run(capsys, "--db", espoo.url, "report", "--format", "json")
    assert status == 0 and json.loads(out)["calls"] == logs["Espoo"].execute(
        "select count(*) from calls").fetchone()[0], err
    role, secret = _reader(pg, url)
    monkeypatch.setenv("DESK_SYNC_PASSWORD", secret)
    reader_url = as_role(url, role)
    status, out, err = run(capsys, "--db", reader_url, "sync", "summary", "--format", "json")
    assert status == 0, err
    calls = {line["branch"]: line["calls"] for line in json.loads(out)}
    assert calls == {name: db.execute("select count(*) from calls where ended_at is not "
                                      "null").fetchone()[0] for name, db in logs.items()}
    status, out, err = run(capsys, "--db", reader_url, "sync", "summary", "--branch",
                           "Vantaa", "--format", "json")
    assert status == 0 and [line["branch"] for line in json.loads(out)] == ["Vantaa"], err
    status, out, err = run(capsys, "--db", reader_url, "report", "--format", "json")
    assert status == 0, err
    from desk.sync.backend import PgBackend

    review = PgBackend(reader_url)  # what the review window reads
    try:
        assert review.branches() == ["Espoo", "Vantaa"]
        assert review.data_version()[0] == 2  # two logs pushed
    finally:
        review.close()
    with connect_as(url, role, secret) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):  # the tables: not its own
        conn.execute("select count(*) from public.calls")


def test_add_branch_prints_a_new_password_once_and_twice_replaces_it(capsys, monkeypatch,
                                                                     server_url):
    role = "helsinki_" + server_url.rsplit("/", 1)[1]
    status, out, err = add_branch(capsys, monkeypatch, server_url, "Helsinki", role=role)
    assert status == 0, err
    assert f"role {role} for branch Helsinki created" in out
    first = re.search(r"password \(shown once[^)]*\): (\S+)", out).group(1)
    assert len(first) >= 30 and f":{role}:{first}" in out  # the pgpass line
    assert f'url = "{as_role(server_url, role)}"' in out
    assert PASSWORD not in out and PASSWORD not in err  # the owner's password: never
    connect_as(server_url, role, first).close()

    status, out, err = add_branch(capsys, monkeypatch, server_url, "Helsinki", "second-one",
                                  role=role)
    assert status == 0 and "given a new password" in out, err
    assert "second-one" not in out  # chosen by the caller: not printed
    connect_as(server_url, role, "second-one").close()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        connect_as(server_url, role, first)


def test_add_branch_default_role_and_bad_input(capsys, monkeypatch, server_url, pg):
    from desk.sync.branches import default_role

    assert default_role("Espoo – Leppävaara 2") == "desk_branch_espoo_lepp_vaara_2"
    cases = [
        (("Espoo", "s", "Robert'); drop table calls; --"), "--role"),
        (("   ", "s", None), "not a branch name"),
        (("Espoo", "s", "desk"), "not a Desk branch role"),  # the owner itself
    ]
    for (name, secret, role), message in cases:
        status, _, err = add_branch(capsys, monkeypatch, server_url, name, secret, role)
        assert status == 2 and message in err and err.count("\n") == 1, err
    role = "tampere_" + server_url.rsplit("/", 1)[1]
    assert add_branch(capsys, monkeypatch, server_url, "Tampere", "t-secret", role)[0] == 0
    status, _, err = add_branch(capsys, monkeypatch, server_url, "Turku", "s", role)
    assert status == 2 and "already pushes for branch 'Tampere'" in err

    # A branch role cannot add branches.
    monkeypatch.setenv("DESK_SYNC_PASSWORD", "t-secret")
    status, _, err = add_branch(capsys, monkeypatch, as_role(server_url, role), "Oulu", "s",
                                "oulu_" + server_url.rsplit("/", 1)[1])
    assert status == 2 and "not the owner" in err and err.count("\n") == 1
    with pg.admin() as conn:
        assert conn.execute("select count(*) from pg_roles where rolname like 'oulu_%'"
                            ).fetchone() == (0,)


def test_an_old_server_upgrades_and_a_branch_takes_its_old_logs(capsys, monkeypatch,
                                                                 pg_url, make_log):
    from desk.sync.server import connect

    old = make_log("vantaa-old", 20, 3, "Vantaa")
    with monkeypatch.context() as before, connect(pg_url) as conn:
        # head office before this version: s001 only, every branch pushing as one role
        older = [step for step in schema.MIGRATIONS if step[0] != "s003_branches"]
        before.setattr(schema, "MIGRATIONS", older)
        before.setattr(schema, "KNOWN", [name for name, _ in older])
        schema.init(conn)
        sync_all(_path(old), pg_url, branch="Vantaa")

    role = "vantaa_" + pg_url.rsplit("/", 1)[1]
    status, _, err = add_branch(capsys, monkeypatch, pg_url, "Vantaa", "v-secret", role)
    assert status == 2 and "desk sync init" in err  # the schema must be upgraded first
    status, out, _ = run(capsys, "sync", "init", pg_url)
    assert status == 0 and "applied s003_branches" in out
    status, out, err = add_branch(capsys, monkeypatch, pg_url, "Vantaa", "v-secret", role)
    assert status == 0 and "its 1 log(s) pushed before are now its own" in out, err

    vantaa = Branch("Vantaa", role, "v-secret", as_role(pg_url, role))
    with old.conn:
        old.execute("update calls set topic = 'after the upgrade' where id = 1")
    vantaa.push(monkeypatch, old)  # the same log goes on, under its new role
    with vantaa.sql() as conn:
        assert conn.execute("select topic from calls where id = 1").fetchone()[0] == \
            "after the upgrade"
    assert central_counts(pg_url) == local_counts(old)


def _set_clock(monkeypatch, when: str):
    from desk.commands.env import Env
    from desk.core.clock import FakeClock

    monkeypatch.setattr(Env, "clock", lambda self: FakeClock(when))


def test_sync_purge_removes_only_old_rows_after_asking(capsys, monkeypatch, two_branches):
    url, branches, logs = two_branches
    _set_clock(monkeypatch, "2026-11-26T12:00:00Z")
    from desk.report.dates import local_day_start

    cutoff = local_day_start(__import__("datetime").date(2026, 11, 16))

    def calls():
        with psycopg.connect(url, password=OWNER_PASSWORD, autocommit=True) as conn:
            return conn.execute("select log_id, id, started_at from calls order by 1, 2"
                                ).fetchall()

    before = calls()
    recent = [row for row in before if row[2] >= cutoff]
    assert recent and len(recent) < len(before)  # the demo history spans the cutoff
    status, out, _ = run(capsys, "--db", url, "sync", "purge", "--older-than", 10,
                         stdin="n\n", monkeypatch=monkeypatch)
    assert status != 0 and "will delete what started before 2026-11-16" in out
    assert calls() == before  # asked, refused: nothing deleted

    espoo = branches["Espoo"]  # a branch's role is not head office's owner
    monkeypatch.setenv("DESK_SYNC_PASSWORD", espoo.password)
    status, _, err = run(capsys, "--db", espoo.url, "sync", "purge", "--older-than", 10,
                         "--yes")
    assert status == 2 and "not the owner" in err and err.count("\n") == 1
    assert calls() == before
    monkeypatch.setenv("DESK_SYNC_PASSWORD", OWNER_PASSWORD)

    status, out, err = run(capsys, "--db", url, "sync", "purge", "--older-than", 10, "--yes")
    assert status == 0 and "deleted" in out and "at head office" in out, err
    after = calls()
    assert set(recent) <= set(after)  # every recent call stays
    with psycopg.connect(url, password=OWNER_PASSWORD, autocommit=True) as conn:
        open_or_alarmed = set(conn.execute(
            "select c.log_id, c.id, c.started_at from calls c where exists (select 1 from "
            "callbacks cb where cb.log_id = c.log_id and cb.call_id = c.id and "
            "cb.answered_at is null) or exists (select 1 from incidents i where "
            "i.log_id = c.log_id and i.call_id = c.id)").fetchall())
        orphans = conn.execute("select count(*) from stage_marks m where not exists "
                               "(select 1 from calls c where c.log_id = m.log_id and "
                               "c.id = m.call_id)").fetchone()[0]
    assert set(after) - set(recent) <= open_or_alarmed  # old ones only if still needed
    assert len(after) < len(before) and orphans == 0
    # The branches' own logs are untouched: head office's retention is its own.
    assert sum(local_counts(*logs.values()).values()) > sum(central_counts(url).values())
    status, out, _ = run(capsys, "--db", url, "sync", "purge", "--older-than", 10, "--yes")
    assert status == 0 and "nothing to delete" in out


def test_sync_purge_needs_the_central_database(capsys, tmp_path):
    status, _, err = run(capsys, "--db", tmp_path / "desk.db", "sync", "purge",
                         "--older-than", 30, "--yes")
    assert status == 2 and "head office's database" in err and "desk purge" in err


def test_a_local_purge_leaves_the_servers_count_unchanged(capsys, monkeypatch, tmp_path,
                                                          two_branches):
    url, branches, logs = two_branches
    before = central_counts(url)
    espoo = branches["Espoo"]
    path = _path(logs["Espoo"])
    logs["Espoo"].conn.close()
    status, out, err = run(capsys, "--db", path, "purge", "--older-than", 1, "--yes")
    assert status == 0 and "deleted" in out, err
    monkeypatch.setenv("DESK_SYNC_PASSWORD", espoo.password)
    config = _config(tmp_path, "Espoo", espoo.url)
    status, _, err = run(capsys, "--db", path, "--config", config, "sync", "now")
    assert status == 0, err
    monkeypatch.setenv("DESK_SYNC_PASSWORD", OWNER_PASSWORD)
    assert central_counts(url) == before


def test_the_documented_owner_role_without_superuser_does_it_all(capsys, monkeypatch, pg,
                                                                  make_log):
    """docs/sync.md's set-up: an owner with createrole only, its own database."""
    database = pg.new_database("own")
    owner = f"owner_{database}"
    with pg.admin() as conn:
        conn.execute(f"create role {owner} login createrole password 'owner-secret'")
        conn.execute(f"alter database {database} owner to {owner}")
    url = as_role(pg.url(database), owner)
    monkeypatch.setenv("DESK_SYNC_PASSWORD", "owner-secret")
    status, out, err = run(capsys, "sync", "init", url)
    assert status == 0 and "s003_branches" in out, err
    role = f"espoo_{database}"
    for secret in ("first", "second"):  # created, then given a new password
        status, out, err = add_branch(capsys, monkeypatch, url, "Espoo", secret, role)
        assert status == 0, err
    espoo = Branch("Espoo", role, "second", as_role(url, role))
    log = make_log("espoo", 30, 1, "Espoo")
    espoo.push(monkeypatch, log)
    monkeypatch.setenv("DESK_SYNC_PASSWORD", "owner-secret")
    assert central_counts(url) == local_counts(log)
    _set_clock(monkeypatch, "2026-11-26T12:00:00Z")
    status, out, err = run(capsys, "--db", url, "sync", "purge", "--older-than", 10, "--yes")
    assert status == 0 and "at head office" in out, err
    assert central_counts(url)["calls"] < local_counts(log)["calls"]
