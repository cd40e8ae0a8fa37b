"""A clicked tel: link becomes ``desk incoming NUMBER`` (Desk is the tel: handler)."""

from __future__ import annotations

import pytest

from desk.cli import main
from desk.phone.tel_uri import number_of, rewrite


@pytest.mark.parametrize(("uri", "number"), [
    ("tel:+358401234567", "+358401234567"),
    ("tel:+358-40-123-4567", "+358401234567"),
    ("tel://%2B358%2040%20123%204567", "+358401234567"),
    ("TEL:040.123.4567;phone-context=+358", "0401234567"),
])
def test_number_of_a_tel_link(uri, number):
    assert number_of(uri) == number


def test_rewrite_keeps_the_other_options():
    assert rewrite(["--db", "x.db", "tel:+358401234567"]) == \
        ["incoming", "+358401234567", "--db", "x.db"]
    assert rewrite(["--db", "x.db"]) == ["--db", "x.db"]


def test_a_tel_link_queues_the_call(db_path, capsys):
    assert main(["tel:+358-40-123-4567", "--no-start", "--db", str(db_path)]) == 0
    assert "+358401234567" in capsys.readouterr().out
    import sqlite3

    rows = sqlite3.connect(db_path).execute("select kind, number from phone_events").fetchall()
    assert rows == [("incoming", "+358401234567")]


def test_a_tel_link_with_no_number_is_refused_with_exit_2(db_path, capsys):
    assert main(["tel:", "--no-start", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("desk: NUMBER") and "Traceback" not in err
