"""The core stays free of Qt: a Qt or UI import below desk/ui fails this test."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desk"
QT_FREE = ["core", "store", "alerts", "commands", "config.py", "config_schema.py",
           "content.py", "paths.py", "mail.py", "cli.py", "supervisor.py", "options.py",
           "instance_link.py", "tel_uri.py", "report", "sync"]
# These start the console on purpose, from inside a function, never at import time.
MAY_START_UI = {"commands/group.py", "commands/selftest.py", "cli.py",
                "commands/review.py", "commands/report.py"}
FORBIDDEN = ("PySide6", "shiboken6", "desk.ui", "desk.app")


def _files():
    for entry in QT_FREE:
        path = ROOT / entry
        yield from (sorted(path.rglob("*.py")) if path.is_dir() else [path])


def _imports(tree: ast.AST, top_level_only: bool):
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("path", list(_files()), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_qt_outside_the_ui(path):
    relative = str(path.relative_to(ROOT))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [name for name in _imports(tree, top_level_only=relative in MAY_START_UI)
           if name.startswith(FORBIDDEN)]
    assert bad == [], f"{relative} imports {bad}"


def test_the_rule_catches_a_qt_import(tmp_path):
    tree = ast.parse("import os\nfrom PySide6.QtCore import QObject\n")
    assert [n for n in _imports(tree, False) if n.startswith(FORBIDDEN)] == ["PySide6.QtCore"]
