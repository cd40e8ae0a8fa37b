"""One channel's outbox worker: a supervised loop that sends from the in-memory book.

One loop per channel, so a dead receiver can never hold up the others. Each round sends
the channel's oldest due delivery; the worker never touches SQLite (the recorder writes
what happened), so a locked or damaged log cannot delay or kill a send.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desk.alerts.book import Claim, IncidentBook
from desk.alerts.channel import Channel, DeliveryError

log = logging.getLogger("desk.alerts.outbox")
IDLE_S = 1.0  # look again at least this often (a fake clock in tests does not wake us)


class ChannelWorker:
    def __init__(self, channel: Channel, book: IncidentBook,
                 on_note: Callable[[Claim, str], None] = lambda claim, note: None):
        self.channel, self.book, self.on_note = channel, book, on_note

    @property
    def name(self) -> str:
        return f"alarm:{self.channel.name}"

    def deadline_s(self) -> float:
        """How long one send may take before the board calls this channel stuck."""
        explicit = getattr(self.channel, "deadline_s", None)
        if explicit:
            return float(explicit) + 2.0
        timeout = getattr(self.channel, "timeout_s", None) or getattr(
            getattr(self.channel, "settings", None), "timeout_s", None) or 10.0
        return 3 * float(timeout) + 2.0  # connect, talk, close

    def step(self) -> float | None:
        """One round: send the oldest due delivery; returns when to look again."""
        claim = self.book.claim(self.channel.name)
        if claim is None:
            wait = self.book.next_due_s(self.channel.name)
            return IDLE_S if wait is None else min(wait, IDLE_S)
        self.send(claim)
        return 0.0

    def send(self, claim: Claim) -> None:
        error: str | None = "the send was interrupted"
        note = None
        try:
            note = self.channel.send(claim.payload)
            error = None
        except DeliveryError as exc:
            error = str(exc) or "delivery failed"
            log.warning("%s: %s attempt %d failed: %s", self.channel.name, claim.message,
                        claim.attempts, error)
        except Exception as exc:  # a bug in one channel, or for one incident: that row fails
            error = f"{type(exc).__name__}: {exc}"
            log.exception("%s: unexpected failure", self.channel.name)
        finally:  # even a dying thread settles its claim: the row is retried, not stuck
            self.book.finish(claim, error, note)
        if error is None:
            log.info("%s: %s delivered (%s)", self.channel.name, claim.message, note)
            if note:
                self.on_note(claim, note)
