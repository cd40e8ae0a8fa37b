"""The 10–15 minute call norm: what the timer shows and how it reads aloud."""

from __future__ import annotations

from enum import Enum


class TimerState(Enum):
    CALM = "calm"  # below the target: take your time
    AMBER = "amber"  # past the target: steer toward closing
    RED = "red"  # past the maximum


def timer_state(elapsed_s: float, target_s: float, max_s: float) -> TimerState:
    if elapsed_s >= max_s:
        return TimerState.RED
    if elapsed_s >= target_s:
        return TimerState.AMBER
    return TimerState.CALM


def format_elapsed(elapsed_s: float) -> str:
    """mm:ss, growing to h:mm:ss for very long calls (never negative)."""
    total = max(0, int(elapsed_s))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"
