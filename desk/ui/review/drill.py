"""One call told as a timeline for the drill-down pane: checklist items ticked or
skipped and when, its callback and delay notices, its alarm and where it was delivered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.ui.review.model import local_time, minutes

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def call_text(call: dict | None, item_names: dict[str, str] | None = None) -> str:
    """``item_names``: checklist item id -> its text in the console's language."""
    names = item_names or {}
    if call is None:
        return translate('ReviewDrill', "This call is no longer in the log.")
    lines = [f"#{call['id']}  {local_time(call['started_at'])}  {minutes(call['duration_s'])}  "
             f"{call['outcome'] or ''}  {call['topic'] or ''}",
             f"{translate('ReviewDrill', 'Operator')}: {call['operator'] or ''} @ {call['workstation'] or ''}  "
             f"{translate('ReviewDrill', 'Caller')}: {call['caller_name'] or ''} {call['caller_number'] or ''}"]
    if call["answered_at"] and call["answered_at"] != call["started_at"]:
        lines.append(f"{translate('ReviewDrill', 'Answered')}: {local_time(call['answered_at'])}")
    if call["notes"]:
        lines.append(f"{translate('ReviewDrill', 'Notes')}: {call['notes']}")
    if call["end_reason"]:
        lines.append(f"{translate('ReviewDrill', 'Ended because')}: {call['end_reason']}")
    if call["marks"]:
        lines.append("")
        lines.append(translate('ReviewDrill', "Checklist:"))
        for mark in call["marks"]:
            sign = {"done": "✔", "skipped": "✘ skipped", "undone": "↺ unticked",
                    "entered": "→"}.get(mark["status"], mark["status"])
            item = names.get(mark["item"], mark["item"])
            lines.append(f"  {local_time(mark['at'])[11:]}  {sign}  {mark['stage']}"
                         f"{' / ' + item if item else ''}")
    for cb in call["callbacks"]:
        lines.append("")
        state = (f"{translate('ReviewDrill', 'answered')} {local_time(cb['answered_at'])} ({cb['answered_how'] or ''})"
                 if cb["answered_at"] else translate('ReviewDrill', "open"))
        lines.append(f"{translate('ReviewDrill', 'Callback')} #{cb['id']} → {cb['department']}: {translate('ReviewDrill', 'due')} "
                     f"{local_time(cb['due_at'])}, {state}")
        for notice in cb["notices"]:
            lines.append(f"  {translate('ReviewDrill', 'told of a delay')} {local_time(notice['told_at'])} "
                         f"({notice['how']}): {local_time(notice['old_due_at'])} → "
                         f"{local_time(notice['new_due_at'])} {notice['note'] or ''}")
    for incident in call["incidents"]:
        lines.append("")
        ack = (f"{translate('ReviewDrill', 'acknowledged')} {local_time(incident['acknowledged_at'])} "
               f"{translate('ReviewDrill', 'by')} {incident['acknowledged_by'] or ''}"
               if incident["acknowledged_at"] else translate('ReviewDrill', "never acknowledged"))
        lines.append(f"{translate('ReviewDrill', 'Alarm')} #{incident['id']} {local_time(incident['raised_at'])}, "
                     f"{ack}")
        if incident["cancelled_at"]:
            lines.append(f"  {translate('ReviewDrill', 'cancelled')}: {incident['cancel_reason'] or ''}")
        for d in incident["deliveries"]:
            lines.append(f"  {d['channel']}: {d['status']} ({d['attempts']}×) "
                         f"{d['last_error'] or ''}")
    return "\n".join(lines)
