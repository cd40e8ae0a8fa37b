"""Small widgets the console's parts share."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.ui.plain import plain_label, shown

LEVEL_STYLE = {
    "info": "background: #e8f0fe; color: #1a3c78; border: 1px solid #b6c8f0;",
    "warning": "background: #fff4d6; color: #5c3d00; border: 1px solid #e8c46a;",
    "danger": "background: #b3261e; color: #ffffff; border: 1px solid #7d1a15;",
}
LEVEL_WORD = {"info": QT_TRANSLATE_NOOP("Banner", "Note"),  # lupdate collects these
              "warning": QT_TRANSLATE_NOOP("Banner", "Warning"),
              "danger": QT_TRANSLATE_NOOP("Banner", "Alert")}


class Banner(QFrame):
    """One line of news across the window; its level is in words too, not colour alone."""

    def __init__(self, key: str, text: str, level: str = "info", parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"banner_{key}")
        # The level word in bold, the news beside it: plain text both (it may carry a
        # caller's name or a peer's words), so no markup joins them.
        self.word = plain_label("", self)
        font = self.word.font()
        font.setBold(True)
        self.word.setFont(font)
        self.label = plain_label("", self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.word, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.set(text, level)

    def set(self, text: str, level: str = "info") -> None:
        self.level = level
        self.setProperty("level", level)  # the high-contrast theme picks its text colour by it
        word = self.tr(LEVEL_WORD.get(level, "Note"))
        text = shown(text)
        self.word.setText(f"{word}:")
        self.label.setText(text)
        self.setAccessibleName(f"{word}: {text}")
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ {LEVEL_STYLE[level]} "
                           "border-radius: 4px; } QLabel { border: none; background: transparent; }")


class BannerArea(QWidget):
    """A stack of banners keyed by topic, so a feature can update or clear its own."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bannerArea")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.banners: dict[str, Banner] = {}

    def show_banner(self, key: str, text: str, level: str = "info") -> Banner:
        banner = self.banners.get(key)
        if banner is None:
            banner = Banner(key, text, level, self)
            self.banners[key] = banner
            self.layout_.addWidget(banner)
        else:
            banner.set(text, level)
        banner.show()
        return banner

    def clear_banner(self, key: str) -> None:
        banner = self.banners.pop(key, None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()

    def texts(self) -> list[str]:
        return [b.label.text() for b in self.banners.values()]


def row_table(parent: QWidget, name: str, accessible: str, model) -> QTableView:
    """A list of records, one per row: whole-row single selection, fixed row height (no
    per-row measuring on a long list), columns the reader can widen, the last one stretched."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table
