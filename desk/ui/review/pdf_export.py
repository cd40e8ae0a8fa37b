"""The review's *Export ▸ Report (PDF)* (``reviewPdfButton``): the weekly report of the
window's current period, in the window's language, with the change against the previous
period of the same length.

The window never waits on it. On the UI thread, at the click: the fonts and the report's
translator (``render_pdf``'s own setup; both belong to the UI thread) and the checklist's
item names. On the review's worker thread, one job: the figures (``desk.report.weekly``),
the pages (QPainter on a QPdfWriter, which Qt allows outside the GUI thread as it does for
QPrinter; drawn on the UI thread they stalled the window 35-55 ms on every export), and the
bytes, through a temp file renamed over the target (``write_atomic``). "Saved …" shows only
once the file is there; the translator is taken out again then (or on failure)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QPushButton

from desk.core.clock import to_iso
from desk.report.atomic_file import target_problem, write_atomic
from desk.report.weekly import weekly

# Imported here, on the UI thread: importing on the worker thread while Qt runs its event
# loop can crash shiboken's import hook (see worker.py).
from desk.ui.report_pdf.document import draw_pdf, prepare
from desk.ui.report_pdf.setup import use_language

KIND = "pdf"  # the worker's kind (not in ReviewResult: ranks last)
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
    """Owned by the review window; the window hands it the worker's results (``done``).
    ``submit(kind, job)`` puts a job on the review's worker for its current filters."""

    def __init__(self, review, submit):
        super().__init__(review)
        self.review, self.submit = review, submit
        self.busy = False
        self.button = QPushButton(self.tr("Report (&PDF)…"), review)
        self.button.setObjectName("reviewPdfButton")
        self.button.setAccessibleName(self.tr("Save the report of this period as a PDF"))
        self.button.clicked.connect(self.ask)
        menu = review.menuBar().addMenu(self.tr("E&xport"))
        self.action = QAction(self.tr("Report (PDF)…"), review)
        self.action.setObjectName("reviewPdfAction")
        self.action.triggered.connect(self.ask)
        menu.addAction(self.action)

    def language(self) -> str:
        content = getattr(self.review, "content_language", None)
        return content or "en"

    def ask(self) -> None:
        filters = self.review.filters()
        path, _chosen = QFileDialog.getSaveFileName(
            self.review, self.tr("Save the report as PDF"), default_name(filters),
            self.tr("PDF (*.pdf)"))
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> None:
        """Figures, pages and file for ``path``, on the worker thread."""
        if self.busy:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        problem = target_problem(path)
        if problem:
            self._say(self.tr("Not saved: %1").replace("%1", problem))
            return
        review = self.review
        filters, norms = review.filters(), review.norms
        now = to_iso(review.clock.now())
        prepared = prepare(self.language(), norms)  # on this (the UI) thread
        self._busy(True)
        self._say(self.tr("Preparing the report…"))

        def job(backend):
            report = weekly(backend, filters, now=now, norms=norms, with_previous=True)
            data = draw_pdf([report], prepared, norms)
            write_atomic(path, data)  # OSError -> the worker reports it -> "Not saved: …"
            return path, len(data)

        self.submit(KIND, job)

    def done(self, kind: str, result) -> bool:
        """Take the worker's result of our kind; False for anything else."""
        if kind != KIND:
            return False
        path, size = result
        self._finished()
        self._say(self.tr("Saved %1 (%2 bytes)").replace("%1", str(path))
                  .replace("%2", f"{size:,}"))
        return True

    def failed(self, kind: str, message: str) -> bool:
        if kind != KIND:
            return False
        self._finished()
        self._say(self.tr("Not saved: %1").replace("%1", message))
        return True

    def _finished(self) -> None:
        # The report's translator out again, or it would outlive a later switch of the
        # console's language.
        use_language(QCoreApplication.instance(), "en")
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.button.setEnabled(not busy)
        self.action.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.review.statusBar().showMessage(text)


def install(review, row, submit) -> PdfExport:
    """The button at the end of ``row`` and the Export menu's entry; ``submit(kind, job)``
    runs a job on the review's worker (for the filters on screen now)."""
    export = PdfExport(review, submit)
    row.addWidget(export.button)
    return export
