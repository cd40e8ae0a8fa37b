"""``desk demo-data`` worth a demo (issue 21, item 8): callers who call again (about one in
five, one name per number), words in the chosen language, and ``--branches N``."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desk import content
from desk.core import demo
from desk.core.clock import FakeClock
from desk.core.demo_words import BY_LANGUAGE
from desk.store.db import open_db

NOW = "2026-11-23T09:00:00Z"


def _fill(path, language: str = "en", calls: int = 3000, branches: int = 1):
    db = open_db(path)
    demo.fill(db, calls, 5, FakeClock(NOW).now(), content.load(language), branches=branches)
    db.conn.close()
    return sqlite3.connect(path)


def test_about_one_caller_in_five_calls_again_under_one_name(tmp_path):
    conn = _fill(tmp_path / "demo.db")
    per_number = conn.execute("select count(*), count(distinct caller_name) from calls "
                              "group by caller_number").fetchall()
    callers = len(per_number)
    again = sum(1 for calls, _names in per_number if calls > 1)
    assert 0.15 <= again / callers <= 0.25, (again, callers)
    assert max(calls for calls, _names in per_number) <= 6  # nobody with hundreds of calls
    assert all(names == 1 for _calls, names in per_number)  # a number is one person
    # Most of those who call again do it about the same topic within 7 days: what the
    # repeat-contact figures are there to find.
    repeats = conn.execute(
        "select count(distinct a.caller_number) from calls a join calls b on "
        "a.caller_number = b.caller_number and a.topic = b.topic and b.id > a.id and "
        "julianday(b.started_at) - julianday(a.started_at) <= 7").fetchone()[0]
    conn.close()
    assert repeats >= again * 0.5


def test_names_topics_and_notes_fit_the_language(tmp_path):
    for language in ("fi", "hi"):
        words = BY_LANGUAGE[language]
        conn = _fill(tmp_path / f"{language}.db", language, calls=400)
        rows = conn.execute("select caller_name, topic, notes from calls").fetchall()
        conn.close()
        assert {topic for _n, topic, _t in rows} <= set(words.topics)
        assert all(name.split(" ")[0] in words.first and name.split(" ")[1] in words.last
                   for name, _t, _n in rows)
        assert {note for _n, _t, note in rows} <= set(words.notes)


def test_branches_three_shares_the_desks_out(desk_cli, tmp_path):
    path = tmp_path / "three.db"
    status, out, err = desk_cli("demo-data", "--calls", "900", "--seed", "2", "--branches",
                                "3", "--lang", "tl", "--db", str(path))
    assert status == 0, err
    assert "3 branches (Espoo, Tampere, Oulu)" in out
    conn = sqlite3.connect(path)
    per_branch = dict(conn.execute("select branch, count(*) from calls group by branch"))
    desks = conn.execute("select workstation, count(distinct branch) from calls "
                         "group by workstation").fetchall()
    incidents = {r[0] for r in conn.execute("select distinct branch from incidents")}
    topics = {r[0] for r in conn.execute("select distinct topic from calls")}
    conn.close()
    assert set(per_branch) == {"Espoo", "Tampere", "Oulu"}
    assert all(n > 150 for n in per_branch.values())
    assert all(branches == 1 for _desk, branches in desks)  # a desk is in one branch
    assert incidents <= set(per_branch)
    assert topics <= set(BY_LANGUAGE["tl"].topics)


def test_a_wrong_branch_count_is_one_line_and_exit_2(desk_cli, tmp_path):
    status, _out, err = desk_cli("demo-data", "--calls", "10", "--branches", "0", "--db",
                                 str(tmp_path / "x.db"))
    assert status == 2 and "--branches" in err


def test_started_times_stay_in_office_hours_with_returning_callers(tmp_path):
    conn = _fill(tmp_path / "demo.db", calls=800)
    starts = [datetime.fromisoformat(r[0].replace("Z", "+00:00")).astimezone()
              for r in conn.execute("select started_at from calls")]
    conn.close()
    assert len(starts) == 800
    assert all(s.weekday() < 5 and 8 <= s.hour < 17 for s in starts)
