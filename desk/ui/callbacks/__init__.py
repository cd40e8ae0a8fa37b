"""Callbacks after a failed transfer: the dialog, the tracked list, forwarding, reminders."""


def install(window) -> None:
    """Add the callback features to a console whose database is open."""
    from desk.ui.callbacks.controller import Callbacks

    window.callbacks = Callbacks(window)
