"""desk report / export / merge / purge / config set-passphrase / demo-data, as a supervisor
or branch IT would run them — and what they say to bad input."""

from __future__ import annotations

import csv
import json
import sqlite3
import stat

import pytest

from desk.report import KEYS
from tests.review.conftest import digest


def test_report_json_has_the_documented_keys(desk_cli, demo_db):
    status, out, _err = desk_cli("report", "--db", str(demo_db), "--format", "json")
    assert status == 0
    values = json.loads(out)
    assert list(values)[:len(KEYS)] == list(KEYS)
    assert values["calls"] == 600
    assert all(isinstance(pair, list) and len(pair) == 2 for pair in values["top_topics"])


def test_report_on_an_empty_log(desk_cli, db_path):
    status, out, _err = desk_cli("report", "--db", str(db_path), "--format", "json")
    values = json.loads(out)
    assert status == 0 and values["calls"] == 0 and values["p90_duration_s"] is None
    status, out, _err = desk_cli("report", "--db", str(db_path))
    assert status == 0 and "no calls yet" in out


def test_report_table_neutralises_terminal_escapes(desk_cli, db, db_path):
    db.execute("insert into calls (started_at, answered_at, ended_at, duration_s, topic) values "
               "('2026-11-20T09:00:00Z', '2026-11-20T09:00:00Z', '2026-11-20T09:01:00Z', 60, "
               "'evil\x1b[2Jtopic')")
    db.conn.commit()
    status, out, _err = desk_cli("report", "--db", str(db_path))
    assert status == 0 and "\x1b" not in out and "evil\\x1b[2Jtopic" in out


def _other_program(path):
    conn = sqlite3.connect(path)
    conn.execute("create table photos (id integer primary key, name text)")
    conn.commit()
    conn.close()


def _newer_desk(path):
    conn = sqlite3.connect(path)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                 "values ('desk', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("command", [
    ["report", "--format", "json"], ["export", "--format", "csv", "--out", "{tmp}/x.csv"],
    ["merge", "{db}", "--into", "{tmp}/merged.db"], ["purge", "--older-than", "30", "--yes"],
    ["review"]])
@pytest.mark.parametrize("spoil", ["corrupt", "other program", "newer desk"])
def test_bad_logs_get_one_line_and_exit_2_and_stay_untouched(desk_cli, db_path, tmp_path,
                                                             command, spoil):
    if spoil == "corrupt":
        db_path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    elif spoil == "other program":
        db_path.unlink()
        _other_program(db_path)
    else:
        _newer_desk(db_path)
    before = digest(db_path)
    args = [a.format(tmp=tmp_path, db=db_path) for a in command]
    if command[0] != "merge":
        args += ["--db", str(db_path)]
    status, out, err = desk_cli(*args)
    assert status == 2, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(db_path) in err
    assert digest(db_path) == before
    assert not (tmp_path / "merged.db").exists() and not (tmp_path / "x.csv").exists()


def test_missing_log_and_unparsable_dates(desk_cli, tmp_path, demo_db):
    status, _out, err = desk_cli("report", "--db", str(tmp_path / "nope.db"))
    assert status == 2 and "no such database" in err
    assert not (tmp_path / "nope.db").exists()  # read-only: never created
    for bad in (["--since", "last tuesday"], ["--until", "2026-13-01"],
                ["--since", "2026-11-10", "--until", "2026-11-01"]):
        status, _out, err = desk_cli("report", "--db", str(demo_db), *bad)
        assert status == 2 and err.startswith("desk: --since/--until:"), err


def test_since_and_until_are_branch_days(desk_cli, demo_db):
    _s, everything, _e = desk_cli("report", "--db", str(demo_db), "--format", "json")
    _s, recent, _e = desk_cli("report", "--db", str(demo_db), "--format", "json",
                              "--since", "2026-11-16", "--until", "2026-11-20")
    assert 0 < json.loads(recent)["calls"] < json.loads(everything)["calls"]


def test_export_csv_is_safe_for_spreadsheets_and_private(desk_cli, db, db_path, tmp_path):
    nasty = ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)",
             "\tindent", "\rreturn", "plain, with \"quotes\"\nand a new line"]
    for n, text in enumerate(nasty, 1):
        db.execute("insert into calls (id, started_at, ended_at, duration_s, topic, notes) "
                   "values (?, ?, '2026-11-20T10:00:00Z', 60, ?, ?)",
                   [n, f"2026-11-20T09:00:{n:02d}Z", text, text])
    db.conn.commit()
    out = tmp_path / "calls.csv"
    status, said, _err = desk_cli("export", "--db", str(db_path), "--format", "csv",
                                  "--out", str(out))
    assert status == 0 and "7 calls" in said
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row, text in zip(rows, nasty, strict=True):
        expected = text if text[0] not in "=+-@\t\r" else "'" + text
        assert row["topic"] == expected and row["notes"] == expected
    status, _said, _err = desk_cli("export", "--db", str(db_path), "--format", "json",
                                   "--out", str(tmp_path / "calls.json"))
    data = json.loads((tmp_path / "calls.json").read_text(encoding="utf-8"))
    assert [d["notes"] for d in data] == nasty  # JSON gives back exactly what was stored


def test_export_of_a_filter_and_to_a_missing_folder(desk_cli, demo_db, tmp_path):
    out = tmp_path / "jonas.json"
    status, _s, _e = desk_cli("export", "--db", str(demo_db), "--format", "json",
                              "--operator", "Jonas", "--out", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert status == 0 and data and {d["operator"] for d in data} == {"Jonas"}
    status, _s, err = desk_cli("export", "--db", str(demo_db), "--format", "csv",
                               "--out", str(tmp_path / "no" / "such.csv"))
    assert status == 2 and "no folder" in err


def _counts(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("calls", "stage_marks", "callbacks", "incidents", "deliveries")}
    finally:
        conn.close()


def test_merge_is_idempotent_and_keeps_who_and_where(desk_cli, demo_db, tmp_path):
    import shutil

    clone = tmp_path / "clone.db"  # same local ids, a different log id (another machine)
    shutil.copy(demo_db, clone)
    conn = sqlite3.connect(clone)
    conn.execute("update meta set value = 'another-log' where key = 'log_id'")
    conn.execute("update calls set workstation = 'desk-9'")
    conn.commit()
    conn.close()
    merged = tmp_path / "merged.db"
    status, out, _err = desk_cli("merge", str(demo_db), str(clone), "--into", str(merged))
    assert status == 0, out
    one = _counts(demo_db)
    assert _counts(merged) == {t: 2 * n for t, n in one.items()}
    status, out, _err = desk_cli("merge", str(demo_db), str(clone), "--into", str(merged))
    assert status == 0 and out.count("nothing new") == 2 and "already merged" in out
    assert _counts(merged) == {t: 2 * n for t, n in one.items()}
    conn = sqlite3.connect(merged)
    ws = dict(conn.execute("select workstation, count(*) from calls where workstation = "
                           "'desk-9' group by 1").fetchall())
    ops = {r[0] for r in conn.execute("select distinct operator from calls")}
    orphans = conn.execute("select count(*) from stage_marks where call_id not in "
                           "(select id from calls)").fetchone()[0]
    conn.close()
    assert ws == {"desk-9": one["calls"]} and "Jonas" in ops and orphans == 0
    # A merged log merged again elsewhere: rows keep their first origin, nothing doubles.
    again = tmp_path / "again.db"
    desk_cli("merge", str(demo_db), "--into", str(again))
    status, out, _err = desk_cli("merge", str(merged), "--into", str(again))
    assert _counts(again)["calls"] == 2 * one["calls"]


def test_merge_refuses_the_target_itself_and_bad_sources_first(desk_cli, demo_db, tmp_path):
    status, _out, err = desk_cli("merge", str(demo_db), "--into", str(demo_db))
    assert status == 2 and "also the --into file" in err
    bad = tmp_path / "photos.db"
    _other_program(bad)
    status, _out, err = desk_cli("merge", str(demo_db), str(bad), "--into",
                                 str(tmp_path / "m.db"))
    assert status == 2 and "not a Desk database" in err
    assert not (tmp_path / "m.db").exists()  # nothing written before every file passed


def test_purge_says_what_it_deletes_asks_and_keeps_open_callbacks(desk_cli, demo_db):
    from datetime import date

    days = (date.today() - date(2026, 11, 16)).days  # demo calls run 2 Nov to 20 Nov
    conn = sqlite3.connect(demo_db)
    oldest = conn.execute("select min(id) from calls").fetchone()[0]
    conn.execute("insert into callbacks (call_id, full_name, created_at, due_at) values "
                 "(?, 'Still waiting', '2026-11-02T10:00:00Z', '2026-11-05T21:59:59Z')",
                 [oldest])
    alarmed = oldest + 1  # an old alarm whose webhook still retries keeps its call
    conn.execute("insert into incidents (id, call_id, raised_at, kind) values "
                 "(9001, ?, '2026-11-02T10:00:00Z', 'alarm')", [alarmed])
    conn.execute("insert into deliveries (incident_id, channel, message, status) values "
                 "(9001, 'webhook', 'alarm', 'failed')")
    conn.commit()
    conn.close()
    before = _counts(demo_db)
    status, out, _err = desk_cli("purge", "--db", str(demo_db), "--older-than", str(days),
                                 stdin="n\n")
    assert status == 1 and "will delete" in out and "kept: " in out
    assert _counts(demo_db) == before
    status, out, _err = desk_cli("purge", "--db", str(demo_db), "--older-than", str(days),
                                 "--yes")
    assert status == 0 and "deleted" in out
    after = _counts(demo_db)
    assert 0 < after["calls"] < before["calls"]
    conn = sqlite3.connect(demo_db)
    kept = conn.execute("select count(*) from calls where id in (?, ?)",
                        [oldest, alarmed]).fetchone()[0]
    alarm = conn.execute("select count(*) from deliveries where incident_id = 9001"
                         ).fetchone()[0]
    left = conn.execute("select count(*) from calls where started_at < '2026-11-16' and id "
                        "not in (select call_id from callbacks where answered_at is null) "
                        "and id not in (select call_id from incidents)").fetchone()[0]
    conn.close()
    assert kept == 2 and alarm == 1 and left == 0  # promises and alarms keep their calls


def test_passphrase_guards_per_operator_figures(desk_cli, demo_db, tmp_path):
    config = tmp_path / "branch.toml"
    config.write_text("[branch]\nname = \"Espoo\"\n", encoding="utf-8")
    status, _out, err = desk_cli("config", "set-passphrase", "--config", str(config),
                                 stdin="short\nshort\n")
    assert status == 2 and "at least 8" in err
    status, out, _err = desk_cli("config", "set-passphrase", "--config", str(config),
                                 stdin="correct horse\ncorrect horse\n")
    from desk.report.passphrase import location

    stored = location()  # the user's config dir: not beside a config named with --config
    assert status == 0 and stored.read_text().startswith("scrypt$")
    assert "correct horse" not in stored.read_text()
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    args = ("report", "--db", str(demo_db), "--config", str(config), "--by-operator",
            "--format", "json")
    status, _out, err = desk_cli(*args, stdin="wrong one\n")
    assert status == 2 and "wrong supervisor passphrase" in err
    from desk.report.passphrase import Tries

    with Tries().held() as state:
        state["not_before"] = 0  # the slow-down after the wrong try has passed
    status, out, _err = desk_cli(*args, stdin="correct horse\n")
    operators = {o["operator"]: o for o in json.loads(out)["per_operator"]}
    assert status == 0 and "Jonas" in operators


def test_demo_data_into_a_path_under_a_file(desk_cli, tmp_path):
    blocker = tmp_path / "some-file"
    blocker.write_text("x")
    status, _out, err = desk_cli("demo-data", "--calls", "10", "--db",
                                 str(blocker / "desk.db"))
    assert status == 2 and err.count("\n") == 1 and "is a file" in err
