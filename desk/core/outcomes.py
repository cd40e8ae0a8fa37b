"""How a call can end (ids stored in ``calls.outcome``; labels come from the content)."""

OUTCOMES = ("resolved", "transferred", "callback", "escalated", "abuse", "other")
INTERRUPTED = "interrupted"  # closed after a crash, never chosen by the operator
