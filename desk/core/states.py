"""The words for states and events, typed: what the store writes, the UI translates by code.

Each value is the text stored in the log (``deliveries.status``, ``callback_forwards.status``,
``calls.outcome``, ``stage_marks.status``, ``incidents.kind``), so a ``StrEnum`` compares
equal to the column's text and a supervisor's SQL keeps working. Code names a state by its
member, never by its text (``tests/test_vocabulary.py``); SQL that names one is built with
``sql_in``. The delivery and forwarding outboxes move only along the transitions listed here.

This module imports nothing of Desk: every layer, the store included, may read it.
"""

from __future__ import annotations

from enum import StrEnum


def sql_in(*states: StrEnum) -> str:
    """``('queued', 'failed')`` for ``status in …``: the enums' own text, never user input."""
    return "(" + ", ".join(f"'{state.value}'" for state in states) + ")"


class CallOutcome(StrEnum):
    """How a call ended (``calls.outcome``); labels come from the content."""

    RESOLVED = "resolved"
    TRANSFERRED = "transferred"
    CALLBACK = "callback"
    ESCALATED = "escalated"
    ABUSE = "abuse"
    OTHER = "other"
    INTERRUPTED = "interrupted"  # closed after a crash, never chosen by the operator


class MarkStatus(StrEnum):
    """A checklist item's or stage's mark (``stage_marks.status``); the last word counts."""

    DONE = "done"  # ticked
    UNDONE = "undone"  # unticked again
    SKIPPED = "skipped"  # not ticked when the call ended
    ENTERED = "entered"  # the operator moved to this stage
    LATE = "late"  # the greeting's first item when the phone was answered after the ring norm


class MarkSource(StrEnum):
    """Who ticked an item (``stage_marks.by``, m012)."""

    OPERATOR = "operator"  # Space, a click, Ctrl+Enter for the stage
    CONSOLE = "console"  # from what the operator did: a name typed, a callback saved, the phone


class IncidentKind(StrEnum):
    """``incidents.kind``: a real alarm or a test of the channels."""

    ALARM = "alarm"
    TEST = "test"


class CallbackState(StrEnum):
    """Where a callback stands, said in words (not colour) in the callbacks window."""

    ANSWERED = "answered"
    OVERDUE = "overdue"
    DUE_TODAY = "due today"
    DUE_NEXT = "due next"  # open, due on the next working day: tell the caller today
    OPEN = "open"


class ReviewResult(StrEnum):
    """What the review window's worker hands back (``page:<n>`` for a page of the table)."""

    OPENED = "opened"  # the log is open (value: has full-text search)
    OPEN = "open"  # opening the log failed
    CHOICES = "choices"
    TABLE = "table"
    PAGE = "page"
    SUMMARY = "summary"
    CHECKLIST = "checklist"
    DETAIL = "detail"
    CHARTS = "charts"
    COACHING = "coaching"
    INCIDENTS = "incidents"
    EXPORT = "export"


class DeliveryState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    DELIVERED = "delivered"
    FAILED = "failed"  # this attempt failed: retried with backoff (a test is not)
    ACKNOWLEDGED = "acknowledged"
    CANCELLED = "cancelled"


class MessageKind(StrEnum):
    ALARM = "alarm"
    CANCEL = "cancel"
    TEST = "test"


class ForwardState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class AlarmEvent(StrEnum):
    """What ``AlarmService`` tells its listener (from any thread)."""

    DELIVERY = "delivery"  # {"uid"}: a delivery of that incident changed
    ACKNOWLEDGED = "acknowledged"  # {"uid", "by"}
    RECORDED = "recorded"  # {"uid", "incident_id"}: the incident is in the SQLite log
    NOT_RECORDED = "not_recorded"  # {"uid", "reason"}: only in memory and the journal
    RESTORED = "restored"  # {"open": uid | None}: pending work from before a restart loaded
    WORKER = "worker"  # {"name", "state", "detail"}
    REMOTE_ALARM = "remote_alarm"
    REMOTE_CANCEL = "remote_cancel"
    REMOTE_TEST = "remote_test"
    IN_APP = "in_app"  # {"uid", "channel"}: no system notifications, the window must show it
    FILE_REFUSED = "file_refused"  # {"path", "why"}: a file we read back is not ours (journal)


# What a message from another console is, told to the listener.
REMOTE_EVENTS = {MessageKind.ALARM: AlarmEvent.REMOTE_ALARM,
                 MessageKind.CANCEL: AlarmEvent.REMOTE_CANCEL,
                 MessageKind.TEST: AlarmEvent.REMOTE_TEST}


class WorkerStatus(StrEnum):
    RUNNING = "running"  # doing a round of work now
    WAITING = "waiting"  # idle until woken or its next retry
    RESTARTING = "restarting"  # its last round raised (or its thread died): back after a pause
    STUCK = "stuck"  # one round has run past its deadline
    STOPPED = "stopped"


# The one table of allowed moves. SENDING -> QUEUED is a send cut off by a crash.
DELIVERY_MOVES: dict[DeliveryState, frozenset[DeliveryState]] = {
    DeliveryState.QUEUED: frozenset({DeliveryState.SENDING, DeliveryState.CANCELLED}),
    DeliveryState.SENDING: frozenset({DeliveryState.DELIVERED, DeliveryState.FAILED,
                                      DeliveryState.CANCELLED, DeliveryState.QUEUED}),
    DeliveryState.FAILED: frozenset({DeliveryState.SENDING, DeliveryState.CANCELLED}),
    DeliveryState.DELIVERED: frozenset({DeliveryState.ACKNOWLEDGED}),
    DeliveryState.ACKNOWLEDGED: frozenset(),
    DeliveryState.CANCELLED: frozenset(),
}

FORWARD_MOVES: dict[ForwardState, frozenset[ForwardState]] = {
    ForwardState.QUEUED: frozenset({ForwardState.SENDING}),
    ForwardState.SENDING: frozenset({ForwardState.SENT, ForwardState.FAILED,
                                     ForwardState.QUEUED}),
    ForwardState.FAILED: frozenset({ForwardState.SENDING}),
    ForwardState.SENT: frozenset(),
}

PENDING = frozenset({DeliveryState.QUEUED, DeliveryState.FAILED})
SETTLED = frozenset({DeliveryState.DELIVERED, DeliveryState.ACKNOWLEDGED,
                     DeliveryState.CANCELLED})


def can_move(old: str, new: str) -> bool:
    return DeliveryState(new) in DELIVERY_MOVES[DeliveryState(old)]


def reachable_from(new: str) -> frozenset[DeliveryState]:
    """Every state from which ``new`` can be reached by one or more moves (or is ``new``).

    The log records snapshots, not every step (it may never see ``sending``): a snapshot
    is written over a row only when the row's state could still lead to it, so a late
    or replayed snapshot can never turn a cancelled alarm back into a queued one."""
    target = DeliveryState(new)
    found = {target}
    grew = True
    while grew:
        grew = False
        for old, moves in DELIVERY_MOVES.items():
            if old not in found and moves & found:
                found.add(old)
                grew = True
    return frozenset(found)
