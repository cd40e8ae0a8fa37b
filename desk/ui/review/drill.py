"""One call told as a timeline for the drill-down pane: checklist items ticked or
skipped and when, its callback and delay notices, its alarm and where it was delivered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.ui.review.model import local_time, minutes


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDrill", text)


def call_text(call: dict | None) -> str:
    if call is None:
        return tr("This call is no longer in the log.")
    lines = [f"#{call['id']}  {local_time(call['started_at'])}  {minutes(call['duration_s'])}  "
             f"{call['outcome'] or ''}  {call['topic'] or ''}",
             f"{tr('Operator')}: {call['operator'] or ''} @ {call['workstation'] or ''}  "
             f"{tr('Caller')}: {call['caller_name'] or ''} {call['caller_number'] or ''}"]
    if call["answered_at"] and call["answered_at"] != call["started_at"]:
        lines.append(f"{tr('Answered')}: {local_time(call['answered_at'])}")
    if call["notes"]:
        lines.append(f"{tr('Notes')}: {call['notes']}")
    if call["end_reason"]:
        lines.append(f"{tr('Ended because')}: {call['end_reason']}")
    if call["marks"]:
        lines.append("")
        lines.append(tr("Checklist:"))
        for mark in call["marks"]:
            sign = {"done": "✔", "skipped": "✘ skipped", "undone": "↺ unticked",
                    "entered": "→"}.get(mark["status"], mark["status"])
            lines.append(f"  {local_time(mark['at'])[11:]}  {sign}  {mark['stage']}"
                         f"{' / ' + mark['item'] if mark['item'] else ''}")
    for cb in call["callbacks"]:
        lines.append("")
        state = (f"{tr('answered')} {local_time(cb['answered_at'])} ({cb['answered_how'] or ''})"
                 if cb["answered_at"] else tr("open"))
        lines.append(f"{tr('Callback')} #{cb['id']} → {cb['department']}: {tr('due')} "
                     f"{local_time(cb['due_at'])}, {state}")
        for notice in cb["notices"]:
            lines.append(f"  {tr('told of a delay')} {local_time(notice['told_at'])} "
                         f"({notice['how']}): {local_time(notice['old_due_at'])} → "
                         f"{local_time(notice['new_due_at'])} {notice['note'] or ''}")
    for incident in call["incidents"]:
        lines.append("")
        ack = (f"{tr('acknowledged')} {local_time(incident['acknowledged_at'])} "
               f"{tr('by')} {incident['acknowledged_by'] or ''}"
               if incident["acknowledged_at"] else tr("never acknowledged"))
        lines.append(f"{tr('Alarm')} #{incident['id']} {local_time(incident['raised_at'])}, "
                     f"{ack}")
        if incident["cancelled_at"]:
            lines.append(f"  {tr('cancelled')}: {incident['cancel_reason'] or ''}")
        for d in incident["deliveries"]:
            lines.append(f"  {d['channel']}: {d['status']} ({d['attempts']}×) "
                         f"{d['last_error'] or ''}")
    return "\n".join(lines)
