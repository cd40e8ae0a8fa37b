"""The calm message shown when something unexpected went wrong (``desk.platform.logging_setup``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.ui.plain import message_box, shown


def show_crash_dialog(parent: QWidget, report: Path | None,
                      previous: QMessageBox | None = None) -> QMessageBox:
    """Say Desk goes on and where the report is; one dialog at a time."""
    if previous is not None and previous.isVisible():
        return previous  # every report is still written; one message is enough
    title = QCoreApplication.translate("CrashDialog", "Something went wrong")
    # Never "your call is saved": the call log may be the very thing that failed. What was
    # typed stays on screen and in the queue for the log, which says what is not saved yet.
    text = QCoreApplication.translate(
        "CrashDialog", "Desk ran into an unexpected error and keeps running. What you typed "
        "stays on screen; the status line says if anything is not saved yet.")
    box = message_box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("crashDialog")
    if report is not None:
        box.setInformativeText(shown(QCoreApplication.translate(
            "CrashDialog", "A report for IT was written to %1").replace("%1", str(report))))
    box.open()
    return box
