"""Security incidents: what an alarm says, who must hear it, and how it looks from outside."""

from __future__ import annotations

from desk.config import Config
from desk.core.states import IncidentKind, MessageKind
from desk.store.incident_model import DeliveryRecord, IncidentRecord

KINDS = ("alarm", "test")
MESSAGES = tuple(MessageKind)


# The one model of an incident (desk.store.incident_model), by the names the console uses.
IncidentView = IncidentRecord
DeliveryView = DeliveryRecord


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
    import secrets  # OpenSSL's hashing loads with it: at the first alarm, not at start

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
