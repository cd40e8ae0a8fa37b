"""One model of a security incident and its deliveries, frozen: what a row of the log holds,
what the outbox records and restores (its snapshot, also a journal line), and what the
console shows. The live outbox (``desk.alerts.book``) keeps a mutable working copy under its
lock and hands out this model; the store reads its rows into it. The field lists are here,
once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from desk.core.states import DeliveryState, MessageKind

RAISED_FIELDS = ("uid", "kind", "raised_at", "call_id", "branch", "location", "workstation",
                 "operator")  # set when the alarm is raised
ONCE_FIELDS = ("cancelled_at", "cancel_reason", "acknowledged_at", "acknowledged_by",
               "closed_at", "closed_by")  # set once, never overwritten by a later snapshot
ROW_FIELDS = (*RAISED_FIELDS, "context", *ONCE_FIELDS)  # the log's row, a journal line


@dataclass(frozen=True)
class DeliveryRecord:
    """One message (alarm, cancel, test) to one channel, and how far it got."""

    channel: str
    message: MessageKind
    state: DeliveryState  # the ``status`` column
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: str | None = None
    created_at: str | None = None
    delivered_at: str | None = None

    def row(self) -> dict:
        """As the ``deliveries`` table and the journal have it."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        state = data.pop("state")
        return {**data, "message": str(self.message), "status": str(state)}

    @classmethod
    def from_row(cls, row: dict) -> DeliveryRecord:
        return cls(row["channel"], MessageKind(row["message"]), DeliveryState(row["status"]),
                   int(row.get("attempts") or 0), row.get("last_error"),
                   row.get("next_attempt_at"), row.get("created_at"), row.get("delivered_at"))


@dataclass(frozen=True)
class IncidentRecord:
    uid: str
    kind: str
    raised_at: str
    call_id: int | None = None
    branch: str | None = None
    location: str | None = None
    workstation: str | None = None
    operator: str | None = None
    context: dict = field(default_factory=dict)
    cancelled_at: str | None = None
    cancel_reason: str | None = None
    acknowledged_at: str | None = None
    acknowledged_by: str | None = None
    closed_at: str | None = None
    closed_by: str | None = None
    incident_id: int | None = None  # its row in the call log, once recorded there
    recorded: bool = False  # in the SQLite log yet (else only in memory and the journal)
    deliveries: tuple[DeliveryRecord, ...] = ()

    def row(self) -> dict:
        """The fields of the log's incidents row (and of a journal line)."""
        return {name: getattr(self, name) for name in ROW_FIELDS}

    def snapshot(self) -> dict:
        """The incident and its deliveries as the log and the journal record them."""
        return {**self.row(), "incident_id": self.incident_id, "recorded": self.recorded,
                "deliveries": [d.row() for d in self.deliveries]}

    @classmethod
    def from_snapshot(cls, data: dict) -> IncidentRecord:
        return cls(**{name: data.get(name) for name in ROW_FIELDS if name != "context"},
                   context=dict(data.get("context") or {}),
                   incident_id=data.get("incident_id"), recorded=bool(data.get("recorded")),
                   deliveries=tuple(DeliveryRecord.from_row(d)
                                    for d in data.get("deliveries") or ()))

    def delivery(self, channel: str, message: str = "alarm") -> DeliveryRecord | None:
        return next((d for d in self.deliveries
                     if d.channel == channel and d.message == message), None)

    @property
    def stopped(self) -> bool:
        return self.cancelled_at is not None or self.closed_at is not None
