"""How a call can end (ids stored in ``calls.outcome``; labels come from the content)."""

from desk.core.states import CallOutcome

# The operator's choices, in the end-call dialog's order.
OUTCOMES = tuple(outcome for outcome in CallOutcome if outcome is not CallOutcome.INTERRUPTED)
INTERRUPTED = CallOutcome.INTERRUPTED  # closed after a crash, never chosen by the operator
