"""The weekly report's figures on head office's PostgreSQL equal those of the merged logs
in SQLite (one portable SQL for both), per branch too; ``--by-branch`` draws every branch."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from desk.report import Filters, SqliteBackend
from desk.report.weekly import figures, incident_list, trend_per_day
from desk.sync.backend import PgBackend
from tests.review import weekly_log
from tests.review.test_report_pdf import PERIOD, desk, needs_poppler, pdf_text
from tests.sync.helpers import merge_logs, sync_all

WEEK = Filters(since=weekly_log.SINCE, until=weekly_log.UNTIL)


def _path(db):
    return db.conn.execute("pragma database_list").fetchone()[2]


@pytest.fixture
def two_branches(server_url, make_log, tmp_path, _template_db):
    from desk.store.db import open_db

    espoo_path = tmp_path / "espoo.db"
    shutil.copy(_template_db, espoo_path)
    espoo = open_db(espoo_path)
    espoo.execute("update meta set value = 'log-espoo' where key = 'log_id'")
    weekly_log.fill(espoo)
    with espoo.conn:
        espoo.execute("update calls set branch = 'Espoo'")
    tampere = make_log("tampere-1", 150, 3, "Tampere")
    paths = [espoo_path, _path(tampere)]
    sync_all(espoo_path, server_url, branch="Espoo")
    sync_all(paths[1], server_url, branch="Tampere")
    espoo.conn.close()
    merged = tmp_path / "merged.db"
    shutil.copy(_template_db, merged)
    merge_logs(paths, merged)
    only_espoo = tmp_path / "only-espoo.db"
    shutil.copy(_template_db, only_espoo)
    merge_logs(paths[:1], only_espoo)
    return server_url, merged, only_espoo


def _all(backend):
    values = figures(backend, WEEK, now=weekly_log.NOW, with_previous=True).values
    incidents = incident_list(backend, WEEK)
    for item in incidents:
        item.pop("id")  # ids are made global on the server
    return values, trend_per_day(backend, WEEK), incidents


def test_weekly_figures_on_postgresql_equal_the_merged_file(two_branches):
    url, merged, only_espoo = two_branches
    central = PgBackend(url)
    try:
        assert _all(central) == _all(SqliteBackend(sqlite3.connect(merged)))
    finally:
        central.close()
    espoo = PgBackend(url, branch="Espoo")
    try:
        got = _all(espoo)
        assert got == _all(SqliteBackend(sqlite3.connect(only_espoo)))
        assert got[0]["repeat_contacts"]["repeat_contacts"] == 3  # the hand-worked log
        assert got[0]["callbacks_on_time"]["on_time_share"] == 0.25
    finally:
        espoo.close()


@needs_poppler
def test_by_branch_pdf_has_every_branch(two_branches, tmp_path):
    url, _merged, _only = two_branches
    out = tmp_path / "branches.pdf"
    done = desk(tmp_path, "--db", url, "--format", "pdf", "--out", str(out), *PERIOD,
                "--by-branch")
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Espoo ·" in text and "Tampere ·" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert int(next(line.split()[-1] for line in info.splitlines()
                    if line.startswith("Pages:"))) >= 3  # the whole, then each branch
