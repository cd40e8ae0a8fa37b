"""The review's *Export ▸ Report (PDF)* (``reviewPdfButton``): the weekly report of the
window's current period, in the window's language, with the change against the previous
period of the same length.

Three steps, so the window never waits: the figures are read on the review's worker thread
(``desk.report.weekly``), the pages are drawn on the UI thread (``render_pdf`` installs a
translator and registers fonts, which belong to the UI thread; drawing a few pages takes
milliseconds), and the bytes are written back on the worker thread through a temp file
renamed over the target (``write_atomic``). "Saved …" shows only once the file is there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QPushButton

from desk.core.clock import to_iso
from desk.report.atomic_file import target_problem, write_atomic
from desk.report.weekly import weekly

FIGURES, WRITE = "pdf", "pdf-write"  # the worker's kinds (not in ReviewResult: rank last)
translate = QCoreApplication.translate


def default_name(filters) -> str:
    """desk-report-<first day>-<last day>.pdf, in the branch's days."""
    from datetime import datetime, timedelta

    def day(text, minus=False):
        moment = datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone()
        return (moment - timedelta(days=1 if minus else 0)).date().isoformat()

    if not (filters.since and filters.until):
        return "desk-report.pdf"
    return f"desk-report-{day(filters.since)}-{day(filters.until, minus=True)}.pdf"


class PdfExport(QObject):
    """Owned by the review window; the window hands it the worker's results (``done``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.busy = False
        self.button = QPushButton(self.tr("Report (&PDF)…"), window)
        self.button.setObjectName("reviewPdfButton")
        self.button.setAccessibleName(self.tr("Save the report of this period as a PDF"))
        self.button.clicked.connect(self.ask)
        menu = window.menuBar().addMenu(self.tr("E&xport"))
        self.action = QAction(self.tr("Report (PDF)…"), window)
        self.action.setObjectName("reviewPdfAction")
        self.action.triggered.connect(self.ask)
        menu.addAction(self.action)

    def language(self) -> str:
        content = getattr(self.window, "content_language", None)
        return content or "en"

    def ask(self) -> None:
        filters = self.window.filters()
        path, _chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the report as PDF"), default_name(filters),
            self.tr("PDF (*.pdf)"))
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> None:
        """Read the figures of the current period for ``path`` (off the UI thread)."""
        if self.busy:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        problem = target_problem(path)
        if problem:
            self._say(self.tr("Not saved: %1").replace("%1", problem))
            return
        window = self.window
        filters, norms = window.filters(), window.norms
        now = to_iso(window.clock.now())
        self._busy(True)
        self._say(self.tr("Preparing the report…"))
        window.worker.submit(FIGURES, window.generation, lambda backend: (path, weekly(
            backend, filters, now=now, norms=norms, with_previous=True)))

    def done(self, kind: str, result) -> bool:
        """Take the worker's result of one of our kinds; False for anything else."""
        if kind == FIGURES:
            path, report = result
            from desk.ui.report_pdf import render_pdf  # fonts and translator: UI thread
            from desk.ui.report_pdf.setup import use_language

            try:
                data = render_pdf([report], lang=self.language(), norms=self.window.norms)
            except Exception as exc:  # a drawing problem: say it, keep the window
                self._busy(False)
                self._say(self.tr("Not saved: %1").replace("%1", str(exc)))
                return True
            finally:
                # render_pdf installed its own translator: take it out again, or it would
                # outlive a later switch of the console's language.
                use_language(QCoreApplication.instance(), "en")
            self.window.worker.submit(WRITE, self.window.generation,
                                      lambda _backend: (path, _write(path, data)))
            return True
        if kind == WRITE:
            path, size = result
            self._busy(False)
            self._say(self.tr("Saved %1 (%2 bytes)").replace("%1", str(path))
                      .replace("%2", f"{size:,}"))
            return True
        return False

    def failed(self, kind: str, message: str) -> bool:
        if kind not in (FIGURES, WRITE):
            return False
        self._busy(False)
        self._say(self.tr("Not saved: %1").replace("%1", message))
        return True

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setEnabled(not busy)
        self.action.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text)


def _write(path: Path, data: bytes) -> int:
    write_atomic(path, data)  # OSError -> the worker reports it -> "Not saved: …"
    return len(data)


def install(window, row) -> PdfExport:
    """The button at the end of ``row`` and the Export menu's entry."""
    export = PdfExport(window)
    row.addWidget(export.button)
    return export
