"""Security incidents: what an alarm says, and who must hear it."""

from __future__ import annotations

from desk.config import Config

KINDS = ("alarm", "test")
MESSAGES = ("alarm", "cancel", "test")


def channel_names(config: Config) -> list[str]:
    """Stable names per configured channel: "webhook", "email", "webhook:2", …"""
    seen: dict[str, int] = {}
    names = []
    for channel in config.channels:
        seen[channel.type] = seen.get(channel.type, 0) + 1
        count = seen[channel.type]
        names.append(channel.type if count == 1 else f"{channel.type}:{count}")
    return names


def incident_uid(incident: dict) -> str:
    """Globally unique across branches and merged logs; the receivers' idempotency key."""
    return f"{incident['branch']}/{incident['workstation']}/{incident['id']}/" \
           f"{incident['raised_at']}"


def message_for(incident: dict, message: str, reason: str | None = None) -> dict:
    """The payload every channel carries (webhook JSON, e-mail text, LAN packet)."""
    if message not in MESSAGES:
        raise ValueError(message)
    payload = {
        "uid": incident_uid(incident),
        "incident_id": incident["id"],
        "message": message,
        "test": incident["kind"] == "test",
        "raised_at": incident["raised_at"],
        "branch": incident["branch"],
        "location": incident["location"],
        "workstation": incident["workstation"],
        "operator": incident["operator"],
        "context": incident.get("context") or {},
    }
    if message == "cancel":
        payload["reason"] = reason or incident.get("cancel_reason") or ""
        payload["cancelled_at"] = incident.get("cancelled_at")
    return payload
