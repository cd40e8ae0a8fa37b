"""One way to the log, checked in the source: the UI reaches the call log only through
``run_op`` / ``read_op`` and the desks of the op's context, never the database itself.

``services.py`` opens the log and keeps the one private path a background writer needs
(``Services.write_with_connection``); ``ops.py`` is the entry point itself.
"""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import desk.ui

UI = Path(desk.ui.__file__).parent
OPENS_THE_LOG = {UI / "services.py"}
ENTRY_POINT = UI / "ops.py"
# Other spellings of "run this on the log thread", and what to write instead.
OTHER_SPELLINGS = {
    "run": "run_op(parent, fn, changes=…) / read_op(parent, fn)",  # ops.run(…)
    "_queue": "run_op / read_op",
    "submit": "run_op / read_op",  # ops.thread.submit(Job(…))
    "call": "run_op / read_op (LogThread.call is for background writers)",
}


def _lines(path: Path):
    """(line number, tokens) of each logical line but imports; strings and comments out."""
    tokens: list[tokenize.TokenInfo] = []
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.STRING, tokenize.INDENT,
            tokenize.DEDENT, tokenize.ENCODING}
    for token in tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline):
        if token.type == tokenize.NEWLINE:
            if tokens and tokens[0].string not in ("from", "import"):
                yield tokens[0].start[0], tokens
            tokens = []
        elif token.type not in skip:
            tokens.append(token)


def raw_database_uses(root: Path) -> list[str]:
    """``….db`` anywhere in the UI: an op's context (or a desk) asked for its database."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path in OPENS_THE_LOG:
            continue
        for _number, tokens in _lines(path):
            for dot, name in zip(tokens, tokens[1:], strict=False):
                if dot.string == "." and name.string == "db":
                    found.append(f"{path.relative_to(root)}:{name.start[0]}: "
                                 f"use a desk of the op's context (ctx.calls, ctx.drafts, …)")
    return found


def other_spellings(root: Path) -> list[str]:
    """``ops.run(…)``, ``ops.thread.submit(…)``, ``writer.call(…)``…: past the entry point."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == ENTRY_POINT or path in OPENS_THE_LOG:
            continue
        for _number, tokens in _lines(path):
            for i in range(2, len(tokens) - 1):
                owner, dot, name, paren = tokens[i - 2], tokens[i - 1], tokens[i], tokens[i + 1]
                if dot.string != "." or paren.string != "(" \
                        or owner.string not in ("ops", "thread", "writer"):
                    continue
                if name.string in OTHER_SPELLINGS and not (
                        owner.string == "ops" and name.string in ("stop", "idle")):
                    found.append(f"{path.relative_to(root)}:{name.start[0]}: "
                                 f"{owner.string}.{name.string}(…): use "
                                 f"{OTHER_SPELLINGS[name.string]}")
    return found


def test_no_ui_code_touches_the_database_of_an_op_context():
    assert raw_database_uses(UI) == []


def test_ui_code_reaches_the_log_only_through_run_op_and_read_op():
    assert other_spellings(UI) == []


def test_the_rules_see_what_they_forbid(tmp_path):
    """The older spellings, as they were written before issue 23, are all caught."""
    (tmp_path / "part.py").write_text(
        "from desk.store.db import open_db\n"
        "def f(self, services):\n"
        "    services.ops.run(lambda ctx: drafts.load(ctx.db, 'x'), write=False)\n"
        "    self.ops.run(lambda ctx: sync_state(ctx.db.conn))\n"
        "    found = desk.db.execute('select 1')  # desk.db in a comment is fine\n"
        "    services.writer.call(lambda ctx: 1)\n"
        "    window.ops.thread.submit(job)\n"
        "    text = 'font.db'\n", encoding="utf-8")
    assert [line.split(":")[1] for line in raw_database_uses(tmp_path)] == ["3", "4", "5"]
    assert [line.split(":")[1] for line in other_spellings(tmp_path)] == ["3", "4", "6", "7"]
