"""When the alarm last proved it works: a fact from the log, never a tick anyone can give.

Proof is a test that reached a channel (``desk alarm test`` / Tools ▸ Test the alarm) or a
real alarm that reached *every* channel it was sent on. The shift check shows this fact;
"Alarm never tested" goes once either exists.
"""

from __future__ import annotations

from collections.abc import Iterable

from desk.core.clock import Clock, parse_iso
from desk.core.incidents import IncidentView
from desk.core.states import DeliveryState, IncidentKind, MessageKind

REACHED = (DeliveryState.DELIVERED, DeliveryState.ACKNOWLEDGED)


def proven_at(view: IncidentView) -> str | None:
    """When ``view`` proved the alarm works, or ``None`` if it did not (yet)."""
    if view.kind == IncidentKind.TEST:
        times = [d.delivered_at for d in view.deliveries
                 if d.state == DeliveryState.DELIVERED and d.delivered_at]
        return max(times) if times else None
    alarms = [d for d in view.deliveries if d.message == MessageKind.ALARM]
    if not alarms or any(d.state not in REACHED or not d.delivered_at for d in alarms):
        return None
    return max(d.delivered_at for d in alarms)  # the moment the last channel had it


def newest_proof(views: Iterable[IncidentView], from_log: str | None = None) -> str | None:
    times = [t for t in (proven_at(v) for v in views) if t]
    if from_log:
        times.append(from_log)
    return max(times) if times else None


def proof_age_days(proven: str | None, clock: Clock) -> int | None:
    """Whole days since the proof (``None``: never proven)."""
    if proven is None:
        return None
    return max(0, (clock.now() - parse_iso(proven)).days)
