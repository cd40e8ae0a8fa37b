"""The summary band's text: the report's numbers, said plainly (rich text for a QLabel)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def pct(value) -> str:
    return "–" if value is None else f"{value * 100:.0f} %"


def mins(seconds) -> str:
    return "–" if seconds is None else f"{seconds // 60}:{seconds % 60:02d}"


# A figure that leads to its calls is a link; the window narrows the table to them.
DRILL_CALLS, DRILL_WITHIN_TARGET = "drill:calls", "drill:within_target"
DRILL_CALLBACKS, DRILL_ALARMS = "drill:callbacks", "drill:alarms"
LINKS = {"calls": DRILL_CALLS, "within_target": DRILL_WITHIN_TARGET,
         "callbacks": DRILL_CALLBACKS, "incidents": DRILL_ALARMS}


def _big(key: str, big: str) -> str:
    text = f"<span style='font-size:15pt;font-weight:600'>{escape(big)}</span>"
    link = LINKS.get(key)
    return f"<a href='{link}' style='color:#1f2933'>{text}</a>" if link else text


def band_html(values: dict, norms, item_names: dict[str, str], notes: dict | None = None,
              extra: tuple = (), footer: str = "") -> str:
    """``values`` from ``report()``; the checklist's may still be missing (shown as …).
    ``notes`` (rich text under a tile, by key), ``extra`` tiles (key, big, small) and the
    ``footer`` line come from ``compare_band``."""
    if not values["calls"]:
        title = translate("ReviewSummary", "No calls yet")
        why = translate("ReviewSummary",
                        "nothing in this period and filter; calls appear here as they end.")
        return f"<b>{escape(title)}</b> — {escape(why)}"
    if "most_skipped_items" in values:
        skipped = ", ".join(escape(item_names.get(item, item))
                            for item, _n in values["most_skipped_items"][:2]) or "–"
    else:
        skipped = "…"
    tiles = [
        ("calls", f"{values['calls']:,}", translate('ReviewSummary', "calls")),
        ("within_target", pct(values["within_target_share"]),
         translate('ReviewSummary', "within %1 min").replace("%1", f"{norms.target_s / 60:g}")),
        ("within_max", pct(values["within_max_share"]), translate('ReviewSummary', "within %1 min").replace("%1",
                                                                       f"{norms.max_s / 60:g}")),
        ("durations", f"{mins(values['median_duration_s'])} / {mins(values['p90_duration_s'])}",
         translate('ReviewSummary', "median / 90th percentile")),
        ("answered_by_ring", pct(values["answered_by_ring_share"]),
         translate('ReviewSummary', "answered by ring %1").replace("%1", str(norms.answer_by_ring))),
        ("greeting", pct(values["greeting_complete_share"]) if "greeting_complete_share" in values
         else "…", translate('ReviewSummary', "full greeting")),
        ("callbacks", f"{values['callbacks_open']:,} / {values['callbacks_overdue']:,}",
         translate('ReviewSummary', "callbacks open / overdue")),
        ("late_callbacks", f"{values['callbacks_late']:,} ({pct(values['late_told_share'])})",
         translate('ReviewSummary', "late callbacks (caller told)")),
        ("incidents", f"{values['incidents']:,}" + (f" · {values['median_ack_s']} s"
                                       if values["median_ack_s"] is not None else ""),
         translate('ReviewSummary', "alarms · median to acknowledge")),
        *extra,
    ]
    notes = notes or {}
    cells = "".join(f"<td style='padding:2px 10px'>{_big(key, big)}<br/>"
                    f"<span style='color:#52606d'>{escape(small)}</span>"
                    + (f"<br/>{notes[key]}" if key in notes else "") + "</td>"
                    for key, big, small in tiles)
    #: the checklist items operators most often leave unticked; %1 lists them
    most = translate("ReviewSummary", "Most often skipped: %1")
    return (f"<table><tr>{cells}</tr></table>"
            f"<div style='color:#52606d'>{escape(most).replace('%1', skipped)}"
            + (f" · {footer}" if footer else "") + "</div>")
