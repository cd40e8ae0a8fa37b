"""The review's *Report (PDF)* button: asks for a file (named after the period), writes the
weekly report of the window's period whole, says "Saved" only once the file is there, and
the PDF's text holds the figures the band shows."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from tests.review.test_band_compare import WAIT_MS, band, utc, weekly_window  # noqa: F401

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (Debian package poppler-utils) missing")


class Dialog:
    """Stands in for QFileDialog: answers with ``answer`` and keeps what it was asked."""

    asked: list = []
    answer = ""

    @classmethod
    def getSaveFileName(cls, parent, caption, name, kinds):  # noqa: N802 - Qt's name
        cls.asked.append(name)
        return cls.answer, kinds


@pytest.fixture
def dialog(monkeypatch):
    Dialog.asked = []
    monkeypatch.setattr("desk.ui.review.pdf_export.QFileDialog", Dialog)
    return Dialog


def status(window) -> str:
    return window.statusBar().currentMessage()


@needs_poppler
def test_the_button_saves_the_periods_report_with_the_bands_figures(weekly_window, qtbot,  # noqa: F811
                                                                    dialog, tmp_path):
    window = weekly_window
    qtbot.waitUntil(lambda: "better" in band(window), timeout=WAIT_MS)
    target = tmp_path / "week.pdf"
    dialog.answer = str(target)
    button = window.findChild(object, "reviewPdfButton")
    seen = []
    # "Saved" may only be said once the whole file is in place
    window.statusBar().messageChanged.connect(
        lambda text: seen.append((text, target.exists() and target.stat().st_size)))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.asked == ["desk-report-2026-11-16-2026-11-22.pdf"]
    qtbot.waitUntil(lambda: status(window).startswith("Saved"), timeout=WAIT_MS)
    saved = [size for text, size in seen if text.startswith("Saved")]
    assert saved and saved[0] == target.stat().st_size > 0
    assert str(target) in status(window)
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.glob(".week.pdf.*")) == []  # no temp file left behind
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    # the band's figures, as the PDF writes them (one decimal)
    for figure in ("71.4 %", "85.7 %", "75.0 %", "5:00", "25.0 %", "+38.1 pp", "-14.3 pp", "of 4 calls with ring times"):
        assert figure in text, figure
    assert button.isEnabled()


def test_a_link_at_the_target_is_refused_and_nothing_is_said_saved(weekly_window, qtbot,  # noqa: F811
                                                                  dialog, tmp_path):
    window = weekly_window
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_text("keep me")
    target = tmp_path / "week.pdf"
    target.symlink_to(elsewhere)
    dialog.answer = str(target)
    window.pdf_export.action.trigger()  # Export ▸ Report (PDF)
    qtbot.waitUntil(lambda: status(window).startswith("Not saved"), timeout=WAIT_MS)
    assert "symbolic link" in status(window)
    assert elsewhere.read_text() == "keep me"


def test_cancelling_the_dialog_writes_nothing(weekly_window, qtbot, dialog, tmp_path):  # noqa: F811
    dialog.answer = ""
    qtbot.mouseClick(weekly_window.findChild(object, "reviewPdfButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.asked and list(tmp_path.glob("*.pdf")) == []
    assert not status(weekly_window).startswith(("Saved", "Preparing"))


@pytest.fixture
def hindi(qapp):
    from desk.ui.console.language_menu import install_translator

    install_translator(qapp, "hi")
    yield
    install_translator(qapp, "en")  # the next test sees English again


@needs_poppler
def test_a_hindi_window_saves_a_hindi_report_and_says_better_in_hindi(
        utc, db, db_path, qtbot, clock, dialog, tmp_path, hindi):  # noqa: F811
    from PySide6.QtCore import QCoreApplication, QDate
    from shiboken6 import isValid

    from desk import content as content_mod
    from desk.ui.console.language_menu import install_translator
    from desk.ui.review.window import ReviewWindow
    from tests.review import weekly_log

    weekly_log.fill(db)
    window = ReviewWindow(db_path, clock, content=content_mod.load("hi"), poll_s=0.05)
    window.show()
    try:
        window.from_date.setDate(QDate(2026, 11, 16))
        window.to_date.setDate(QDate(2026, 11, 22))
        qtbot.waitUntil(lambda: "▲ 38" in band(window), timeout=WAIT_MS)
        assert "बेहतर" in band(window) and "बदतर" in band(window)  # better, worse
        target = tmp_path / "week-hi.pdf"
        dialog.answer = str(target)
        window.pdf_export.button.click()
        qtbot.waitUntil(lambda: target.exists() and window.pdf_export.button.isEnabled(),
                        timeout=WAIT_MS)  # saved, and the window told so
        assert "सहेजा गया" in status(window)  # "Saved", in Hindi
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "सारांश" in text and "Weekly report" not in text
        # the report's Hindi leaves with the window's: a switch to English is whole
        install_translator(QCoreApplication.instance(), "en")
        assert QCoreApplication.translate("ReportPdf", "Weekly report") == "Weekly report"
    finally:
        if isValid(window):
            window.close()


def test_a_damaged_log_offers_no_report(qtbot, tmp_path, clock, content):
    from desk.ui.review.window import ReviewWindow

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    window = ReviewWindow(bad, clock, content=content, poll_s=0.05)
    window.show()
    try:
        qtbot.waitUntil(lambda: "damaged" in window.summary_label.text(), timeout=WAIT_MS)
        assert not window.findChild(object, "reviewPdfButton").isEnabled()
        assert not window.pdf_export.action.isEnabled()
    finally:
        window.close()
