"""The live alarm outbox, in memory: what every channel worker sends from, at once.

The SQLite log is its record, written behind it (``recorder.py``); a press never waits for
the log. Every delivery moves only through ``_move``, along ``DELIVERY_MOVES``: a move the
table does not allow is refused (logged, nothing changes). That is what makes a cancel win:

- a queued or failed alarm of a cancelled (or closed) incident becomes ``cancelled`` and is
  never claimed again, even by a worker that listed it before the cancel;
- an alarm in flight when the cancel came settles as ``delivered`` or, if that send fails,
  as ``cancelled`` (never ``failed``, so never retried);
- the cancel message goes to every channel that got, or may have got, the alarm, and is
  never claimed while that channel's alarm is still in flight: it always comes after.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from desk.core.backoff import next_attempt_at
from desk.core.clock import Clock, parse_iso, to_iso
from desk.core.incidents import message_for
from desk.core.states import DELIVERY_MOVES, PENDING, DeliveryState, IncidentKind, MessageKind
from desk.store.incident_model import ROW_FIELDS, DeliveryRecord, IncidentRecord

log = logging.getLogger("desk.alerts.book")
# Waits grow 1, 2, 4, 8 s and stop at this: a receiver back from an outage hears of a
# running alarm within seconds, not after the general one-minute cap.
RETRY_CAP_S = 15.0
S = DeliveryState


@dataclass
class Delivery:
    channel: str
    message: MessageKind
    state: DeliveryState
    seq: int  # creation order: the oldest due delivery goes first
    created_at: str
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: str | None = None
    delivered_at: str | None = None

    def view(self) -> DeliveryRecord:
        return DeliveryRecord(self.channel, self.message, self.state, self.attempts,
                              self.last_error, self.next_attempt_at, self.created_at,
                              self.delivered_at)


@dataclass
class Incident:
    uid: str
    kind: str
    raised_at: str
    call_id: int | None
    branch: str
    location: str
    workstation: str
    operator: str
    context: dict
    incident_id: int | None = None
    cancelled_at: str | None = None
    cancel_reason: str | None = None
    acknowledged_at: str | None = None
    acknowledged_by: str | None = None
    closed_at: str | None = None
    closed_by: str | None = None
    recorded: bool = False
    deliveries: dict[tuple[str, str], Delivery] = field(default_factory=dict)

    def row(self) -> dict:
        """The fields of the log's incidents row (and of a journal line)."""
        return {name: getattr(self, name) for name in ROW_FIELDS}

    def view(self) -> IncidentRecord:
        """Frozen, for everyone outside the lock (deliveries in the order they were made)."""
        return IncidentRecord(
            **{**self.row(), "context": dict(self.context)}, incident_id=self.incident_id,
            recorded=self.recorded,
            deliveries=tuple(d.view() for d in sorted(self.deliveries.values(),
                                                      key=lambda d: d.seq)))

    @property
    def stopped(self) -> bool:
        return self.cancelled_at is not None or self.closed_at is not None


@dataclass(frozen=True)
class Claim:
    """One send a worker has taken: the delivery is ``sending`` until ``finish``."""

    uid: str
    channel: str
    message: MessageKind
    payload: dict
    attempts: int


class IncidentBook:
    def __init__(self, clock: Clock, on_change: Callable[[str], None] = lambda uid: None):
        self.clock = clock
        self.on_change = on_change  # called after every change, outside the lock
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._incidents: dict[str, Incident] = {}
        self._seq = 0

    # -- incidents -----------------------------------------------------------------------

    def add(self, incident: Incident, channels: list[str] | None = None,
            message: MessageKind = MessageKind.ALARM) -> None:
        """A new incident with one queued delivery per channel (or, restored from the log
        or the journal, with the deliveries it already has)."""
        with self._lock:
            if incident.uid in self._incidents:
                return
            for channel in channels or []:
                self._queue(incident, channel, message)
            for delivery in incident.deliveries.values():
                self._seq += 1
                delivery.seq = self._seq
            self._incidents[incident.uid] = incident
        self._after_change(incident.uid)

    def _after_change(self, uid: str) -> None:
        with self._cond:
            self._cond.notify_all()
        self.on_change(uid)

    def wait_tried(self, uid: str, timeout: float) -> bool:
        """Until no delivery of ``uid`` is queued untried or in flight (a test's result)."""
        def tried() -> bool:
            return all(d.state != S.SENDING and (d.attempts or d.state not in PENDING)
                       for d in self._incidents[uid].deliveries.values())

        with self._cond:
            return self._cond.wait_for(tried, timeout)

    def __contains__(self, uid: str) -> bool:
        return uid in self._incidents

    def uids(self) -> list[str]:
        with self._lock:
            return list(self._incidents)

    def _queue(self, incident: Incident, channel: str, message: MessageKind) -> None:
        self._seq += 1
        incident.deliveries[(channel, str(message))] = Delivery(
            channel, message, S.QUEUED, self._seq, to_iso(self.clock.now()))

    def _move(self, incident: Incident, delivery: Delivery, new: DeliveryState,
              **values) -> bool:
        """The only place a delivery changes state."""
        if new != delivery.state and new not in DELIVERY_MOVES[delivery.state]:
            log.info("%s %s %s: %s -> %s refused", incident.uid, delivery.channel,
                     delivery.message, delivery.state, new)
            return False
        delivery.state = new
        for key, value in values.items():
            setattr(delivery, key, value)
        return True

    # -- the workers' side ---------------------------------------------------------------

    def claim(self, channel: str, uid: str | None = None) -> Claim | None:
        """Take the oldest due delivery of ``channel`` (of one incident, for a test)."""
        now = to_iso(self.clock.now())
        with self._lock:
            best: tuple[Incident, Delivery] | None = None
            for incident in self._incidents.values():
                if uid is not None and incident.uid != uid:
                    continue
                for delivery in incident.deliveries.values():
                    if (delivery.channel == channel and self._due(incident, delivery, now)
                            and (best is None or delivery.seq < best[1].seq)):
                        best = (incident, delivery)
            if best is None:
                return None
            incident, delivery = best
            self._move(incident, delivery, S.SENDING, attempts=delivery.attempts + 1)
            payload = message_for(incident.row(), delivery.message)
            claim = Claim(incident.uid, channel, delivery.message, payload, delivery.attempts)
        self._after_change(incident.uid)
        return claim

    def _due(self, incident: Incident, delivery: Delivery, now: str) -> bool:
        if delivery.state not in PENDING:
            return False
        if delivery.message == MessageKind.ALARM and incident.stopped:
            return False  # cancelled or closed: an unsent alarm never goes after that
        if delivery.message == MessageKind.TEST and delivery.attempts:
            return False  # a test is tried once: a late retry would fake a pass
        if delivery.next_attempt_at is not None and delivery.next_attempt_at > now:
            return False
        if delivery.message == MessageKind.CANCEL:
            alarm = incident.deliveries.get((delivery.channel, "alarm"))
            if alarm is not None and alarm.state == S.SENDING:
                return False  # the cancel always follows its alarm
        return True

    def finish(self, claim: Claim, error: str | None, note: str | None = None) -> None:
        """Settle a claimed send: ``error`` None means it was delivered."""
        now = self.clock.now()
        with self._lock:
            incident = self._incidents[claim.uid]
            delivery = incident.deliveries[(claim.channel, str(claim.message))]
            if error is None:
                self._move(incident, delivery, S.DELIVERED, delivered_at=to_iso(now),
                           last_error=None, next_attempt_at=None)
            elif claim.message == MessageKind.ALARM and incident.stopped:
                self._move(incident, delivery, S.CANCELLED,
                           last_error=f"cancelled during the send ({error})"[:500],
                           next_attempt_at=None)
            else:
                retry = next_attempt_at(now, delivery.attempts, cap=RETRY_CAP_S)
                self._move(incident, delivery, S.FAILED, last_error=error[:500],
                           next_attempt_at=to_iso(retry))
        self._after_change(claim.uid)

    def next_due_s(self, channel: str) -> float | None:
        """Seconds until this channel's next delivery is due (0: now); None: nothing."""
        now = self.clock.now()
        soonest: datetime | None = None
        with self._lock:
            for incident in self._incidents.values():
                for delivery in incident.deliveries.values():
                    if delivery.channel != channel or delivery.state not in PENDING:
                        continue
                    if delivery.message == MessageKind.TEST and delivery.attempts:
                        continue
                    if delivery.next_attempt_at is None:
                        return 0.0
                    when = parse_iso(delivery.next_attempt_at)
                    soonest = when if soonest is None else min(soonest, when)
        if soonest is None:
            return None
        return max(0.0, (soonest - now).total_seconds())

    # -- the desk's side -----------------------------------------------------------------

    def cancel(self, uid: str, reason: str) -> list[str]:
        """Stop every unsent alarm; queue the cancel where the alarm (may have) arrived."""
        now = to_iso(self.clock.now())
        with self._lock:
            incident = self._incidents[uid]
            if incident.cancelled_at is not None:
                return []
            incident.cancelled_at, incident.cancel_reason = now, reason
            told = []
            for delivery in list(incident.deliveries.values()):
                if delivery.message != MessageKind.ALARM:
                    continue
                # A failed attempt may still have arrived (a timeout after the receiver
                # took it): that channel is told too.
                may_have_arrived = delivery.attempts > 0 or delivery.state in (
                    S.SENDING, S.DELIVERED, S.ACKNOWLEDGED)
                if delivery.state in PENDING:
                    self._move(incident, delivery, S.CANCELLED, next_attempt_at=None)
                if may_have_arrived:
                    self._queue(incident, delivery.channel, MessageKind.CANCEL)
                    told.append(delivery.channel)
        self._after_change(uid)
        return told

    def close(self, uid: str, by: str) -> None:
        """Handled at the desk: unsent alarms stop (a send in flight settles as it ends)."""
        now = to_iso(self.clock.now())
        with self._lock:
            incident = self._incidents[uid]
            if incident.closed_at is None:
                incident.closed_at, incident.closed_by = now, by
            for delivery in incident.deliveries.values():
                if delivery.message == MessageKind.ALARM and delivery.state in PENDING:
                    self._move(incident, delivery, S.CANCELLED, next_attempt_at=None,
                               last_error=delivery.last_error or "closed before delivery")
        self._after_change(uid)

    def acknowledge(self, uid: str, by: str, channel: str | None) -> bool:
        """Security acknowledged; False when the incident is not in memory."""
        now = to_iso(self.clock.now())
        with self._lock:
            incident = self._incidents.get(uid)
            if incident is None:
                return False
            if incident.acknowledged_at is None:
                incident.acknowledged_at, incident.acknowledged_by = now, by
            delivery = incident.deliveries.get((channel, "alarm")) if channel else None
            if delivery is not None and delivery.state == S.DELIVERED:
                self._move(incident, delivery, S.ACKNOWLEDGED)
        self._after_change(uid)
        return True

    def set_recorded(self, uid: str, incident_id: int) -> bool:
        """The log has it; True the first time."""
        with self._lock:
            incident = self._incidents.get(uid)
            if incident is None or incident.recorded:
                return False
            incident.incident_id, incident.recorded = incident_id, True
            return True

    # -- reading -------------------------------------------------------------------------

    def view(self, uid: str) -> IncidentRecord:
        with self._lock:
            return self._incidents[uid].view()

    def snapshot(self, uid: str) -> dict:
        """The incident and its deliveries as the log and the journal record them."""
        return self.view(uid).snapshot()

    def open_incident(self) -> str | None:
        """The newest real alarm neither cancelled nor closed."""
        with self._lock:
            candidates = [i for i in self._incidents.values()
                          if i.kind == IncidentKind.ALARM and not i.stopped]
            if not candidates:
                return None
            return max(candidates, key=lambda i: (i.raised_at, i.incident_id or 0)).uid


def incident_from_record(record: dict) -> Incident:
    """An incident as the log or the journal has it (a send cut off by a crash is queued
    again: it may not have arrived)."""
    incident = Incident(**{k: record.get(k) for k in ROW_FIELDS if k != "context"},
                        context=record.get("context") or {},
                        incident_id=record.get("incident_id"),
                        recorded=bool(record.get("recorded")))
    for row in record.get("deliveries", []):
        state = S(row["status"])
        if state == S.SENDING:
            state = S.QUEUED
        delivery = Delivery(row["channel"], MessageKind(row["message"]), state, 0,
                            row.get("created_at") or record["raised_at"],
                            int(row.get("attempts") or 0), row.get("last_error"),
                            row.get("next_attempt_at"), row.get("delivered_at"))
        if incident.stopped and delivery.message == MessageKind.ALARM and state in PENDING:
            delivery.state = S.CANCELLED  # cut off by a crash after the cancel: stays unsent
        incident.deliveries[(delivery.channel, str(delivery.message))] = delivery
    return incident
