"""A log copied to another place says so once: in the console, and in `desk sync status`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from desk.store import identity
from desk.store.db import open_db

COPIED_TEXT = "This call log is a copy of one from another place"


def _a_copy(db_path, tmp_path):
    open_db(db_path).conn.close()  # bound to its place at this open
    copy = tmp_path / "elsewhere" / "desk.db"
    copy.parent.mkdir(mode=0o700)
    shutil.copy(db_path, copy)  # a new file: another place
    copy.chmod(0o600)
    return copy


def test_the_notice_is_taken_once(db_path, tmp_path):
    db = open_db(_a_copy(db_path, tmp_path))
    try:
        with db.conn:
            first = identity.take_copy_notice(db.conn)
        with db.conn:
            second = identity.take_copy_notice(db.conn)
    finally:
        db.conn.close()
    assert first and "copy of log" in first
    assert second is None


def test_the_console_says_once_that_its_log_is_a_copy(make_console, db_path, tmp_path, qtbot):
    copy = _a_copy(db_path, tmp_path)
    window = make_console(path=copy)
    qtbot.waitUntil(lambda: any(COPIED_TEXT in t for t in window.banners.texts()))
    window.close()
    again = make_console(path=copy)  # the next start: said already
    qtbot.waitUntil(lambda: again.ops.idle())
    assert not any(COPIED_TEXT in t for t in again.banners.texts())


def test_sync_status_names_a_copied_log(db_path, tmp_path):
    copy = _a_copy(db_path, tmp_path)
    done = subprocess.run([sys.executable, "-m", "desk", "--db", str(copy), "sync", "status",
                           "--format", "json"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "copy of log" in json.loads(done.stdout)["copied"]
