"""Help for the person at the desk: every shortcut of the current window (F1) and a
one-page quick guide in the console's language (Help ▸ Quick guide).

The shortcut list is read from the window's own QActions, QShortcuts and the mnemonics of
its visible buttons each time it opens, so it cannot drift from what the keys really do.
The guide is our own text, shipped as ``resources/guide/<lang>.md``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.options import LANGUAGES  # declared once, with the --lang option
from desk.paths import resource
from desk.ui.plain import escaped, rich_label

NATIVE = QKeySequence.SequenceFormat.NativeText


def _plain(text: str) -> str:
    """A menu or button text without its mnemonic marker and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_of(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut that works in ``window`` now."""
    # Names for QShortcuts made without a description: the window knows its registry.
    names = getattr(window, "shortcut_names", None)
    by_key = names() if callable(names) else {}
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


def guide_html(markdown: str) -> str:
    """The guide's small Markdown (headings, lists, **bold**, *italic*) as rich text; every
    line is escaped first, so only our own tags are markup."""
    out, paragraph = [], []

    def inline(text: str) -> str:
        text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped(text, None))
        return re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)

    def close() -> None:
        if paragraph:
            out.append("<p>" + " ".join(paragraph) + "</p>")
            paragraph.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        heading = re.match(r"(#+)\s+(.*)", line)
        item = re.match(r"(-|\d+\.)\s+(.*)", line)
        if not line:
            close()
        elif heading:
            close()
            level = min(len(heading.group(1)) + 1, 4)
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif item:
            close()
            mark = "•" if item.group(1) == "-" else item.group(1)
            paragraph.append(f"{mark} {inline(item.group(2))}")
        else:
            paragraph.append(inline(line))
    close()
    return "".join(out)


def show_guide(window: QWidget, language: str) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName("quickGuideDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Quick guide"))
    text = rich_label(dialog)
    text.setObjectName("quickGuideText")
    text.setAccessibleName(QCoreApplication.translate("Help", "Quick guide"))
    text.setWordWrap(True)
    text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                 | Qt.TextInteractionFlag.TextSelectableByMouse)
    text.setText(guide_html(guide_text(language)))
    scroll = QScrollArea(dialog)
    scroll.setWidget(text)
    scroll.setWidgetResizable(True)
    _finish(dialog, scroll)
    text.setFocus()
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


def install(shell) -> QObject:
    """The console's Help menu: shortcuts (F1) and the quick guide; About joins it later."""
    host = shell.host
    menu = shell.actions.add_menu("help", QCoreApplication.translate("About", "&Help"))
    shortcuts = QAction(QCoreApplication.translate("Help", "&Keyboard shortcuts"), host)
    shortcuts.setObjectName("shortcutsAction")
    shortcuts.setShortcut(QKeySequence(Qt.Key.Key_F1))
    shortcuts.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    shortcuts.triggered.connect(lambda: show_shortcuts(host))
    guide = QAction(QCoreApplication.translate("Help", "&Quick guide"), host)
    guide.setObjectName("quickGuideAction")
    guide.triggered.connect(lambda: show_guide(host, shell.services.language))
    menu.addAction(shortcuts)
    menu.addAction(guide)
    return _Retitle(host, menu, shortcuts, guide)


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
