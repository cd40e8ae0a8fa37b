"""The supervisor review window: filters, the summary band, the calls, charts, coaching,
incidents. It only reads the log, on its own thread (``ReviewWorker``), and refreshes when
the console writes to it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core.clock import to_iso
from desk.core.states import ReviewResult
from desk.report import Filters, Norms, listing, report, trends
from desk.report.branches import per_branch
from desk.report.dates import local_day_start
from desk.report.summary import PARTS
from desk.ui.dates import date_edit_format, local_time
from desk.ui.plain import escaped, plain_label, rich_label, set_tooltip
from desk.ui.review import compare_band, pdf_export
from desk.ui.review.band import (
    DRILL_ALARMS,
    DRILL_CALLBACKS,
    DRILL_WITHIN_TARGET,
    band_html,
)
from desk.ui.review.branches_page import BRANCHES_KIND, BranchesPage
from desk.ui.review.drill import call_text
from desk.ui.review.model import PAGE, SORT_KEYS, CallsModel, cell_texts
from desk.ui.review.pages import ChartsPage, CoachingPage, IncidentsPage
from desk.ui.review.worker import ReviewWorker
from desk.ui.vocab import item_text
from desk.ui.widgets import row_table

DEFAULT_DAYS = 30
SEARCH_DELAY_MS = 250


class ReviewWindow(QMainWindow):
    def __init__(self, db_path: Path, clock, norms: Norms = Norms(),  # noqa: B008
                 content=None, unlocked: bool = False, poll_s: float = 2.0,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.clock, self.norms, self.unlocked = clock, norms, unlocked
        # Ids from the log in the content's words, placeholders filled ("by ring 3").
        self.item_names = {i.id: item_text(content, i.id, answer_by_ring=norms.answer_by_ring)
                           for s in content.stages for i in s.items} \
            if content is not None else {}
        self.stage_names = {s.id: s.title for s in content.stages} if content is not None \
            else {}
        self.outcome_words = dict(content.outcomes) if content is not None else {}
        self.content_language = getattr(content, "language", None) or "en"  # the PDF's
        self.generation = 0
        self.central = _is_central(db_path)  # head office's database: branches to compare
        self.sort, self.descending = "started_at", True
        self.last_summary = None
        self.band_generation = 0  # which request the summary band shows
        self.band_values: dict = {}
        self.checklist_values: dict = {}
        self.checklist_generation = -1
        self.stale: set[str] = set()
        self.compared, self.compared_generation = None, -1  # compare_band's figures
        self.setObjectName("ReviewWindow")
        # Freed on close, on the UI thread: left to Python's garbage collector, its widgets
        # could be destroyed from whichever thread happens to collect them.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Review — %1").replace("%1", _title_of(db_path)))
        self.resize(1280, 800)
        self.worker = ReviewWorker(db_path, poll_s, self)
        self.worker.ready.connect(self._take_results)
        self.worker.changed.connect(self.refresh)
        self.worker.start()

        self._build_filters()
        self.summary_label = rich_label(self)
        self.summary_label.setText(escaped(self.tr("Loading…")))
        self.summary_label.setObjectName("reviewSummary")
        self.summary_label.setAccessibleName(self.tr("Summary of the calls shown"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("QLabel { background: #f3f5f7; padding: 6px; "
                                         "border-radius: 4px; }")
        # Its figures are links to their calls (handled here, never opened as URLs).
        self.summary_label.setOpenExternalLinks(False)
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.summary_label.linkActivated.connect(self.drill)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self._build_calls(), self.tr("&Calls"))
        self._build_pages(unlocked)
        self.tabs.addTab(self.charts, self.tr("C&harts"))
        self.tabs.addTab(self.coaching, self.tr("Coac&hing"))
        self.tabs.addTab(self.incident_table, self.tr("&Incidents"))
        self.branches_page = BranchesPage(self)
        if self.central:
            self.tabs.addTab(self.branches_page, self.tr("Bra&nches"))
        else:
            self.branches_page.hide()
        self.tabs.currentChanged.connect(self._tab_shown)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(self.filter_row1)
        layout.addLayout(self.filter_row2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.refresh()
        self.worker.submit(ReviewResult.CHOICES, 0, _choices)

    # ---- building -------------------------------------------------------------------
    def _build_filters(self) -> None:
        today = self.clock.now().astimezone().date()
        self.from_date = self._date_edit("reviewFromDate", self.tr("From day"),
                                         today - timedelta(days=DEFAULT_DAYS - 1))
        self.to_date = self._date_edit("reviewToDate", self.tr("To day"), today)
        self.period = QComboBox(self)
        self.period.setObjectName("reviewPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in ((self.tr("Last 30 days"), 30), (self.tr("Last 7 days"), 7),
                            (self.tr("Last 90 days"), 90), (self.tr("Last 365 days"), 365),
                            (self.tr("Everything"), 0)):
            self.period.addItem(label, days)
        self.period.activated.connect(self._period_chosen)
        self.branch = QComboBox(self)
        self.branch.setObjectName("reviewBranchCombo")
        self.branch.setAccessibleName(self.tr("Branch"))
        self.branch.addItem(self.tr("All branches"), None)
        self.branch.currentIndexChanged.connect(self._branch_chosen)
        # A local log is one branch's (or a merge's): the filter is head office's.
        self.branch.setVisible(self.central)
        self.operator = self._combo("reviewOperator", self.tr("Operator"), self.tr("Any operator"))
        self.workstation = self._combo("reviewWorkstation", self.tr("Workstation"),
                                       self.tr("Any workstation"))
        self.outcome = self._combo("reviewOutcome", self.tr("Outcome"), self.tr("Any outcome"))
        self.topic = self._combo("reviewTopic", self.tr("Topic"), self.tr("Any topic"))
        self.norm = self._combo("reviewNorm", self.tr("Duration"), self.tr("Any duration"))
        for label, key in ((self.tr("Within the target"), "within_target"),
                           (self.tr("Over the target"), "over_target"),
                           (self.tr("Over the maximum"), "over_max")):
            self.norm.addItem(label, key)
        self.with_callback = QCheckBox(self.tr("With call&back"), self)
        self.with_callback.setObjectName("reviewWithCallback")
        self.with_incident = QCheckBox(self.tr("With &alarm"), self)
        self.with_incident.setObjectName("reviewWithIncident")
        for box in (self.with_callback, self.with_incident):
            box.setAccessibleName(box.text().replace("&", ""))
            box.toggled.connect(self.refresh)
        self.search = QLineEdit(self)
        self.search.setObjectName("reviewSearchEdit")
        self.search.setPlaceholderText(self.tr("Search topics and notes…"))
        self.search.setAccessibleName(self.tr("Search topics and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("reviewExportButton")
        self.export_button.setAccessibleName(self.tr("Export the calls shown"))
        self.export_button.clicked.connect(self._ask_export)

        self.filter_row1 = QHBoxLayout()
        for widget in (self.branch, plain_label(self.tr("From"), self), self.from_date, plain_label(self.tr("to"), self),
                       self.to_date, self.period, self.operator, self.workstation,
                       self.outcome):
            self.filter_row1.addWidget(widget)
        self.filter_row1.addStretch(1)
        self.filter_row2 = QHBoxLayout()
        for widget in (self.topic, self.norm, self.with_callback, self.with_incident):
            self.filter_row2.addWidget(widget)
        self.filter_row2.addWidget(self.search, 1)
        self.filter_row2.addWidget(self.export_button)
        self.pdf_export = pdf_export.install(  # its job runs for the filters on screen now
            self, self.filter_row2,
            lambda kind, job: self.worker.submit(kind, self.generation, job))

    def _date_edit(self, name: str, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())  # the language's order of day and month
        edit.dateChanged.connect(self.refresh)
        return edit

    def _combo(self, name: str, accessible: str, anything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(anything, None)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _fit_columns(self) -> None:
        """Widths that hold the words of this language: the header, every outcome and
        channel word, a date; a longer topic or name is cut and shown whole as a tooltip."""
        from desk.core.vocab import CALL_CHANNEL
        from desk.ui.vocab import call_channel

        metrics = self.table.fontMetrics()
        samples = {0: [local_time("2026-12-28T23:59:00Z", with_date=True)],
                   2: list(self.outcome_words.values()),
                   6: [call_channel(code) for code in CALL_CHANNEL]}
        pad = 2 * metrics.horizontalAdvance("M")  # the cell margins and the sort arrow
        for column, least in enumerate((130, 70, 90, 170, 90, 90, 70, 140, 120)):
            words = [str(self.model.headerData(column, Qt.Orientation.Horizontal) or ""),
                     *samples.get(column, [])]
            widest = max(metrics.horizontalAdvance(word) for word in words) + pad
            self.table.setColumnWidth(column, max(least, min(widest, 320)))

    def _build_calls(self) -> QWidget:
        self.model = CallsModel(self)
        self.model.outcome_words = self.outcome_words
        self.model.want_page.connect(self._want_page)
        self.table = row_table(self, "reviewCallsTable", self.tr("Calls, newest first"),
                               self.model)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sorted)
        self._fit_columns()
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("reviewCallDetail")
        self.detail.setAccessibleName(self.tr("The selected call, step by step"))
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Choose a call to see its checklist, callback "
                                               "and alarm step by step."))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([860, 380])
        return splitter

    def _build_pages(self, unlocked: bool) -> None:
        self.charts = ChartsPage(self)
        self.duration_chart, self.day_chart = self.charts.duration, self.charts.day
        self.hour_chart, self.topic_chart = self.charts.hour, self.charts.topic
        self.coaching = CoachingPage(unlocked, self)
        self.team_table, self.operator_table = self.coaching.team, self.coaching.operators
        self.operator_note = self.coaching.note
        self.incident_table = IncidentsPage(self)
        self.incident_table.call_chosen.connect(self.open_call)
        self.day_chart.bar_clicked.connect(self._day_chosen)
        self.duration_chart.bar_clicked.connect(self._minute_chosen)
        self.topic_chart.point_clicked.connect(self._topic_week_chosen)

    # ---- what is asked ---------------------------------------------------------------
    def filters(self) -> Filters:
        start, end = self.from_date.date().toPython(), self.to_date.date().toPython()
        norm, low, high = self.norm.currentData(), None, None
        if isinstance(norm, tuple):  # a histogram bar's minutes (see _minute_chosen)
            norm, (low, high) = None, norm
        return Filters(since=local_day_start(start),
                       until=local_day_start(end + timedelta(days=1)),
                       operator=self.operator.currentData(),
                       workstation=self.workstation.currentData(),
                       outcome=self.outcome.currentData(), topic=self.topic.currentData(),
                       norm=norm, duration_from_s=low, duration_to_s=high,
                       with_callback=self.with_callback.isChecked(),
                       with_incident=self.with_incident.isChecked(),
                       search=self.search.text())

    def refresh(self, *_args) -> None:
        """Ask again for everything the current filter shows (the newest request wins)."""
        self.generation += 1
        generation, filters, norms = self.generation, self.filters(), self.norms
        sort, descending = self.sort, self.descending
        now = to_iso(self.clock.now())

        words = dict(self.outcome_words)

        def table(backend):
            return (listing.count(backend, filters, norms),
                    cell_texts(listing.page(backend, filters, 0, PAGE, sort=sort,
                                            descending=descending, norms=norms), words))

        self.worker.submit(ReviewResult.TABLE, generation, table)
        quick = tuple(p for p in PARTS if p != "checklist")
        self.worker.submit(ReviewResult.SUMMARY, generation, lambda backend: report(
            backend, filters, now=now, norms=norms, parts=quick))
        self.worker.submit(ReviewResult.CHECKLIST, generation, lambda backend: report(
            backend, filters, now=now, norms=norms, parts=("checklist",)))
        self.worker.submit(compare_band.KIND, generation, lambda backend: compare_band.query(
            backend, filters, now=now, norms=norms))
        self.stale = {ReviewResult.CHARTS, ReviewResult.COACHING, ReviewResult.INCIDENTS,
                      BRANCHES_KIND}
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        kind = {1: ReviewResult.CHARTS, 2: ReviewResult.COACHING,
                3: ReviewResult.INCIDENTS, 4: BRANCHES_KIND}.get(index)
        if kind not in self.stale:
            return
        self.stale.discard(kind)
        filters, norms, unlocked = self.filters(), self.norms, self.unlocked
        if kind == BRANCHES_KIND:
            now = to_iso(self.clock.now())
            self.worker.submit(BRANCHES_KIND, self.generation,
                               lambda b: per_branch(b, filters, now, norms))
        elif kind == ReviewResult.CHARTS:
            self.worker.submit(ReviewResult.CHARTS, self.generation,
                               lambda b: ChartsPage.query(b, filters, norms))
        elif kind == ReviewResult.COACHING:
            self.worker.submit(ReviewResult.COACHING, self.generation, lambda b: (
                trends.habits_per_week(b, filters, norms),
                trends.per_operator(b, filters, norms) if unlocked else []))
        else:
            self.worker.submit(ReviewResult.INCIDENTS, self.generation,
                               lambda b: listing.incidents(b, filters))

    def _want_page(self, generation: int, number: int) -> None:
        filters, norms, sort, descending = self.filters(), self.norms, self.sort, \
            self.descending
        words = dict(self.outcome_words)
        self.worker.submit(f"{ReviewResult.PAGE}:{number}", generation, lambda b: cell_texts(
            listing.page(b, filters, number * PAGE, PAGE, sort=sort, descending=descending,
                         norms=norms), words))

    def _sorted(self, column: int, order) -> None:
        key = SORT_KEYS[column] if column < len(SORT_KEYS) else None
        if key is None:
            return
        self.sort, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # ---- from a figure to its calls ----------------------------------------------------
    def drill(self, link: str) -> None:
        """A band figure was clicked: the calls table shows exactly the calls behind it."""
        if link == DRILL_WITHIN_TARGET:
            self.norm.setCurrentIndex(self.norm.findData("within_target"))
        elif link == DRILL_CALLBACKS:
            self.with_callback.setChecked(True)
        elif link == DRILL_ALARMS:
            self.with_incident.setChecked(True)
        self.tabs.setCurrentIndex(0)

    def _day_chosen(self, index: int) -> None:
        if index < len(self.charts.day_dates):
            self.show_days(self.charts.day_dates[index])
            self.tabs.setCurrentIndex(0)

    def _minute_chosen(self, minute: int) -> None:
        """A histogram bar: the calls of that minute of duration (the last bar: and
        longer), shown as a choice of the Duration filter so it can be seen and undone."""
        last = minute == len(self.duration_chart.values) - 1
        bounds = (minute * 60, None if last else (minute + 1) * 60)
        label = (self.tr("%1 min or longer") if last else self.tr("%1–%2 min")).replace(
            "%1", str(minute)).replace("%2", str(minute + 1))
        index = self.norm.findData(bounds)
        if index < 0:
            self.norm.addItem(label, bounds)
            index = self.norm.count() - 1
        self.norm.setCurrentIndex(index)  # refreshes
        self.tabs.setCurrentIndex(0)

    def _topic_week_chosen(self, topic: str, index: int) -> None:
        """A trend point: that topic's calls in that week (within the period shown)."""
        if index >= len(self.charts.topic_weeks):
            return
        week = self.charts.topic_weeks[index]
        start = max(week, self.from_date.date().toPython())
        end = min(week + timedelta(days=6), self.to_date.date().toPython())
        self.topic.blockSignals(True)
        if self.topic.findData(topic) < 0:
            self.topic.addItem(topic, topic)
        self.topic.setCurrentIndex(self.topic.findData(topic))
        self.topic.blockSignals(False)
        self.show_days(start, end)
        self.tabs.setCurrentIndex(0)

    def show_days(self, start: date, end: date | None = None) -> None:
        """Narrow the period to ``start``..``end`` (one day by default) in one refresh."""
        end = end or start
        for edit, day in ((self.from_date, start), (self.to_date, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def open_call(self, call_id: int, at: str | None) -> None:
        """An incident was chosen: its day's calls, and its call told step by step."""
        if at:
            moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
            self.show_days(moment.date())
        self.tabs.setCurrentIndex(0)
        self.worker.submit(ReviewResult.DETAIL, self.generation,
                           lambda b: listing.call_detail(b, call_id))

    def _branch_chosen(self, _index: int) -> None:
        self.worker.branch = self.branch.currentData()  # asked before the requests below
        self.refresh()

    def _period_chosen(self, index: int) -> None:
        days = self.period.itemData(index)
        today = self.clock.now().astimezone().date()
        start = today - timedelta(days=days - 1) if days else date(2000, 1, 1)
        self.from_date.blockSignals(True)
        self.to_date.blockSignals(True)
        self.from_date.setDate(QDate(start.year, start.month, start.day))
        self.to_date.setDate(QDate(today.year, today.month, today.day))
        self.from_date.blockSignals(False)
        self.to_date.blockSignals(False)
        self.refresh()

    def _row_chosen(self, current, _previous) -> None:
        call_id = self.model.call_id(current.row()) if current.isValid() else None
        if call_id is not None:
            self.worker.submit(ReviewResult.DETAIL, self.generation,
                               lambda b: listing.call_detail(b, call_id))

    # ---- export ------------------------------------------------------------------------
    def _ask_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the calls shown"), "calls.csv",
            self.tr("CSV for spreadsheets (*.csv);;JSON (*.json)"))
        if path:
            self.export_to(Path(path), "json" if path.endswith(".json") else "csv")

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the current filter's calls to ``path`` (off the UI thread)."""
        from desk.report import export

        filters, norms = self.filters(), self.norms
        self.export_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Exporting…"))
        self.worker.submit(ReviewResult.EXPORT, self.generation,
                           lambda b: (path, export.write(b, filters, fmt, path, norms)))

    # ---- results -----------------------------------------------------------------------
    def _take_results(self) -> None:
        for kind, generation, ok, value in self.worker.take():
            if kind == ReviewResult.OPENED:
                self._opened(value)
            elif ok:
                self._done(kind, generation, value)
            else:
                self._failed(kind, generation, value)

    def _opened(self, fts: bool) -> None:
        if not fts:
            set_tooltip(self.search, self.tr("This log is from an older Desk: search reads "
                                           "every note (slower on a big log)."))

    def _failed(self, kind: str, generation: int, message: str) -> None:
        if kind == ReviewResult.OPEN:
            self.summary_label.setText(escaped(message))
            self.export_button.setEnabled(False)
            self.pdf_export.button.setEnabled(False)
            self.pdf_export.action.setEnabled(False)
            return
        if kind == ReviewResult.EXPORT:
            self.export_button.setEnabled(True)
        if self.pdf_export.failed(kind, message):
            return
        self.statusBar().showMessage(self.tr("Could not read the log: %1").replace(
            "%1", message))

    def _done(self, kind: str, generation: int, result) -> None:
        if kind == ReviewResult.EXPORT:
            path, written = result
            self.export_button.setEnabled(True)
            self.statusBar().showMessage(self.tr("Exported %n call(s) to %1", "", written)
                                         .replace("%1", str(path)))
            return
        if kind == ReviewResult.CHOICES:
            self._fill_choices(result)
            return
        if self.pdf_export.done(kind, result):
            return
        if kind == compare_band.KIND:
            if generation == self.generation:
                self.compared, self.compared_generation = result, generation
                if self.band_generation == generation:
                    self._show_band()
            return
        if generation != self.generation:
            if kind.startswith(f"{ReviewResult.PAGE}:"):
                return
            if kind in (ReviewResult.TABLE, ReviewResult.SUMMARY):
                return  # a newer filter is on its way
        if kind == ReviewResult.TABLE:
            total, first = result
            self.model.reset(generation, total, first)
        elif kind.startswith(f"{ReviewResult.PAGE}:"):
            self.model.add_page(generation, int(kind.split(":")[1]), result)
        elif kind in (ReviewResult.SUMMARY, ReviewResult.CHECKLIST):
            if kind == ReviewResult.SUMMARY:
                self.last_summary = result
                self.band_generation = generation
                self.band_values = {**result.values, **(
                    self.checklist_values if self.checklist_generation == generation else {})}
            else:
                self.checklist_values, self.checklist_generation = result.values, generation
                if self.band_generation != generation:
                    return  # shown with the rest of the band when it arrives
                self.band_values.update(result.values)
            self._show_band()
        elif kind == ReviewResult.DETAIL:
            self.detail.setPlainText(call_text(result, self.item_names, self.stage_names,
                                                self.outcome_words))
        elif kind == ReviewResult.CHARTS:
            self.charts.show_data(result, self.norms, self.from_date.date().toPython(),
                                  self.to_date.date().toPython())
        elif kind == ReviewResult.COACHING:
            self.coaching.show_data(*result)
        elif kind == ReviewResult.INCIDENTS:
            self.incident_table.show_data(result)
        elif kind == BRANCHES_KIND:
            self.branches_page.show_data(result)

    def _show_band(self) -> None:
        compared = self.compared if self.compared_generation == self.band_generation else None
        values = compare_band.with_comparison(self.band_values, compared)
        self.summary_label.setText(band_html(
            values, self.norms, self.item_names, compare_band.notes(values, compared),
            (compare_band.on_time_tile(values),), compare_band.footer(values, compared)))
        # A screen reader reads this aloud: the words, not the table's markup (our own
        # markup, every outside piece in it escaped: tags out, entities back).
        import html
        import re

        words = re.sub(r"<[^>]+>", " ", self.summary_label.text())
        self.summary_label.setAccessibleDescription(" ".join(html.unescape(words).split()))

    def _fill_choices(self, choices: dict) -> None:
        for combo, values in ((self.operator, choices["operator"]),
                              (self.workstation, choices["workstation"]),
                              (self.outcome, choices["outcome"]),
                              (self.topic, choices["topic"])):
            combo.blockSignals(True)
            for value in values:  # an outcome code in the content's words
                shown = self.outcome_words.get(value, value) if combo is self.outcome else value
                combo.addItem(shown, value)
            combo.blockSignals(False)
        self.branch.blockSignals(True)
        for name in choices.get("branch", []):
            self.branch.addItem(name, name)
        self.branch.blockSignals(False)

    def closeEvent(self, event) -> None:
        self.worker.stop()
        super().closeEvent(event)


def _choices(backend) -> dict:
    from desk.report.readable import column_ok  # a value that is not text is left out

    out = {}
    for column in ("operator", "workstation", "outcome"):
        out[column] = [r[0] for r in backend.query(
            f"select distinct {column} from calls where {column_ok(backend, column)} "
            f"and {column} <> '' order by {column}", [])]
    out["topic"] = [r[0] for r in backend.query(
        f"select topic from calls where {column_ok(backend, 'topic')} and topic <> '' "
        f"group by topic order by count(*) desc limit 50", [])]
    if hasattr(backend, "branches"):  # head office's database
        out["branch"] = backend.branches()
    return out



def _is_central(db_path) -> bool:
    return isinstance(db_path, str) and "://" in db_path


def _title_of(db_path) -> str:
    """The log's file name, or head office's server as scheme://host:port/db (no secrets)."""
    if isinstance(db_path, str) and "://" in db_path:
        from urllib.parse import urlsplit

        url = urlsplit(db_path)
        port = f":{url.port}" if url.port else ""
        return f"{url.scheme}://{url.hostname}{port}{url.path}"
    return Path(db_path).name
