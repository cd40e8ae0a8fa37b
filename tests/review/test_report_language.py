"""``desk report`` and ``desk callbacks`` speak the ``--lang`` language: labels, checklist
items (placeholders filled) and callback states, from the console's own translations."""

from __future__ import annotations

import re

import pytest

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@pytest.fixture(autouse=True)
def _english_again():
    yield
    from desk.commands.words import use

    use("en")


def test_report_in_hindi_is_hindi_throughout(demo_db, desk_cli):
    status, out, _err = desk_cli("report", "--db", str(demo_db), "--format", "table",
                                 "--lang", "hi")
    assert status == 0
    lines = [line for line in out.splitlines() if line.strip()]
    topics = lines.index("मुख्य विषय:")
    for line in lines[:topics + 1]:  # every label line (the topics below are the log's data)
        assert DEVANAGARI.search(line), line
        assert not re.search(r"\b(calls|within|median|callbacks|incidents|items)\b", line), line
    skipped = next(line for line in lines if line.startswith("सबसे ज़्यादा छोड़े गए बिंदु"))
    # Item ids in the content's words (Hindi), never raw ids like personal_question.
    assert not re.search(r"[a-z]+_[a-z]+", skipped), skipped
    assert "{" not in out


def test_report_in_english_keeps_its_labels(demo_db, desk_cli):
    status, out, _err = desk_cli("report", "--db", str(demo_db), "--format", "table")
    assert status == 0
    assert out.startswith("calls ") and "most skipped items" in out
    assert "personal_question" not in out and "{answer_by_ring}" not in out


def test_callbacks_list_says_states_in_finnish(demo_db, desk_cli):
    status, out, _err = desk_cli("callbacks", "--db", str(demo_db), "--all", "--lang", "fi")
    assert status == 0
    states = {"⚠ myöhässä", "● erääntyy tänään", "○ avoin", "✔ vastattu"}
    assert any(state in out for state in states)
    assert not re.search(r"\b(OVERDUE|open|answered)\b", out)


def test_a_bad_number_is_refused_in_the_language_asked_for(tmp_path, desk_cli):
    status, _out, err = desk_cli("incoming", "12ab", "--db", str(tmp_path / "d.db"),
                                 "--lang", "fi", "--no-start")
    assert status == 2
    assert "”12ab” ei ole puhelinnumero." in err


def test_the_weekly_lines_and_the_comparison_are_hindi_too(demo_db, desk_cli):
    status, out, _err = desk_cli("report", "--db", str(demo_db), "--format", "table",
                                 "--lang", "hi", "--since", "2026-01-01", "--compare", "previous")
    assert status == 0
    lines = [line for line in out.splitlines() if line.strip()]
    topics = lines.index("मुख्य विषय:")
    after = [line for line in lines[topics + 1:] if not line.startswith("  ")]  # not data rows
    assert after, out  # callbacks on time, repeat contacts, the comparison's heading
    for line in after:
        assert DEVANAGARI.search(line), line
        assert not re.search(r"\b(callbacks|repeat|change|against|days)\b", line), line
    compared = lines[lines.index(after[-1]) + 1:]
    assert compared and all(DEVANAGARI.search(line) for line in compared), compared
