"""The band's direction: each summary figure's change against the previous period of the
same length ("87 % ▲ 3 pp better"), the number a share is of ("of 10,748 calls with ring
times"), callbacks on time, and how many rows were skipped as unreadable.

Better or worse is said in words as well as colour (a screen reader reads the words; the
branch's targets decide which way is better: ``desk.report.compare.HIGHER_IS_BETTER``).
The figures come from one extra query (``query``) that the window runs on its worker
thread after the band's own; the band is drawn without them until they arrive."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desk.report.callbacks_on_time import callbacks_on_time
from desk.report.compare import HIGHER_IS_BETTER, change, previous_filters
from desk.report.summary import report
from desk.report.weekly import QUICK, flat

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
KIND = "compare"  # the worker's kind for this query (not in ReviewResult: ranks last)
GOOD, BAD, SAME = "#1b7a3a", "#b3261e", "#52606d"

# band tile -> (figure compared, how its change is written)
TILE_FIGURES = {
    "calls": ("calls", "count"),
    "within_target": ("within_target_share", "share"),
    "within_max": ("within_max_share", "share"),
    "durations": ("median_duration_s", "duration"),
    "answered_by_ring": ("answered_by_ring_share", "share"),
    "greeting": ("greeting_complete_share", "share"),
    "callbacks": ("callbacks_overdue", "count"),
    "late_callbacks": ("late_told_share", "share"),
    "incidents": ("incidents", "count"),
    "callbacks_on_time": ("callbacks_on_time_share", "share"),
}


def query(backend, filters, *, now: str, norms) -> dict:
    """Callbacks on time now, and the previous period's figures (when the period has both
    ends); run on the review's worker thread."""
    out = {"callbacks_on_time": callbacks_on_time(backend, filters, now=now, norms=norms)}
    before = previous_filters(filters)
    if before is not None:
        old = report(backend, before, now=now, norms=norms, parts=QUICK).values
        old["callbacks_on_time"] = callbacks_on_time(backend, before, now=now, norms=norms)
        out["previous"] = flat(old)
    return out


def _denominator(key: str, values: dict) -> str:
    """'of 10,748 calls with ring times': what a share of the tile ``key`` is out of."""
    texts = {
        "within_target": (values.get("calls"), translate("ReviewSummary", "of %1 calls")),
        "within_max": (values.get("calls"), translate("ReviewSummary", "of %1 calls")),
        "answered_by_ring": (values.get("ring_times_known"),
                             translate("ReviewSummary", "of %1 calls with ring times")),
        "greeting": (values.get("calls_with_checklist"),
                     translate("ReviewSummary", "of %1 calls with a checklist")),
        "late_callbacks": (values.get("callbacks_late"),
                           translate("ReviewSummary", "of %1 late callbacks")),
        "callbacks_on_time": (values.get("callbacks_due"),
                              translate("ReviewSummary", "of %1 callbacks due")),
    }
    number, text = texts.get(key, (None, ""))
    return "" if number is None else text.replace("%1", f"{number:,}")


def _amount(kind: str, delta) -> str:
    delta = abs(delta)
    if kind == "share":
        return translate("ReviewSummary", "%1 pp").replace("%1", f"{delta * 100:.0f}")
    if kind == "duration":
        return f"{int(delta) // 60}:{int(delta) % 60:02d}"
    return f"{int(delta):,}"


def change_text(figure: str, kind: str, now, before) -> tuple[str, str] | None:
    """("▲ 3 pp better", colour) against the previous period; None when either is unknown."""
    delta = change(now, before)
    if delta is None:
        return None
    if kind == "share" and round(delta * 100) == 0 or delta == 0:
        return f"= {translate('ReviewSummary', 'no change')}", SAME
    arrow = "▲" if delta > 0 else "▼"
    text = f"{arrow} {_amount(kind, delta)}"
    higher_better = HIGHER_IS_BETTER.get(figure)
    if higher_better is None:  # a count with no better side (how many calls)
        return text, SAME
    better = (delta > 0) == higher_better
    word = translate("ReviewSummary", "better") if better else translate("ReviewSummary",
                                                                         "worse")
    return f"{text} {word}", GOOD if better else BAD


def notes(values: dict, compared: dict | None) -> dict[str, str]:
    """Rich text under each tile: its denominator and its change (when known)."""
    current = flat(values)
    previous = (compared or {}).get("previous")
    if previous is not None and not previous.get("calls"):
        previous = None  # nothing before (e.g. "Everything"): a change would say nothing
    out = {}
    for tile, (figure, kind) in TILE_FIGURES.items():
        lines = []
        of = _denominator(tile, current)
        if of:
            lines.append(f"<span style='color:{SAME}'>{escape(of)}</span>")
        if previous is not None:
            said = change_text(figure, kind, current.get(figure), previous.get(figure))
            if said:
                lines.append(f"<span style='color:{said[1]}'>{escape(said[0])}</span>")
        if lines:
            out[tile] = "<br/>".join(lines)
    return out


def with_comparison(values: dict, compared: dict | None) -> dict:
    """The band's values with callbacks on time added (once their query has answered)."""
    if not compared:
        return values
    return {**values, "callbacks_on_time": compared["callbacks_on_time"]}


def on_time_tile(values: dict) -> tuple[str, str, str]:
    """(tile key, big text, label) for callbacks answered within the first promise."""
    cot = values.get("callbacks_on_time")
    if cot is None:
        big = "…"
    else:
        share = cot.get("on_time_share")
        days = cot.get("median_days_to_answer")
        big = ("–" if share is None else f"{share * 100:.0f} %") + " · " + \
            ("–" if days is None else translate("ReviewSummary", "%1 d").replace(
                "%1", f"{days:g}"))
    return ("callbacks_on_time", big,
            translate("ReviewSummary", "callbacks on time · median days to answer"))


def footer(values: dict, compared: dict | None) -> str:
    """The band's last line: rows skipped as unreadable, and why no change is shown."""
    parts = []
    count = values.get("unreadable_calls")
    if count is not None:
        parts.append(translate("ReviewSummary", "Rows skipped as unreadable: %1").replace(
            "%1", f"{count:,}"))
    if compared is not None and not (compared.get("previous") or {}).get("calls"):
        parts.append(translate("ReviewSummary", "no calls in the previous period to compare"))
    return " · ".join(escape(p) for p in parts)
