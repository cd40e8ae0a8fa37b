"""Layouts for real screens: the narrow side panel and the check that no text is cut.

The narrow layout (View ▸ Narrow layout, remembered) stacks the call, its checklist, the
timer and the alarm in one column about 480 px wide, to sit beside a softphone; the
caller history and the guidance go behind tabs under it. Widgets move between layouts,
they are never rebuilt, so their objectNames and state stay as they are. The window
moves its own widgets (``shell.arrange``); this part holds the choice and the fold.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabBar,
    QToolButton,
    QWidget,
)

from desk.ui import theme

NARROW_KEY = "view/narrow"
NARROW_WIDTH = 480


def _plain(html: str) -> str:
    """The words of rich text, as read (nothing is shown from here)."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(html).toPlainText()


def _label_text(label: QLabel) -> list[str]:
    text = label.text()
    if label.textFormat().name == "RichText" or (
            label.textFormat().name == "AutoText" and "<" in text):
        text = _plain(text)
    elif label.buddy() is not None:  # "&Number": the & marks the mnemonic, it is not shown
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return [line for line in text.split("\n") if line.strip()]


def _whole_in_tooltip(label: QLabel, lines: list[str]) -> bool:
    """A notice kept to one line during a call holds its whole text in its tooltip: cut
    on purpose (desk/ui/widgets.py), a hover away."""
    tip = " ".join(_plain(label.toolTip()).split())
    return bool(tip) and " ".join(" ".join(lines).split()) in tip


def _button_text(button: QAbstractButton) -> str:
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible label, button, check box and tab under ``root`` whose words are wider
    than the room it has: one line each, naming the widget and its text."""
    # QStyle's classes load here, not at start-up: PySide6 builds their ~20 enums (5 ms)
    # the first time Python touches them.
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    found: list[str] = []

    def report(widget: QWidget, text: str, need: int, room: int) -> None:
        name = widget.objectName() or type(widget).__name__
        found.append(f"{name}: {text!r} needs {need}px, has {room}px")  # wide, or high

    # Only the kinds that show words (wrapping every child widget upsets item views).
    widgets = [root, *root.findChildren(QLabel), *root.findChildren(QAbstractButton),
               *root.findChildren(QTabBar)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel):
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            if widget.wordWrap():  # wrapped words need the height of all their lines
                room, need = widget.height(), widget.heightForWidth(widget.width())
                if widget.text() and need > room + 2 and \
                        not _whole_in_tooltip(widget, _label_text(widget)):
                    report(widget, widget.text(), need, room)
                continue
            room = widget.contentsRect().width() - 2 * max(widget.margin(), 0) \
                - max(widget.indent(), 0)
            for line in _label_text(widget):
                need = metrics.horizontalAdvance(line)
                if need > room:
                    report(widget, line, need, room)
        elif isinstance(widget, QCheckBox):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            room = widget.style().subElementRect(
                QStyle.SubElement.SE_CheckBoxContents, option, widget).width()
            text = _button_text(widget)
            need = metrics.horizontalAdvance(text)
            if text and need > room:
                report(widget, text, need, room)
        elif isinstance(widget, (QPushButton, QToolButton)):
            text = _button_text(widget)
            if not text or isinstance(widget, QToolButton) and \
                    widget.toolButtonStyle().name == "ToolButtonIconOnly":
                continue
            margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
            icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            room = widget.contentsRect().width() - margin - icon
            need = metrics.horizontalAdvance(text)
            if need > room:
                report(widget, text, need, room)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                hint, rect = widget.tabSizeHint(index), widget.tabRect(index)
                outside = rect.right() > widget.width() or rect.left() < 0
                if rect.width() < hint.width() or outside:
                    report(widget, widget.tabText(index).replace("&", ""), hint.width(),
                           rect.width())
    return found


def saved_narrow() -> bool:
    return str(theme.settings().value(NARROW_KEY, "false")).lower() in ("true", "1")


class NarrowLayout(QObject):
    """View ▸ Narrow layout: the console as one column beside a softphone, remembered."""

    def __init__(self, shell):
        super().__init__(shell)
        self.shell = shell
        self.host = host = shell.host
        self.narrow = False
        self.action = QAction(host)
        self.action.setObjectName("narrowLayoutAction")
        self.action.setCheckable(True)
        shell.actions.add("view", self.action)
        # Caller history and guidance fold away under the call; one key or click opens them.
        self.toggle = QToolButton(host)
        self.toggle.setObjectName("sidePanelToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._fold)
        self.toggle.hide()
        shell.side.add_before(self.toggle)
        shell.upset_changed.connect(self._upset)
        self.retranslate()
        host.installEventFilter(self)
        self.action.setChecked(saved_narrow())
        self.apply(self.action.isChecked())
        self.action.toggled.connect(self._chosen)

    def _chosen(self, narrow: bool) -> None:
        theme.settings().setValue(NARROW_KEY, narrow)
        self.apply(narrow)
        host = self.host
        host.resize(NARROW_WIDTH if narrow else max(host.width(), 1024), host.height())

    def apply(self, narrow: bool) -> None:
        self.narrow = narrow
        self.shell.arrange(narrow)  # the window moves its widgets (one column, or wide)
        self.toggle.setVisible(narrow)
        self._fold(self.toggle.isChecked())

    def _fold(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.shell.side.set_shown(shown or not self.narrow)

    def _upset(self, upset: bool) -> None:
        if upset and self.narrow:  # the playbook is there: show it
            self.toggle.setChecked(True)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Na&rrow layout"))
        self.action.setStatusTip(self.tr("One column, about 480 px wide, beside a softphone"))
        self.toggle.setText(self.tr("Caller history and guidance"))
        self.toggle.setAccessibleName(self.tr("Show caller history and guidance"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.host and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(shell) -> NarrowLayout:
    return NarrowLayout(shell)
