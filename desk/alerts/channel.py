"""One small interface for every way an alarm leaves this console."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from desk.core.states import MessageKind


class DeliveryError(Exception):
    """This attempt failed; the outbox records the text and tries again later."""


@dataclass(frozen=True)
class Check:
    """A start-up check of one channel, made without sending an alarm."""

    channel: str
    ok: bool
    detail: str


class Channel(Protocol):
    name: str  # "webhook", "email", "lan", "desktop" (+ ":2" when a type repeats)

    def send(self, message: dict) -> str:
        """Deliver ``message`` or raise ``DeliveryError``; returns a short note."""
        ...

    def check(self) -> Check:
        """Config valid, host resolvable, port reachable — without sending anything."""
        ...


def describe(message: dict) -> tuple[str, str]:
    """Subject and body text of an alarm message, for e-mail and notifications."""
    kind = message["message"]
    where = f"{message['branch']}, {message['location']} ({message['workstation']})"
    if kind == MessageKind.CANCEL:
        subject = f"CANCELLED: security alarm at {where}"
    elif kind == MessageKind.TEST:
        subject = f"TEST ONLY - security alarm test from {where}"
    else:
        subject = f"SECURITY ALARM at {where}"
    context = message.get("context") or {}
    lines = [subject, "",
             f"Raised at: {message['raised_at']} (UTC)",
             f"Branch: {message['branch']}",
             f"Location: {message['location']}",
             f"Workstation: {message['workstation']}",
             f"Operator: {message['operator']}"]
    if kind == MessageKind.CANCEL:
        lines.append(f"Cancelled: {message.get('reason') or 'no reason given'}")
    if context:
        lines += ["", "Live call:",
                  f"  Caller: {context.get('caller_name') or '-'} "
                  f"{context.get('caller_number') or ''}".rstrip(),
                  f"  Topic: {context.get('topic') or '-'}",
                  f"  Call running for: {context.get('elapsed_s', 0)} s, "
                  f"stage: {context.get('stage') or '-'}",
                  f"  Last notes: {context.get('notes') or '-'}"]
    if kind == MessageKind.TEST:
        lines += ["", "This is a scheduled test. No action is needed."]
    return subject, "\n".join(lines)
