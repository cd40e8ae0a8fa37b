"""The supervisor review: Tools ▸ Review in the console, and ``desk review``.

Nothing here is imported at the console's start-up beyond ``install_action``: the window,
its queries and charts load when the action is first used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install_action(shell) -> QAction:
    """Add Tools ▸ Review (``reviewAction``) to the console (through its ``shell``); it opens
    the review on the console's own log, read-only, after the supervisor passphrase."""
    # Not a widget's tr(): lupdate cannot know the class here (it filed these under a
    # context named "window", so they were never translated).
    host = shell.host
    action = QAction(QCoreApplication.translate("ReviewAction", "&Review…"), host)
    action.setObjectName("reviewAction")
    action.setStatusTip(QCoreApplication.translate("ReviewAction",
                                                   "Supervisor review of the call log"))

    opened = []  # the review window, kept alive beside the console

    def open_review() -> None:
        from desk.ui.review.app import open_review as show

        services = shell.services
        review = show(host, services.db_path, services.config, services.clock,
                      services.content)
        if review is not None:
            opened[:] = [review]

    def close_review() -> None:  # the review goes when the console does
        from shiboken6 import isValid

        if opened and isValid(opened[0]):
            opened[0].close()

    action.triggered.connect(open_review)
    shell.closing.connect(close_review)
    shell.actions.add("tools", action)
    return action
