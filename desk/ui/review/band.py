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


def _big(tile: tuple) -> str:
    text = (f"<span style='font-size:15pt;font-weight:600'>{escape(tile[0])}</span>")
    return f"<a href='{tile[2]}' style='color:#1f2933'>{text}</a>" if len(tile) > 2 else text


def band_html(values: dict, norms, item_names: dict[str, str]) -> str:
    """``values`` from ``report()``; the checklist's may still be missing (shown as …)."""
    if not values["calls"]:
        return f"<b>{escape(translate('ReviewSummary', 'No calls yet'))}</b> — " + escape(
            translate('ReviewSummary', "nothing in this period and filter; calls appear here as they end."))
    if "most_skipped_items" in values:
        skipped = ", ".join(escape(item_names.get(item, item))
                            for item, _n in values["most_skipped_items"][:2]) or "–"
    else:
        skipped = "…"
    tiles = [
        (f"{values['calls']:,}", translate('ReviewSummary', "calls"), DRILL_CALLS),
        (pct(values["within_target_share"]),
         translate('ReviewSummary', "within %1 min").replace("%1", f"{norms.target_s / 60:g}"),
         DRILL_WITHIN_TARGET),
        (pct(values["within_max_share"]), translate('ReviewSummary', "within %1 min").replace("%1",
                                                                       f"{norms.max_s / 60:g}")),
        (f"{mins(values['median_duration_s'])} / {mins(values['p90_duration_s'])}",
         translate('ReviewSummary', "median / 90th percentile")),
        (pct(values["answered_by_ring_share"]),
         translate('ReviewSummary', "answered by ring %1").replace("%1", str(norms.answer_by_ring))),
        (pct(values["greeting_complete_share"]) if "greeting_complete_share" in values
         else "…", translate('ReviewSummary', "full greeting")),
        (f"{values['callbacks_open']:,} / {values['callbacks_overdue']:,}",
         translate('ReviewSummary', "callbacks open / overdue"), DRILL_CALLBACKS),
        (f"{values['callbacks_late']:,} ({pct(values['late_told_share'])})",
         translate('ReviewSummary', "late callbacks (caller told)")),
        (f"{values['incidents']:,}" + (f" · {values['median_ack_s']} s"
                                       if values["median_ack_s"] is not None else ""),
         translate('ReviewSummary', "alarms · median to acknowledge"), DRILL_ALARMS),
    ]
    cells = "".join(f"<td style='padding:2px 10px'>{_big(tile)}<br/>"
                    f"<span style='color:#52606d'>{escape(tile[1])}</span></td>"
                    for tile in tiles)
    return (f"<table><tr>{cells}</tr></table>"
            f"<div style='color:#52606d'>{escape(translate('ReviewSummary', 'Most often skipped'))}: {skipped}</div>")
