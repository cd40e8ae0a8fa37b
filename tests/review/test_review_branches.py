"""Head office's review (issue 21, item 3): a branch filter and a Branches tab on the real
PostgreSQL (tests/sync/pgserver.py), each figure checked against hand-written SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.report import Filters
from desk.report.branches import per_branch
from desk.sync.backend import PgBackend
from tests.sync.conftest import make_log, pg, pg_url, server_url  # noqa: F401 - fixtures
from tests.sync.helpers import sync_all

WAIT_MS = 15000
NOW = "2026-11-23T09:00:00Z"


def _path(db):
    return db.conn.execute("pragma database_list").fetchone()[2]


@pytest.fixture
def central(server_url, make_log):  # noqa: F811 - the fixture imported above
    """Espoo with two workstations' logs, Tampere with one, all pushed."""
    logs = [make_log("espoo-1", 60, 1, "Espoo"), make_log("espoo-2", 40, 2, "Espoo"),
            make_log("tampere-1", 70, 3, "Tampere")]
    for db, branch in zip(logs, ("Espoo", "Espoo", "Tampere"), strict=True):
        sync_all(_path(db), server_url, branch=branch)
    return server_url


def _sql(url: str, sql: str, params=()) -> list[tuple]:
    from desk.sync.server import connect  # the password from DESK_SYNC_PASSWORD

    with connect(url) as conn:
        return conn.execute(sql, list(params)).fetchall()


@pytest.fixture
def open_review(qtbot, clock, content):
    from shiboken6 import isValid

    from desk.ui.review.window import ReviewWindow

    windows = []

    def build(target):
        window = ReviewWindow(target, clock, content=content, poll_s=0.05)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.last_summary is not None, timeout=WAIT_MS)
        window.period.setCurrentIndex(4)  # everything
        window._period_chosen(4)
        return window

    yield build
    for window in windows:
        if isValid(window):
            window.close()


def _settled(window) -> bool:
    return window.model.generation == window.generation and \
        window.band_generation == window.generation


def test_the_branch_filter_shows_exactly_that_branchs_calls(central, open_review, qtbot):
    window = open_review(central)
    assert window.branch.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.branch.count() == 3, timeout=WAIT_MS)
    assert [window.branch.itemText(i) for i in range(3)] == ["All branches", "Espoo",
                                                           "Tampere"]
    everyone = _sql(central, "select count(*) from desk_report.calls where ended_at is "
                             "not null")[0][0]
    qtbot.waitUntil(lambda: _settled(window) and window.model.rowCount() == everyone,
                    timeout=WAIT_MS)
    window.branch.setCurrentIndex(window.branch.findData("Tampere"))
    tampere = _sql(central, "select count(*) from desk_report.calls c join desk_report.logs "
                            "l on l.log_no = c.log_no where l.branch = 'Tampere' and "
                            "c.ended_at is not null")[0][0]
    assert 0 < tampere < everyone
    qtbot.waitUntil(lambda: _settled(window) and window.model.rowCount() == tampere,
                    timeout=WAIT_MS)
    assert f"{tampere:,}" in window.summary_label.text()
    window.branch.setCurrentIndex(0)
    qtbot.waitUntil(lambda: _settled(window) and window.model.rowCount() == everyone,
                    timeout=WAIT_MS)


def test_the_branches_tab_compares_branches_and_sorts(central, open_review, qtbot):
    window = open_review(central)
    tab = window.tabs.indexOf(window.branches_page)
    assert tab == 4
    window.tabs.setCurrentIndex(tab)
    table = window.branches_page
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=WAIT_MS)
    expected = dict(_sql(central, "select branch, count(*) from desk_report.calls "
                                  "where ended_at is not null group by branch"))
    within = dict(_sql(central, "select branch, round(100.0 * sum(case when duration_s <= "
                                "600 then 1 else 0 end) / count(*)) from desk_report.calls "
                                "where ended_at is not null group by branch"))
    shown = {table.item(r, 0).text(): r for r in range(2)}
    assert set(shown) == {"Espoo", "Tampere"}
    for branch, row in shown.items():
        assert table.item(row, 1).text() == f"{expected[branch]:,}"
        assert table.item(row, 2).text() == f"{within[branch]:.0f} %"
        assert table.item(row, 7).text()  # when the branch last pushed
    table.sortItems(1, Qt.SortOrder.DescendingOrder)
    bigger = max(expected, key=expected.get)
    assert table.item(0, 0).text() == bigger  # Espoo's 100 calls before Tampere's 70


def test_callbacks_on_time_and_alarms_per_branch_match_sql(central):
    promised = ("coalesce((select min(n.old_due_at) from desk_report.callback_notices n "
                "where n.callback_id = cb.id), cb.due_at)")
    rows = _sql(central, f"select c.branch, count(*), sum(case when cb.answered_at <= "
                         f"{promised} then 1 else 0 end) from desk_report.callbacks cb "
                         f"join desk_report.calls c on c.id = cb.call_id where "
                         f"c.ended_at is not null and (cb.answered_at is not null or "
                         f"{promised} < %s) group by c.branch", [NOW])
    backend = PgBackend(central)
    try:
        lines = {line.branch: line for line in per_branch(backend, Filters(), NOW)}
    finally:
        backend.close()
    assert rows
    for branch, due, on_time in rows:
        assert lines[branch].callbacks_due == due
        assert lines[branch].callbacks_on_time_share == round(on_time / due, 4)
    assert all(line.last_sync for line in lines.values())


def test_a_local_log_has_no_branch_filter_or_tab(open_review, demo_db):
    window = open_review(demo_db)
    assert not window.branch.isVisibleTo(window)
    assert window.tabs.indexOf(window.branches_page) == -1
