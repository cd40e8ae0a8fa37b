"""The words for states and events, typed: what the store writes, the UI translates by code.

Each value is the text stored in the log (``deliveries.status``, ``callback_forwards.status``),
so a ``StrEnum`` compares equal to the column's text and a supervisor's SQL keeps working.
The delivery and forwarding outboxes move only along the transitions listed here.
"""

from __future__ import annotations

from enum import StrEnum


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
