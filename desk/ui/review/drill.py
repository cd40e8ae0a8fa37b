"""One call told as a timeline for the drill-down pane: checklist items ticked or
skipped and when, its callback and delay notices, its alarm and where it was delivered.

Every sentence is a translated message with ``%1``-style parameters (lupdate cannot read
text built in f-strings); marks, channels and delivery states go through ``desk.ui.vocab``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core.states import MarkSource
from desk.placeholders import numbered
from desk.ui import vocab
from desk.ui.dates import local_time
from desk.ui.review.model import minutes

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


_say = numbered  # a translated message with %1, %2… filled in one pass


def call_text(call: dict | None, item_names: dict[str, str] | None = None,
              stage_names: dict[str, str] | None = None,
              outcomes: dict[str, str] | None = None) -> str:
    """``item_names``/``stage_names``/``outcomes``: id -> its words in the console's
    language (from the content)."""
    names, stages, outcome_words = item_names or {}, stage_names or {}, outcomes or {}
    if call is None:
        return translate("ReviewDrill", "This call is no longer in the log.")
    when = local_time(call["started_at"], with_date=True)
    lines = [_say(translate("ReviewDrill", "#%1  %2  %3 min  %4  %5"), call["id"], when,
                  minutes(call["duration_s"]),
                  outcome_words.get(call["outcome"] or "", call["outcome"]), call["topic"]),
             _say(translate("ReviewDrill", "Operator: %1 @ %2  Caller: %3 %4"),
                  call["operator"], call["workstation"], call["caller_name"],
                  call["caller_number"])]
    if call["answered_at"] and call["answered_at"] != call["started_at"]:
        lines.append(_say(translate("ReviewDrill", "Answered: %1"),
                          local_time(call["answered_at"])))
    if call["notes"]:
        lines.append(_say(translate("ReviewDrill", "Notes: %1"), call["notes"]))
    if call["end_reason"]:
        lines.append(_say(translate("ReviewDrill", "Ended because: %1"), call["end_reason"]))
    if call["marks"]:
        lines.append("")
        lines.append(translate("ReviewDrill", "Checklist:"))
        for mark in call["marks"]:
            stage = stages.get(mark["stage"], mark["stage"])
            item = names.get(mark["item"], mark["item"])
            #: time, what happened (ticked, skipped…), stage, checklist item
            line = _say(translate("ReviewDrill", "  %1  %2  %3 / %4") if item
                        else translate("ReviewDrill", "  %1  %2  %3"),
                        local_time(mark["at"]), vocab.mark_status(mark["status"]), stage, item)
            if mark.get("by") == MarkSource.CONSOLE:
                line += f"  ({translate('ReviewDrill', 'ticked by the console')})"
            lines.append(line)
    for cb in call["callbacks"]:
        lines.append("")
        state = (_say(translate("ReviewDrill", "answered %1 (%2)"),
                      local_time(cb["answered_at"], with_date=True),
                      vocab.contact_way(cb["answered_how"]))
                 if cb["answered_at"] else translate("ReviewDrill", "open"))
        lines.append(_say(translate("ReviewDrill", "Callback #%1 → %2: due %3, %4"), cb["id"],
                          cb["department"], local_time(cb["due_at"], with_date=True), state))
        for notice in cb["notices"]:
            #: a caller was told their callback comes later: when told, how, old and new
            #: due date, the operator's note
            lines.append(_say(translate("ReviewDrill", "  told of a delay %1 (%2): %3 → %4 %5"),
                              local_time(notice["told_at"], with_date=True),
                              vocab.contact_way(notice["how"]),
                              local_time(notice["old_due_at"], with_date=True),
                              local_time(notice["new_due_at"], with_date=True),
                              notice["note"]))
    for incident in call["incidents"]:
        lines.append("")
        ack = (_say(translate("ReviewDrill", "acknowledged %1 by %2"),
                    local_time(incident["acknowledged_at"]), incident["acknowledged_by"])
               if incident["acknowledged_at"] else translate("ReviewDrill", "never acknowledged"))
        #: the security alarm (not the phone ringing): number, time raised, acknowledgement
        lines.append(_say(translate("ReviewDrill", "Alarm #%1 %2, %3"), incident["id"],
                          local_time(incident["raised_at"]), ack))
        if incident["cancelled_at"]:
            lines.append(_say(translate("ReviewDrill", "  cancelled: %1"),
                              incident["cancel_reason"]))
        for d in incident["deliveries"]:
            lines.append(_say(translate("ReviewDrill", "  %1: %2 (%3×) %4"),
                              vocab.channel(d["channel"]), vocab.delivery_state(d["status"]),
                              d["attempts"], d["last_error"]))
    return "\n".join(lines)
