"""Help for the person at the desk: every shortcut of the current window (F1) and a
one-page quick guide in the console's language (Help ▸ Quick guide).

The shortcut list is read from the window's own QActions, QShortcuts and the mnemonics of
its visible buttons each time it opens, so it cannot drift from what the keys really do.
The guide is our own text, shipped as ``resources/guide/<lang>.md``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.paths import resource
from desk.ui.console.actions import Action

NATIVE = QKeySequence.SequenceFormat.NativeText
LANGUAGES = ("en", "fi", "tl", "hi", "eo")


def _plain(text: str) -> str:
    """A menu or button text without its mnemonic marker and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_of(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut that works in ``window`` now."""
    by_key = {a.sequence().toString(NATIVE): QCoreApplication.translate("Action", a.label)
              for a in Action}
    rows: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty() and action.text():
                rows.append((sequence.toString(NATIVE), _plain(action.text())))
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key().toString(NATIVE)
        if not keys or not shortcut.isEnabled():
            continue
        rows.append((keys, shortcut.whatsThis() or by_key.get(keys) or shortcut.objectName()))
    for button in window.findChildren(QAbstractButton):
        mnemonic = QKeySequence.mnemonic(button.text())
        if not mnemonic.isEmpty() and button.isVisibleTo(window) and button.isEnabled():
            rows.append((mnemonic.toString(NATIVE), _plain(button.text())))
    seen, out = set(), []
    for keys, what in rows:
        if what and (keys, what) not in seen:
            seen.add((keys, what))
            out.append((keys, what))
    return out


def show_shortcuts(window: QWidget) -> QDialog:
    rows = shortcuts_of(window)
    dialog = QDialog(window)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    table = QTableWidget(len(rows), 2, dialog)
    table.setObjectName("shortcutsTable")
    table.setAccessibleName(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Help", "Keys"),
                                     QCoreApplication.translate("Help", "What it does")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for number, (keys, what) in enumerate(rows):
        table.setItem(number, 0, QTableWidgetItem(keys))
        table.setItem(number, 1, QTableWidgetItem(what))
    _finish(dialog, table)
    dialog.resize(560, 520)
    dialog.open()
    window.shortcuts_dialog = dialog
    return dialog


def guide_text(language: str) -> str:
    """The quick guide in ``language`` (English when there is none for it)."""
    lang = language if language in LANGUAGES else "en"
    return resource("guide", f"{lang}.md").read_text(encoding="utf-8")


def show_guide(window: QWidget, language: str) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName("quickGuideDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Quick guide"))
    text = QTextBrowser(dialog)
    text.setObjectName("quickGuideText")
    text.setAccessibleName(QCoreApplication.translate("Help", "Quick guide"))
    text.setOpenLinks(False)  # our own text, no links to follow
    text.setMarkdown(guide_text(language))
    _finish(dialog, text)
    dialog.resize(640, 640)
    dialog.open()
    window.guide_dialog = dialog
    return dialog


def _finish(dialog: QDialog, body: QWidget) -> None:
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    box.rejected.connect(dialog.reject)
    layout.addWidget(box)
    body.setFocus()


def install_f1(window: QWidget) -> QShortcut:
    """F1 in a window without a Help menu (the callbacks window)."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), window, lambda: show_shortcuts(window),
                         context=Qt.ShortcutContext.WindowShortcut)
    shortcut.setObjectName("shortcutsShortcut")
    shortcut.setWhatsThis(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    return shortcut


def install(window) -> None:
    """The console's Help menu: shortcuts (F1) and the quick guide; About joins it later."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("About", "&Help"))
    window.help_menu = menu
    shortcuts = QAction(QCoreApplication.translate("Help", "&Keyboard shortcuts"), window)
    shortcuts.setObjectName("shortcutsAction")
    shortcuts.setShortcut(QKeySequence(Qt.Key.Key_F1))
    shortcuts.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    shortcuts.triggered.connect(lambda: show_shortcuts(window))
    guide = QAction(QCoreApplication.translate("Help", "&Quick guide"), window)
    guide.setObjectName("quickGuideAction")
    guide.triggered.connect(lambda: show_guide(window, window.services.language))
    menu.addAction(shortcuts)
    menu.addAction(guide)
    window.help_retitle = _Retitle(window, menu, shortcuts, guide)


class _Retitle(QObject):
    """Retitles the Help menu's entries when the console's language changes."""

    def __init__(self, window, menu, shortcuts: QAction, guide: QAction):
        super().__init__(window)
        self.menu, self.shortcuts, self.guide = menu, shortcuts, guide
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.menu.setTitle(QCoreApplication.translate("About", "&Help"))
            self.shortcuts.setText(QCoreApplication.translate("Help", "&Keyboard shortcuts"))
            self.guide.setText(QCoreApplication.translate("Help", "&Quick guide"))
        return False
