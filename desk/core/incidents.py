"""Security incidents: what an alarm says, who must hear it, and how it looks from outside."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from desk.config import Config
from desk.core.states import DeliveryState, IncidentKind, MessageKind

KINDS = ("alarm", "test")
MESSAGES = tuple(MessageKind)


@dataclass(frozen=True)
class DeliveryView:
    channel: str
    message: MessageKind
    state: DeliveryState
    attempts: int
    last_error: str | None
    delivered_at: str | None


@dataclass(frozen=True)
class IncidentView:
    uid: str
    incident_id: int | None  # its row in the call log, once recorded there
    kind: str
    raised_at: str
    call_id: int | None
    context: dict
    cancelled_at: str | None
    cancel_reason: str | None
    acknowledged_at: str | None
    acknowledged_by: str | None
    closed_at: str | None
    recorded: bool  # in the SQLite log yet (else only in memory and the journal)
    deliveries: tuple[DeliveryView, ...]

    def delivery(self, channel: str, message: str = "alarm") -> DeliveryView | None:
        return next((d for d in self.deliveries
                     if d.channel == channel and d.message == message), None)


def channel_names(config: Config) -> list[str]:
    """Stable names per configured channel: "webhook", "email", "webhook:2", …"""
    seen: dict[str, int] = {}
    names = []
    for channel in config.channels:
        seen[channel.type] = seen.get(channel.type, 0) + 1
        count = seen[channel.type]
        names.append(channel.type if count == 1 else f"{channel.type}:{count}")
    return names


def new_uid(workstation: str, raised_at: str) -> str:
    """Made at the click, before any log row exists: the log, the journal, every channel and
    the receivers' idempotency keys share it. Random part: two consoles cloned from one image
    (same name) still never collide."""
    stamp = raised_at.replace("-", "").replace(":", "")
    return f"{workstation}/{stamp}/{secrets.token_hex(6)}"


def message_for(incident: dict, message: str, reason: str | None = None) -> dict:
    """The payload every channel carries (webhook JSON, e-mail text, LAN packet)."""
    if message not in MESSAGES:
        raise ValueError(message)
    payload = {
        "uid": incident["uid"],
        "message": str(message),
        "test": incident["kind"] == IncidentKind.TEST,
        "raised_at": incident["raised_at"],
        "branch": incident["branch"],
        "location": incident["location"],
        "workstation": incident["workstation"],
        "operator": incident["operator"],
        "context": incident.get("context") or {},
    }
    if message == MessageKind.CANCEL:
        payload["reason"] = reason or incident.get("cancel_reason") or ""
        payload["cancelled_at"] = incident.get("cancelled_at")
    return payload
