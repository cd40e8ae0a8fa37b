"""Review fixtures: a small demo log (built once per session, copied per test) and a way
to run the ``desk`` CLI in-process."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

NOW = "2026-11-23T09:00:00Z"


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    from desk import content
    from desk.core import demo
    from desk.core.clock import FakeClock
    from desk.store.db import open_db

    path = tmp_path_factory.mktemp("review") / "demo.db"
    db = open_db(path)
    demo.fill(db, 600, 7, FakeClock(NOW).now(), content.load("en"))
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    return path


@pytest.fixture
def demo_db(tmp_path, _demo_template) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(_demo_template, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def desk_cli(monkeypatch, capsys):
    """Run ``desk ARGS`` in-process: returns (exit status, stdout, stderr)."""
    from desk.commands.group import run

    def call(*args: str, stdin: str | None = None):
        if stdin is not None:
            import io

            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        status = run(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return call


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
