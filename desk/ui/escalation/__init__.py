"""One-click security escalation: the button, the incident board, alerts from other desks."""


def install(window) -> None:
    """Add the security button and alarm status to a console whose database is open."""
    from desk.ui.escalation.controller import Escalation

    window.escalation = Escalation(window)
