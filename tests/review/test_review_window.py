"""The review window as a supervisor uses it, offscreen, on a real log file."""

from __future__ import annotations

import sqlite3
import stat

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desk.report import Filters, SqliteBackend, open_readonly, report
from tests.review.conftest import NOW, digest

WAIT_MS = 10000


@pytest.fixture
def open_window(qtbot, clock, content):
    from desk.ui.review.window import ReviewWindow

    windows = []

    def build(path, unlocked=False):
        window = ReviewWindow(path, clock, content=content, unlocked=unlocked, poll_s=0.05)
        window.show()  # not qtbot.addWidget: the window frees itself when closed
        windows.append(window)
        qtbot.waitUntil(lambda: window.last_summary is not None, timeout=WAIT_MS)
        return window

    yield build
    from shiboken6 import isValid

    for window in windows:
        if isValid(window):
            window.close()


def _count(path, filters: Filters) -> int:
    backend = SqliteBackend(open_readonly(path))
    try:
        return report(backend, filters, now=NOW).values["calls"]
    finally:
        backend.conn.close()


def test_summary_and_table_of_the_last_thirty_days(open_window, demo_db, qtbot):
    window = open_window(demo_db)
    assert "600" in window.summary_label.text()
    qtbot.waitUntil(lambda: "…" not in window.summary_label.text(), timeout=WAIT_MS)
    assert "full greeting" in window.summary_label.text()  # the checklist part arrived
    qtbot.waitUntil(lambda: window.model.rowCount() == 600, timeout=WAIT_MS)
    assert set(window.model.pages) <= {0, 1}  # only what is on screen was read
    assert window.findChild(QDialog) is None
    for name in ("reviewCallsTable", "reviewSummary", "reviewSearchEdit", "reviewFromDate",
                 "reviewToDate", "reviewExportButton"):
        assert window.findChild(object, name) is not None, name


def test_search_and_operator_narrow_table_and_summary(open_window, demo_db, qtbot):
    window = open_window(demo_db)
    window.search.setText("invoice")
    expected = _count(demo_db, Filters(search="invoice"))
    assert 0 < expected < 600
    qtbot.waitUntil(lambda: window.model.rowCount() == expected, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: f"{expected:,}" in window.summary_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.operator.findData("Jonas") >= 0, timeout=WAIT_MS)
    window.operator.setCurrentIndex(window.operator.findData("Jonas"))
    both = _count(demo_db, Filters(search="invoice", operator="Jonas"))
    qtbot.waitUntil(lambda: window.model.rowCount() == both, timeout=WAIT_MS)


def test_an_empty_log_says_no_calls_yet(open_window, db_path, qtbot):
    window = open_window(db_path)
    assert "No calls yet" in window.summary_label.text()
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.duration_chart.accessibleDescription() != "",
                    timeout=WAIT_MS)
    window.duration_chart.grab()  # paints "no calls yet", no division by zero


def test_new_calls_from_the_console_appear(open_window, demo_db, qtbot):
    window = open_window(demo_db)
    qtbot.waitUntil(lambda: window.model.rowCount() == 600, timeout=WAIT_MS)
    writer = sqlite3.connect(demo_db)
    writer.execute("insert into calls (started_at, answered_at, ended_at, duration_s, topic) "
                   "values ('2026-11-23T08:30:00Z', '2026-11-23T08:30:00Z', "
                   "'2026-11-23T08:35:00Z', 300, 'Fresh call')")
    writer.commit()
    writer.close()
    qtbot.waitUntil(lambda: window.model.rowCount() == 601, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "601" in window.summary_label.text(), timeout=WAIT_MS)


def test_export_of_the_current_filter(open_window, demo_db, qtbot, tmp_path):
    window = open_window(demo_db)
    window.outcome.blockSignals(True)
    qtbot.waitUntil(lambda: window.outcome.findData("callback") >= 0, timeout=WAIT_MS)
    window.outcome.setCurrentIndex(window.outcome.findData("callback"))
    window.outcome.blockSignals(False)
    out = tmp_path / "callbacks.csv"
    window.export_to(out, "csv")
    qtbot.waitUntil(lambda: window.export_button.isEnabled() and out.exists(), timeout=WAIT_MS)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) - 1 == _count(demo_db, Filters(outcome="callback")) > 0
    assert all(",callback," in line for line in lines[1:])
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Exported" in window.statusBar().currentMessage()


def test_drill_down_tells_a_call_step_by_step(open_window, demo_db, qtbot):
    window = open_window(demo_db)
    window.with_callback.setChecked(True)
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < 600 and bool(window.model.pages.get(0)),
                    timeout=WAIT_MS)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: "Callback #" in window.detail.toPlainText(), timeout=WAIT_MS)
    text = window.detail.toPlainText()
    # Stages and items in the content's words, outcome too, every placeholder filled.
    assert "Checklist:" in text and "Greeting / Said hello" in text
    assert "Callback taken" in text and "{" not in text


def test_drill_down_tells_the_consoles_ticks_from_the_operators(open_window, demo_db, qtbot,
                                                                 tmp_path):
    import shutil

    path = tmp_path / "desk.db"
    shutil.copy(demo_db, path)
    with sqlite3.connect(path) as conn:  # the console ticked "said hello" on every call
        conn.execute("update stage_marks set [by] = 'console' where item = 'said_hello'")
    window = open_window(path)
    qtbot.waitUntil(lambda: bool(window.model.pages.get(0)), timeout=WAIT_MS)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: "Checklist:" in window.detail.toPlainText(), timeout=WAIT_MS)
    lines = window.detail.toPlainText().splitlines()
    by_console = [line for line in lines if "(ticked by the console)" in line]
    assert by_console and all("Said hello" in line for line in by_console)
    assert any("Greeting /" in line and "(ticked by" not in line for line in lines)


def test_charts_and_coaching(open_window, demo_db, qtbot):
    window = open_window(demo_db, unlocked=True)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: sum(window.duration_chart.values) == 600, timeout=WAIT_MS)
    assert set(window.duration_chart.markers) == {10, 15}
    assert sum(window.hour_chart.values) == 600 and window.topic_chart.series
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.operator_table.rowCount() > 0, timeout=WAIT_MS)
    names = {window.operator_table.item(r, 0).text()
             for r in range(window.operator_table.rowCount())}
    assert {"Jonas", "Ramon"} <= names and window.team_table.rowCount() >= 3
    window.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: window.incident_table.rowCount() > 0, timeout=WAIT_MS)
    kinds = {window.incident_table.item(r, 0).text()
             for r in range(window.incident_table.rowCount())}
    assert kinds == {"alarm", "ended for abuse"}
    reasons = {window.incident_table.item(r, 5).text()
               for r in range(window.incident_table.rowCount())}
    assert "threats after two warnings" in reasons  # the abuse call's recorded reason


def test_per_operator_view_stays_hidden_without_the_passphrase(open_window, demo_db, qtbot):
    window = open_window(demo_db, unlocked=False)
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.team_table.rowCount() > 0, timeout=WAIT_MS)
    assert window.operator_table.isHidden() and window.operator_table.rowCount() == 0
    assert "passphrase" in window.operator_note.text()


def test_an_older_log_is_read_as_it_is(open_window, db_path, qtbot):
    conn = sqlite3.connect(db_path)  # as a Desk before m007 left it
    conn.execute("insert into calls (started_at, ended_at, duration_s, topic, notes) values "
                 "('2026-11-20T09:00:00Z', '2026-11-20T09:05:00Z', 300, 'Parking', 'permit')")
    for trigger in ("calls_fts_insert", "calls_fts_delete", "calls_fts_update"):
        conn.execute(f"drop trigger {trigger}")
    conn.execute("drop table calls_fts")
    conn.execute("delete from _sqlite_migrations where name = 'm007_review'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    window = open_window(db_path)
    window.search.setText("permit")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT_MS)
    assert "older Desk" in window.search.toolTip()
    window.close()
    assert digest(db_path) == before  # never migrated, never written


def test_a_damaged_log_is_said_in_the_band(open_window, tmp_path, qtbot, clock, content):
    from desk.ui.review.window import ReviewWindow

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    window = ReviewWindow(bad, clock, content=content, poll_s=0.05)
    window.show()
    try:
        qtbot.waitUntil(lambda: "damaged" in window.summary_label.text(), timeout=WAIT_MS)
    finally:
        window.close()


def test_passphrase_prompt_slows_down_wrong_tries(qtbot, clock):
    from desk.report.passphrase import Gate, hash_passphrase
    from desk.ui.review.passphrase import PassphraseDialog

    dialog = PassphraseDialog(Gate(hash_passphrase("correct horse"), clock.monotonic))
    qtbot.addWidget(dialog)
    edit = dialog.findChild(object, "passphraseEdit")
    edit.setText("guess")
    dialog.try_passphrase()
    assert "Wrong passphrase" in dialog.message.text() and edit.text() == ""
    edit.setText("correct horse")
    dialog.try_passphrase()
    assert "wait 1 second" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    clock.advance(1)
    dialog.try_passphrase()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_tools_review_opens_the_consoles_log(make_console, qtbot, tmp_path):
    from desk import config as config_mod
    from desk.report.passphrase import hash_passphrase, location, save
    from desk.ui.review import install_action

    cfg_path = tmp_path / "branch.toml"
    cfg_path.write_text("[branch]\nname = \"Espoo\"\n", encoding="utf-8")
    save(location(), hash_passphrase("correct horse"))
    console = make_console(config=config_mod.load(cfg_path))
    action = install_action(console.shell)
    assert action.objectName() == "reviewAction" and action in console.tools_menu.actions()

    def answer():
        dialog = QApplication.activeModalWidget()
        dialog.findChild(object, "passphraseEdit").setText("correct horse")
        dialog.try_passphrase()

    QTimer.singleShot(0, answer)
    action.trigger()
    review = console.review_window
    qtbot.waitUntil(lambda: review.last_summary is not None, timeout=WAIT_MS)
    assert review.objectName() == "ReviewWindow" and review.unlocked
    assert review.worker.db_path == console.services.db_path
    closed = []
    review.destroyed.connect(lambda: closed.append(True))
    console.close()
    qtbot.waitUntil(lambda: bool(closed), timeout=WAIT_MS)  # the review goes with the console


@pytest.mark.parametrize("lang", ["fi", "hi"])
def test_the_calls_table_holds_the_words_of_a_long_language(qtbot, clock, demo_db, qapp, lang):
    from PySide6.QtCore import Qt as QtNs

    from desk import content as content_mod
    from desk.ui.console.language_menu import install_translator
    from desk.ui.review.window import ReviewWindow

    install_translator(qapp, lang)
    try:
        words = content_mod.load(lang)
        window = ReviewWindow(demo_db, clock, content=words, poll_s=0.05)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0 and bool(window.model.pages.get(0)),
                        timeout=WAIT_MS)
        metrics, table = window.table.fontMetrics(), window.table
        model = window.model
        for column in range(9):
            header = str(model.headerData(column, QtNs.Orientation.Horizontal))
            assert metrics.horizontalAdvance(header) < table.columnWidth(column), header
        for outcome in dict(words.outcomes).values():  # "Takaisinsoittopyyntö otettu" …
            assert metrics.horizontalAdvance(outcome) < table.columnWidth(2), outcome
        topic = model.index(0, 3)
        assert model.data(topic, QtNs.ItemDataRole.ToolTipRole)  # a cut topic reads whole
        window.close()
    finally:
        install_translator(qapp, "en")
