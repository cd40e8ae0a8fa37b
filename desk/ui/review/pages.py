"""The review's Charts, Coaching and Incidents tabs: each builds its widgets and shows the
rows the window's query thread brings back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.states import IncidentKind
from desk.report import Filters, Norms, summary, trends
from desk.report.summary import STAGES
from desk.ui.dates import day_month, local_date, local_time
from desk.ui.plain import plain_label
from desk.ui.review.charts import AMBER, RED, BarChart, LineChart

# Columns fit the first rows' contents: measuring all 400 incidents cost 12 ms per repaint.
FIT_ROWS = 60


def make_table(parent: QWidget, name: str, headers: list[str], spoken: str) -> QTableWidget:
    """``spoken``: the accessible name a screen reader says (translated), not the id."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    table.setAccessibleName(spoken)
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace the table's rows. Columns that fit their contents are measured once, after
    filling: replacing items one by one in such a column re-measures every row each time
    (400 rows took 19 s of the UI thread on a second fill)."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
    table.setUpdatesEnabled(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    for c, mode in enumerate(modes):
        header.setSectionResizeMode(c, mode)
    table.setUpdatesEnabled(True)


def pct(value) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


class ChartsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        self.duration = BarChart(self.tr("Call durations (minutes)"), self)
        self.duration.setObjectName("reviewDurationChart")
        self.day = BarChart(self.tr("Calls per day"), self)
        self.day.setObjectName("reviewDayChart")
        self.hour = BarChart(self.tr("Calls per hour of the day"), self)
        self.hour.setObjectName("reviewHourChart")
        self.topic = LineChart(self.tr("Recurring topics per week"), self)
        self.topic.setObjectName("reviewTopicChart")
        grid.addWidget(self.duration, 0, 0)
        grid.addWidget(self.day, 0, 1)
        grid.addWidget(self.hour, 1, 0)
        grid.addWidget(self.topic, 1, 1)
        self.day_dates: list[date] = []
        self.topic_weeks: list[date] = []

    @staticmethod
    def query(backend, filters: Filters, norms: Norms) -> dict:
        """Runs on the query thread."""
        histogram = summary.duration_histogram(backend, filters, norms)
        per_day, per_hour = trends.calls_per_day_and_hour(backend, filters, norms)
        topics = [t for t, _n in summary.top_topics(backend, filters, norms, 5)]
        return {"minutes": trends.duration_minutes(histogram), "per_day": per_day,
                "per_hour": per_hour,
                "topics": trends.topics_per_week(backend, filters, topics, norms)}

    def show_data(self, data: dict, norms: Norms, start: date, end: date) -> None:
        minutes = data["minutes"]
        self.duration.set_data(
            [f"{m}" if m < len(minutes) - 1 else f"{m}+" for m in range(len(minutes))],
            minutes, {norms.target_s / 60: (self.tr("target"), AMBER),
                      norms.max_s / 60: (self.tr("maximum"), RED)},
            label_every=5, edges=True,
            description=self.tr("Calls per minute of duration; lines at the target and the "
                                "maximum."))
        days = data["per_day"]
        self.day_dates = list(days)  # the day chart's bars, for a click on one
        self.day.set_data([day_month(d) for d in days], list(days.values()),
                          label_every=max(1, len(days) // 6),
                          description=self.tr("%n day(s)", "", len(days)))
        busy = [h for h, n in enumerate(data["per_hour"]) if n] or [8, 17]
        hours = range(min(busy[0] - 1, 7), max(busy[-1] + 2, 18))  # the working day and a bit
        self.hour.set_data([f"{h}" for h in hours], [data["per_hour"][h] for h in hours],
                           label_every=2, description=self.tr("Calls by hour of the day"))
        weeks = sorted({w for series in data["topics"].values() for w in series})
        whole = [w for w in weeks if w >= start and w + timedelta(days=6) <= end]
        weeks = whole if len(whole) >= 2 else weeks  # part-weeks at the ends would dip
        self.topic_weeks = weeks  # the trend points' weeks, for a click on one
        self.topic.set_data([day_month(w) for w in weeks],
                            {t: [s.get(w, 0) for w in weeks] for t, s in data["topics"].items()},
                            description=", ".join(data["topics"]))


class CoachingPage(QWidget):
    """Team habits first; per-operator rows only when the passphrase unlocked them."""

    def __init__(self, unlocked: bool, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Team habits, week by week (share of calls with a "
                                        "checklist)"), self))
        stages = [self.tr("Greeting complete"), self.tr("Clarification complete"),
                  self.tr("Confirmation complete"), self.tr("Closing complete")]
        habits = [self.tr("Personal question"), self.tr("Wrap-up past the target"),
                  self.tr("Hello after answering (s)")]
        self.team = make_table(self, "reviewTeamHabits",
                               [self.tr("Week"), self.tr("Calls"), *stages, *habits],
                               self.tr("Team habits per week"))
        layout.addWidget(self.team, 1)
        self.note = plain_label("", self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.operators = make_table(self, "reviewOperatorHabits", [
            self.tr("Operator"), self.tr("Calls"), self.tr("Within the target"),
            self.tr("Over the maximum"), *stages, *habits], self.tr("Habits per operator"))
        layout.addWidget(self.operators, 1)
        if unlocked:
            self.note.setText(self.tr("Per operator (for coaching conversations, not for "
                                      "ranking):"))
        else:
            self.note.setText(self.tr("Per-operator views need the supervisor passphrase "
                                      "(desk config set-passphrase)."))
            self.operators.hide()

    def show_data(self, weeks: dict, operators: list[dict]) -> None:
        def habits(h: dict) -> list[str]:
            if "calls_with_checklist" not in h:
                return ["–"] * (len(STAGES) + 3)
            hello = h["hello_after_answer_s"]
            return [*(pct(h["stage_complete_share"][s]) for s in STAGES),
                    pct(h["personal_question_share"]), pct(h["wrap_up_share_past_target"]),
                    "–" if hello is None else f"{hello:.0f}"]

        fill(self.team, [[local_date(week), f"{h['calls_with_checklist']:,}", *habits(h)]
                         for week, h in sorted(weeks.items(), reverse=True)])
        fill(self.operators, [[o["operator"] or "", f"{o['calls']:,}",
                               pct(o["within_target_share"]), pct(o["over_max_share"]),
                               *habits(o)] for o in operators])


class IncidentsPage(QTableWidget):
    """Alarms with their time to acknowledgement, and calls ended for abuse; activating a
    row (double-click, Enter) opens its call."""

    call_chosen = Signal(int, str)  # the call's id, when it started (UTC ISO)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[dict] = []
        headers = [self.tr("What"), self.tr("When"), self.tr("Operator"),
                   self.tr("Workstation"), self.tr("Acknowledged after (s)"),
                   self.tr("Reason / note"), self.tr("Call"), self.tr("Acknowledged by")]
        self.setColumnCount(len(headers))
        self.setObjectName("reviewIncidents")
        self.setAccessibleName(self.tr("Alarms and calls ended for abuse"))
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.cellActivated.connect(self._activated)
        self.cellDoubleClicked.connect(self._activated)

    def _activated(self, row: int, _column: int) -> None:
        r = self.rows[row] if 0 <= row < len(self.rows) else None
        call_id = None if r is None else (r["call_id"] if r["kind"] == IncidentKind.ALARM
                                          else r["id"])
        if call_id is not None:
            self.call_chosen.emit(int(call_id), r.get("raised_at") or r.get("started_at"))

    def show_data(self, rows: list[dict]) -> None:
        self.rows = rows
        fill(self, [
            [self.tr("alarm") if r["kind"] == IncidentKind.ALARM else self.tr("ended for abuse"),
             local_time(r.get("raised_at") or r.get("started_at"), with_date=True),
             r["operator"] or "",
             r.get("workstation") or "", "" if r.get("ack_s") is None else str(r["ack_s"]),
             r.get("cancel_reason") or r.get("end_reason") or "",
             str(r["call_id"] or "") if r["kind"] == IncidentKind.ALARM else str(r["id"]),
             r.get("acknowledged_by") or ""]
            for r in rows])
