"""Caller history beside the call (issue: callbacks, item 7)."""


def install(window) -> None:
    """Add the caller history panel to a console whose database is open."""
