"""Callbacks after a failed transfer, and caller history (issue: callbacks)."""


def install(window) -> None:
    """Add the callback features to a console whose database is open."""
