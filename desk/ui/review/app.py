"""Opening the review: the passphrase first (when one is set), then the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget


def open_review(parent: QWidget | None, db_path: Path, config, clock, content=None,
                poll_s: float = 2.0):
    """Ask for the passphrase if one is set; returns the shown ``ReviewWindow`` or None
    (cancelled). With no passphrase set, the team views open and per-operator ones stay
    hidden."""
    from desk.report import Norms
    from desk.report import passphrase as store
    from desk.ui.review.passphrase import PassphraseDialog
    from desk.ui.review.window import ReviewWindow

    try:
        stored = store.load(store.location(config.path))
    except OSError as exc:  # e.g. a passphrase file another account planted: not trusted
        from desk.ui.plain import warn

        warn(parent, "Desk", str(exc))  # the file's name is outside text: shown as text
        return None
    unlocked = False
    if stored is not None:
        gates = _gates(parent)
        gate = gates.setdefault(str(db_path), store.Gate(stored, clock.monotonic,
                                                       store.Tries()))
        dialog = PassphraseDialog(gate, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        unlocked = True
    window = ReviewWindow(db_path, clock, Norms.from_config(config), content,
                          unlocked=unlocked, poll_s=poll_s)
    window.show()
    return window


def _gates(parent) -> dict:
    # The slow-down must outlive one dialog: closing and reopening does not reset it.
    holder = parent if parent is not None else QApplication.instance()
    if not hasattr(holder, "_review_gates"):
        holder._review_gates = {}
    return holder._review_gates


def run(db_path: Path, config, config_option: str | None = None) -> int:
    """``desk review``: the window on its own."""
    from desk import content as content_mod
    from desk.core.clock import SystemClock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = open_review(None, db_path, config, SystemClock(),
                         content_mod.load(config.language))
    if window is None:
        return 1
    return app.exec()
