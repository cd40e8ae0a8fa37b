"""What leaves Desk for a spreadsheet or a terminal cannot run as a formula or an escape."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desk.core.textsafety import CONTROL, FORMULA_STARTS, csv_cell, terminal_safe


def test_formula_starters_are_quoted_whatever_follows():
    for cell in ("-2+3+cmd|' /C calc'!A0", "=1+HYPERLINK(\"http://x\")", "+1", "@SUM(A1)",
                 "\t=1", "\r=1", "-5"):
        assert csv_cell(cell) == "'" + cell


@given(st.text())
def test_no_cell_starts_with_a_formula_character(text):
    out = csv_cell(text)
    assert not str(out).startswith(FORMULA_STARTS)
    assert str(out).endswith(text)  # nothing typed is dropped


@given(st.text())
def test_terminal_text_has_no_control_characters(text):
    shown = terminal_safe(text)
    assert not any(unicodedata.category(ch) in CONTROL for ch in shown)


def test_escape_sequences_are_shown_not_sent():
    assert terminal_safe("Ann\x1b[2J\x07") == "Ann\\x1b[2J\\x07"
    assert terminal_safe("Äiti ह") == "Äiti ह"
