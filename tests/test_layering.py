"""The layers hold: the import contract in pyproject.toml passes, and Qt stays in desk/ui.

The contract (``[tool.importlinter]``) is what ``.ci/run`` checks; here it runs on this tree
and on a copy with one upward import added, which must fail it."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO / "desk"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
QT_FREE = ["core", "store", "alerts", "commands", "config", "config_schema.py",
           "content.py", "paths.py", "mail", "cli.py", "supervisor.py", "options.py",
           "instance_link.py", "phone", "platform/autostart.py", "platform/notifications.py",
           "report", "sync"]
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


def _lint_imports(tree: Path) -> subprocess.CompletedProcess:
    """``lint-imports`` on the package under ``tree`` (not the copy installed in the venv)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_import_contract_holds():
    result = _lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path):
    shutil.copytree(ROOT, tmp_path / "desk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    norms = tmp_path / "desk" / "core" / "norms.py"
    norms.write_text(norms.read_text(encoding="utf-8") + "\nfrom desk import ui  # noqa\n",
                     encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode == 1
    assert "desk.core is not allowed to import desk.ui" in result.stdout
    assert "desk.core.norms -> desk.ui" in result.stdout
