"""One-click security escalation (issue: escalation)."""


def install(window) -> None:
    """Add the security button and alarm status to a console whose database is open."""
