"""The supervisor passphrase (scrypt, slowed-down retries) and demo data worth reviewing."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desk.report import Filters, SqliteBackend, open_readonly, report, trends
from desk.report.passphrase import Gate, hash_passphrase, verify
from tests.review.conftest import NOW


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
