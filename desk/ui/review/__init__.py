"""The supervisor review: Tools ▸ Review in the console, and ``desk review``.

Nothing here is imported at the console's start-up beyond ``install_action``: the window,
its queries and charts load when the action is first used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install_action(window) -> QAction:
    """Add Tools ▸ Review (``reviewAction``) to the console ``window``; it opens the review
    on the console's own log, read-only, after the supervisor passphrase."""
    # Not window.tr(): lupdate cannot know the window's class here (it filed these under a
    # context named "window", so they were never translated).
    action = QAction(QCoreApplication.translate("ReviewAction", "&Review…"), window)
    action.setObjectName("reviewAction")
    action.setStatusTip(QCoreApplication.translate("ReviewAction",
                                                   "Supervisor review of the call log"))

    def open_review() -> None:
        from desk.ui.review.app import open_review as show

        services = window.services
        review = show(window, services.db_path, services.config, services.clock,
                      services.content)
        if review is not None:
            window.review_window = review  # keep it alive beside the console

    def close_review() -> None:  # the review goes when the console does
        from shiboken6 import isValid

        review = getattr(window, "review_window", None)
        if review is not None and isValid(review):
            review.close()

    action.triggered.connect(open_review)
    if hasattr(window, "closing"):
        window.closing.connect(close_review)
    window.tools_menu.addAction(action)
    return action
