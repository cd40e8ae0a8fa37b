"""What has happened to one callback, oldest first, in the operator's language: events,
delay notices (each with the date it replaced) and the forwarding state, times local."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core.callbacks import local_due_date
from desk.placeholders import numbered
from desk.ui import vocab
from desk.ui.dates import local_date, local_time

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


_say = numbered  # a translated message with %1, %2… filled in one pass


def _department(detail: str) -> str:
    return detail[4:] if detail.startswith("for ") else detail  # stored as "for <name>"


# An event's detail in words: how it was answered, which department took it.
DETAIL_WORDS = {"answered": vocab.contact_way, "taken": _department}


def _detail(event: dict) -> str:
    detail = event.get("detail") or ""
    words = DETAIL_WORDS.get(event["kind"])
    return words(detail) if words else detail


def history_text(callback: dict) -> str:
    lines = [_say(translate("CallbackHistory", "Due: %1   Forwarding: %2"),
                  local_date(local_due_date(callback["due_at"])),
                  vocab.forward_state(callback.get("forward_state")))]
    for event in callback.get("events", []):
        if event["kind"] == "delay notice":
            continue  # told below, with both dates
        text = _say(translate("CallbackHistory", "%1  %2: %3"),
                    local_time(event["at"], with_date=True), vocab.callback_event(event["kind"]),
                    _detail(event))
        if event.get("operator"):
            text = _say(translate("CallbackHistory", "%1 (%2)", "event (operator)"), text,
                        event["operator"])
        lines.append(text)
    for notice in callback.get("notices", []):
        #: when told, how, the new date, the date it replaced
        text = _say(translate("CallbackHistory",
                              "%1  caller told of a delay %2: new date %3 (was %4)"),
                    local_time(notice["told_at"], with_date=True),
                    vocab.contact_way(notice["how"]),
                    local_date(local_due_date(notice["new_due_at"])),
                    local_date(local_due_date(notice["old_due_at"])))
        if notice.get("note"):
            text = _say(translate("CallbackHistory", "%1 — %2", "text — the operator's note"),
                        text, notice["note"])
        lines.append(text)
    if callback.get("answered_at"):
        lines.append(_say(translate("CallbackHistory", "%1  answered by %2 (%3)"),
                          local_time(callback["answered_at"], with_date=True),
                          callback.get("answered_by"),
                          vocab.contact_way(callback.get("answered_how"))))
    return "\n".join(lines)
