"""The calm message shown when something unexpected went wrong (``desk.logging_setup``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


def show_crash_dialog(parent: QWidget, report: Path | None,
                      previous: QMessageBox | None = None) -> QMessageBox:
    """Say the call is saved and where the report is; one dialog at a time."""
    if previous is not None and previous.isVisible():
        return previous  # every report is still written; one message is enough
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Something went wrong"),
                      tr("Desk ran into an unexpected error. Your call is saved and the "
                         "console keeps running."), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("crashDialog")
    if report is not None:
        box.setInformativeText(tr("A report for IT was written to %1").replace("%1",
                                                                              str(report)))
    box.open()
    return box
