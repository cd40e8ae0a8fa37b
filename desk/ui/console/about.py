"""Help ▸ About Desk: versions, and which config file and call log this console uses.

Branch IT's first question on the phone is "which file is it reading?": the answer is
one menu away, with the reason that file was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desk import __version__
from desk.paths import config_source
from desk.ui.plain import message_box


def config_line(config_path) -> str:
    """The config in use and why; the search order explains an unnamed file."""
    from desk.ui.vocab import config_reason

    if config_path is None:
        return QCoreApplication.translate("About", "no config file found: defaults")
    found = config_source(None)
    reason = found.reason if found.path == config_path else "named with --config"
    return QCoreApplication.translate("About", "%1 (%2)", "config file (why it was chosen)") \
        .replace("%2", config_reason(reason)).replace("%1", str(config_path))


def about_text(window) -> str:
    import platform  # only when About is opened: not on the way to the window

    services = window.services
    from desk.platform.logging_setup import log_dir

    versions = (f"Desk {__version__} · Qt {qVersion()} · "
                f"Python {platform.python_version()}")
    rows = [
        (QCoreApplication.translate("About", "Version"), versions),
        (QCoreApplication.translate("About", "Branch config"),
         config_line(services.config.path)),
        (QCoreApplication.translate("About", "Call log"), str(services.db_path)),
        (QCoreApplication.translate("About", "Log files"), str(log_dir())),
    ]
    return "\n".join(f"{label}: {value}" for label, value in rows)


def show_about(window) -> QMessageBox:
    box = message_box(QMessageBox.Icon.Information,  # paths and names: plain text
                      QCoreApplication.translate("About", "About Desk"), about_text(window),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("aboutDialog")
    box.open()
    window.about_dialog = box
    return box


def install(window) -> None:
    menu = getattr(window, "help_menu", None) or window.menuBar().addMenu(
        QCoreApplication.translate("About", "&Help"))  # desk.ui.help made it, with F1
    action = QAction(QCoreApplication.translate("About", "&About Desk"), window)
    action.setObjectName("aboutAction")
    action.triggered.connect(lambda: show_about(window))
    menu.addAction(action)
    window.about_action = action
