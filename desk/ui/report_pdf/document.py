"""The weekly report's pages: header and summary with change (page 1), charts, callbacks on
time and the checklist, root causes and repeat topics, incidents — one to three A4 pages
per report, in the operator's language."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QRectF

from desk.report.compare import HIGHER_IS_BETTER
from desk.report.trends import duration_minutes
from desk.ui.report_pdf import formats as f
from desk.ui.report_pdf.canvas import BAD, GOOD, MUTED, Canvas
from desk.ui.report_pdf.charts import histogram, trend
from desk.ui.report_pdf.setup import application, use_language

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def render_pdf(reports: list, *, lang: str, norms, unit: str = "") -> bytes:
    """The PDF's bytes for ``reports`` (``desk.report.weekly.Weekly``, one after another).

    Installs the translator for ``lang``: inside a running window (the review's export),
    pass the window's own language, or its labels would change language too."""
    return draw_pdf(reports, prepare(lang, norms), norms, unit)


def prepare(lang: str, norms) -> tuple:
    """What drawing needs and only the GUI thread may set up: the translator and locale for
    ``lang``, the checklist items' names, the font families (bundled fonts registered)."""
    app = application()
    locale = use_language(app, lang)
    from desk import content

    names = {i.id: content.fill(i.text, answer_by_ring=norms.answer_by_ring) or i.text
             for s in content.load(lang).stages for i in s.items}
    return locale, names, app.font().families()


def draw_pdf(reports: list, prepared: tuple, norms, unit: str = "") -> bytes:
    """Draw ``reports`` with what ``prepare`` set up (the review runs this on its worker)."""
    locale, names, families = prepared
    canvas = Canvas(translate("ReportPdf", "Weekly report"), families)
    for index, report in enumerate(reports):
        if index:
            canvas.new_page()
        Pages(canvas, locale, norms, names, unit).draw(report)
    return canvas.finish()


def _local_day(text: str | None, minus_day: bool = False):
    if not text:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone()
    return (moment - timedelta(days=1)).date() if minus_day else moment.date()


class Pages:
    def __init__(self, canvas: Canvas, locale: QLocale, norms, item_names: dict, unit: str):
        self.c, self.loc, self.norms, self.names, self.unit = (canvas, locale, norms,
                                                               item_names, unit)

    def period(self, since, until) -> str:
        first, last = _local_day(since), _local_day(until, minus_day=True)
        return f"{f.day(self.loc, first) if first else '…'} – " \
               f"{f.day(self.loc, last) if last else '…'}"

    def draw(self, report) -> None:
        self.header(report)
        self.summary(report.values)
        self.durations(report.histogram)
        self.trends(report.trend)
        self.callbacks(report.values.get("callbacks_on_time") or {})
        self.checklist(report.values)
        self.root_causes(report.values)
        self.incidents(report.incidents)

    def header(self, report) -> None:
        c = self.c
        c.line(translate("ReportPdf", "Weekly report"), 18, bold=True, gap=0)
        where = report.branch or self.unit
        c.line(" · ".join(p for p in (where, self.period(report.since, report.until)) if p),
               11, gap=0)
        previous = (report.values.get("comparison") or {}).get("previous")
        if previous:
            c.line(translate("ReportPdf", "Change against %1").replace(
                "%1", self.period(previous["since"], previous["until"])), 9, color=MUTED,
                gap=0)

    def summary(self, values: dict) -> None:
        loc, n = self.loc, self.norms
        compared = (values.get("comparison") or {}).get("figures", {})
        cot = values.get("callbacks_on_time") or {}
        rep = values.get("repeat_contacts") or {}
        rows = [  # key, label, kind, value, denominator's label
            ("calls", translate("ReportPdf", "Calls"), "count", values["calls"], None),
            ("within_target_share", translate("ReportPdf", "Within %1 min").replace("%1", f"{n.target_s / 60:g}"),
             "share", values["within_target_share"], translate("ReportPdf", "of %1 calls")),
            ("within_max_share", translate("ReportPdf", "Within %1 min").replace("%1", f"{n.max_s / 60:g}"),
             "share", values["within_max_share"], translate("ReportPdf", "of %1 calls")),
            ("median_duration_s", translate("ReportPdf", "Median duration"), "duration",
             values["median_duration_s"], None),
            ("p90_duration_s", translate("ReportPdf", "90th percentile duration"), "duration",
             values["p90_duration_s"], None),
            ("answered_by_ring_share", translate("ReportPdf", "Answered by ring %1").replace(
                "%1", str(n.answer_by_ring)), "share", values["answered_by_ring_share"],
             translate("ReportPdf", "of %1 calls with ring times")),
            ("greeting_complete_share", translate("ReportPdf", "Full greeting"), "share",
             values.get("greeting_complete_share"), translate("ReportPdf", "of %1 calls with a checklist")),
            ("callbacks_on_time_share", translate("ReportPdf", "Callbacks answered on time"), "share",
             cot.get("on_time_share"), translate("ReportPdf", "of %1 callbacks due")),
            ("late_told_share", translate("ReportPdf", "Late callers told of the delay"), "share",
             values.get("late_told_share"), translate("ReportPdf", "of %1 late callbacks")),
            ("repeat_contact_share", translate("ReportPdf", "Repeat contacts within 7 days"), "share",
             rep.get("repeat_contact_share"), translate("ReportPdf", "of %1 calls with a known caller")),
            ("callbacks_open", translate("ReportPdf", "Callbacks open"), "count", values["callbacks_open"], None),
            ("callbacks_overdue", translate("ReportPdf", "Callbacks overdue"), "count",
             values["callbacks_overdue"], None),
            ("incidents", translate("ReportPdf", "Alarms"), "count", values["incidents"], None),
        ]
        denominators = {"within_target_share": values["calls"],
                        "within_max_share": values["calls"],
                        "answered_by_ring_share": values.get("ring_times_known"),
                        "greeting_complete_share": values.get("calls_with_checklist"),
                        "callbacks_on_time_share": cot.get("callbacks_due"),
                        "late_told_share": values.get("callbacks_late"),
                        "repeat_contact_share": rep.get("calls_with_known_caller")}
        table = []
        for key, label, kind, value, of in rows:
            shown = {"share": f.pct, "duration": f.minutes}.get(kind, f.count)(loc, value)
            item = compared.get(key) or {}
            delta = item.get("change")
            ink = MUTED
            if delta and key in HIGHER_IS_BETTER:
                ink = GOOD if (delta > 0) == HIGHER_IS_BETTER[key] else BAD
            before = item.get("previous")
            table.append([label, shown,
                          (f.change(loc, kind, delta) if item else "", ink),
                          {"share": f.pct, "duration": f.minutes}.get(kind, f.count)(
                              loc, before) if item else "",
                          of.replace("%1", f.count(loc, denominators.get(key))) if of else ""])
        self.c.heading(translate("ReportPdf", "Summary"))
        self.c.table([(translate("ReportPdf", "Figure"), 0.30, False), (translate("ReportPdf", "This period"), 0.13, True),
                      (translate("ReportPdf", "Change"), 0.14, True), (translate("ReportPdf", "Previous"), 0.13, True),
                      ("", 0.30, False)], table)

    def durations(self, hist) -> None:
        c = self.c
        c.heading(translate("ReportPdf", "Call durations"))
        c.need(120)
        area = QRectF(c.left + 10, c.y + 14, c.width - 20, 80)
        histogram(c, area, duration_minutes(hist),
                  self.norms.target_s / 60, self.norms.max_s / 60,
                  (translate("ReportPdf", "target %1 min").replace("%1", f"{self.norms.target_s / 60:g}"),
                   translate("ReportPdf", "maximum %1 min").replace("%1", f"{self.norms.max_s / 60:g}"),
                   translate("ReportPdf", "minutes (the last bar: 30 or more)")))
        c.y = area.bottom() + 26

    def trends(self, days: list[dict]) -> None:
        c = self.c
        c.heading(translate("ReportPdf", "The period day by day"))
        c.need(130)
        area = QRectF(c.left + 10, c.y + 18, c.width - 20, 80)
        trend(c, area, [f.short_day(self.loc, d["day"]) for d in days], [
            (translate("ReportPdf", "calls"), [d["calls"] for d in days], False),
            (translate("ReportPdf", "within target"), [d["within_target_share"] for d in days], True),
            (translate("ReportPdf", "answered by the ring"), [d["answered_by_ring_share"] for d in days], True)],
            translate("ReportPdf", "Calls per day (bars) and shares (lines, 0–100 %)"))
        c.y = area.bottom() + 26

    def callbacks(self, cot: dict) -> None:
        loc = self.loc
        self.c.heading(translate("ReportPdf", "Callbacks on time"))
        self.c.line(translate("ReportPdf", "%1 callbacks; %2 answered by the first promised date (of %3 due); days to answer: median %4, 90th percentile %5; late callers told: %6")
                    .replace("%1", f.count(loc, cot.get("callbacks")))
                    .replace("%2", f.pct(loc, cot.get("on_time_share")))
                    .replace("%3", f.count(loc, cot.get("callbacks_due")))
                    .replace("%4", f.days(loc, cot.get("median_days_to_answer")))
                    .replace("%5", f.days(loc, cot.get("p90_days_to_answer")))
                    .replace("%6", f.pct(loc, cot.get("late_told_share"))), 8.5)
        weeks = cot.get("per_week") or []
        if weeks:
            self.c.table([(translate("ReportPdf", "Week of"), 0.2, False), (translate("ReportPdf", "Callbacks"), 0.14, True),
                          (translate("ReportPdf", "On time"), 0.14, True), (translate("ReportPdf", "Median days"), 0.16, True),
                          (translate("ReportPdf", "90th pct. days"), 0.18, True), (translate("ReportPdf", "Late, told"), 0.18, True)],
                         [[f.day(loc, w["week"]), f.count(loc, w["callbacks"]),
                           f.pct(loc, w["on_time_share"]), f.days(loc, w["median_days_to_answer"]),
                           f.days(loc, w["p90_days_to_answer"]), f.pct(loc, w["late_told_share"])]
                          for w in weeks[-8:]])

    def checklist(self, values: dict) -> None:
        skipped = values.get("most_skipped_items") or []
        self.c.heading(translate("ReportPdf", "Most often skipped"))
        if not skipped:
            self.c.line(translate("ReportPdf", "Nothing skipped."), 8.5, color=MUTED)
            return
        self.c.table([(translate("ReportPdf", "Checklist item"), 0.75, False), (translate("ReportPdf", "Times skipped"), 0.25, True)],
                     [[self.names.get(item, item), f.count(self.loc, n)] for item, n in skipped])

    def root_causes(self, values: dict) -> None:
        loc, causes = self.loc, values.get("root_causes") or {}
        self.c.heading(translate("ReportPdf", "Root causes"))
        if causes.get("top"):
            self.c.table([(translate("ReportPdf", "Root cause"), 0.75, False), (translate("ReportPdf", "Calls"), 0.25, True)],
                         [[text, f.count(loc, n)] for text, n in causes["top"][:8]])
            per_topic = [[topic, "; ".join(f"{t} ({f.count(loc, n)})" for t, n in top)]
                         for topic, top in causes.get("per_topic", [])[:6]]
            self.c.table([(translate("ReportPdf", "Topic"), 0.3, False), (translate("ReportPdf", "Its root causes"), 0.7, False)],
                         per_topic)
        else:
            self.c.line(translate("ReportPdf", "No root cause recorded on these calls."), 8.5, color=MUTED)
        rep = values.get("repeat_contacts") or {}
        self.c.heading(translate("ReportPdf", "Repeat topics"))
        self.c.line(translate("ReportPdf", "The same number or e-mail about the same topic within 7 days: %1 of %2 calls")
                    .replace("%1", f.pct(loc, rep.get("repeat_contact_share")))
                    .replace("%2", f.count(loc, rep.get("calls_with_known_caller"))), 8.5)
        rows = [[t["topic"], f.count(loc, t["calls"]), f.count(loc, t["repeats"]),
                 f.pct(loc, t["share"])] for t in (rep.get("per_topic") or [])[:6]]
        if rows:
            self.c.table([(translate("ReportPdf", "Topic"), 0.46, False), (translate("ReportPdf", "Calls"), 0.18, True),
                          (translate("ReportPdf", "Repeats"), 0.18, True), (translate("ReportPdf", "Share"), 0.18, True)], rows)

    def incidents(self, items: list[dict]) -> None:
        loc = self.loc
        self.c.heading(translate("ReportPdf", "Alarms"))
        if not items:
            self.c.line(translate("ReportPdf", "No alarm in this period."), 8.5, color=MUTED)
            return
        rows = []
        for item in items:
            ack = (translate("ReportPdf", "%1 s").replace("%1", f.count(loc, item["ack_s"]))
                   if item["ack_s"] is not None else translate("ReportPdf", "not acknowledged"))
            if item["cancelled"]:
                ack += " · " + translate("ReportPdf", "cancelled %1").replace(
                    "%1", f.local_time(loc, item["cancelled"]))
            channels = ", ".join(f"{ch} {st}" for ch, st in item["channels"]) or f.DASH
            who = " · ".join(p for p in (item["operator"], item["workstation"]) if p)
            rows.append([f.local_time(loc, item["raised"]), who, ack, channels])
        self.c.table([(translate("ReportPdf", "Raised (local time)"), 0.2, False), (translate("ReportPdf", "Who, where"), 0.22, False),
                      (translate("ReportPdf", "Acknowledged after"), 0.22, False),
                      (translate("ReportPdf", "Channels"), 0.36, False)], rows, size=7.5)
