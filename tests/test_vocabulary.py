"""One word per state: code in desk/ names a state by its enum member, never by its text.

``x == "resolved"`` still works (a ``StrEnum`` equals its text) but hides the vocabulary: a
renamed or translated state would leave it behind. The enums live in ``desk/core/states.py``.
"""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path

from desk.core import states

ROOT = Path(__file__).resolve().parent.parent / "desk"
DEFINITIONS = {"core/states.py"}
# The same words meaning something else (a report part, a table, a field), not a state.
NOT_STATES = {
    ("report/summary.py", '"checklist" in parts'), ("report/summary.py", '"incidents" in parts'),
    ("store/retention.py", 'table in ("deliveries", "incidents")'),
    ("ui/review/window.py", 'p != "checklist"'),
    ("commands/callbacks.py", 'key != "overdue"'),
    ("report/filters.py", 'f.name not in ("since", "until", "operator", "workstation")'),
}


def vocabulary() -> set[str]:
    return {member.value for enum in vars(states).values()
            if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not StrEnum
            for member in enum}


def _texts(node: ast.AST):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        for element in node.elts:
            yield from _texts(element)


def bare_states(source: str, words: set[str], allowed=frozenset()) -> list[tuple[int, str]]:
    """``(line, word)`` for each state word written as text in a comparison (one whose
    source text is in ``allowed`` is a same-spelled word that is not a state)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare) and ast.get_source_segment(source, node) not in allowed:
            for side in (node.left, *node.comparators):
                found += [(node.lineno, text) for text in _texts(side) if text in words]
    return sorted(found)


def test_no_bare_state_literal_in_a_comparison():
    words = vocabulary()
    bad = []
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in DEFINITIONS:
            continue
        allowed = {text for where, text in NOT_STATES if where == relative}
        bad += [f"desk/{relative}:{line}: {word!r}"
                for line, word in bare_states(path.read_text(encoding="utf-8"), words, allowed)]
    assert bad == [], "name these states by their enum member:\n" + "\n".join(bad)


def test_the_check_sees_each_shape():
    words = vocabulary()
    source = ('if x == "resolved": pass\nif s in ("open", "overdue"): pass\n'
              'if y != CallOutcome.ABUSE: pass\nif z == "hello": pass\n')
    assert bare_states(source, words) == [(1, "resolved"), (2, "open"), (2, "overdue")]
