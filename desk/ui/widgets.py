"""Small widgets the console's parts share."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.clock import SystemClock
from desk.core.notices import NoticeBoard
from desk.ui.plain import plain_label, set_tooltip, shown

WIDGET_SIZE_MAX = 16777215  # Qt's QWIDGETSIZE_MAX: no maximum

LEVEL_STYLE = {
    "info": "background: #e8f0fe; color: #1a3c78; border: 1px solid #b6c8f0;",
    "warning": "background: #fff4d6; color: #5c3d00; border: 1px solid #e8c46a;",
    "danger": "background: #b3261e; color: #ffffff; border: 1px solid #7d1a15;",
}
LEVEL_WORD = {"info": QT_TRANSLATE_NOOP("Banner", "Note"),  # lupdate collects these
              "warning": QT_TRANSLATE_NOOP("Banner", "Warning"),
              "danger": QT_TRANSLATE_NOOP("Banner", "Alert")}


class Banner(QFrame):
    """One line of news across the window; its level is in words too, not colour alone.
    An info notice has a close button: put away, it comes back only when its text changes."""

    put_away = Signal(str)

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
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("putAwayNoticeButton")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(lambda: self.put_away.emit(self.key))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.word, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.set(text, level)

    def set(self, text: str, level: str = "info", tooltip: str = "") -> None:
        self.level = level
        self.setProperty("level", level)  # the high-contrast theme picks its text colour by it
        word = self.tr(LEVEL_WORD.get(level, "Note"))
        text = shown(text)
        self.word.setText(f"{word}:")
        self.label.setText(text)
        self.tooltip = tooltip
        set_tooltip(self.label, tooltip)
        self.setAccessibleName(f"{word}: {text}")
        self.close_button.setVisible(level == "info")
        set_tooltip(self.close_button, self.tr("Put this note away (Esc)"))
        self.close_button.setAccessibleName(self.tr("Put this note away"))
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ {LEVEL_STYLE[level]} "
                           "border-radius: 4px; } QLabel { border: none; background: transparent; }")


    def set_one_line(self, on: bool) -> None:
        """During a call an ordinary notice takes one line; the whole text stays in the
        label (screen readers, copying) and in its tooltip."""
        if on:
            self.label.setMaximumHeight(self.label.fontMetrics().lineSpacing() + 2)
            set_tooltip(self.label, "\n".join(t for t in (self.label.text(), self.tooltip) if t))
        else:
            self.label.setMaximumHeight(WIDGET_SIZE_MAX)
            set_tooltip(self.label, self.tooltip)


class BannerArea(QWidget):
    """The console's one notice area. ``desk.core.notices`` decides what shows (priority,
    lifetime, one ordinary line during a call, only the alarm's own notices during an
    alarm); this widget draws it. Features keep calling ``show_banner``/``clear_banner``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, clock=None):
        super().__init__(parent)
        self.setObjectName("bannerArea")
        self.clock = clock or SystemClock()
        self.board = NoticeBoard()
        self.in_call = lambda: False  # the window tells how to know (no import of it here)
        self.alarm_on = lambda: False
        self.opened = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.banners: dict[str, Banner] = {}
        self.more = QToolButton(self)
        self.more.setObjectName("moreNoticesButton")
        self.more.setAutoRaise(True)
        self.more.clicked.connect(self.toggle_open)
        self.more.hide()
        self.layout_.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight)
        self.ticker = QTimer(self)  # lifetimes run out even when nothing else happens
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.expire)
        self.ticker.start()

    def show_banner(self, key: str, text: str, level: str = "info", *,
                    priority: int | None = None, lifetime_s: float | None = None,
                    tooltip: str = "") -> Banner:
        notice = self.board.post(key, text, level, now=self.clock.now(), priority=priority,
                                 lifetime_s=lifetime_s, tooltip=tooltip)
        banner = self.banners.get(key)
        if banner is None:
            banner = Banner(key, text, notice.level, self)
            banner.put_away.connect(self.put_away)
            self.banners[key] = banner
            self.layout_.insertWidget(self.layout_.indexOf(self.more), banner)
        banner.set(text, notice.level, tooltip)
        self.relayout()
        return banner

    def clear_banner(self, key: str) -> None:
        self.board.remove(key)
        banner = self.banners.pop(key, None)
        if banner is not None:
            self.layout_.removeWidget(banner)  # now, not when the deletion happens
            banner.hide()
            banner.deleteLater()
        self.relayout()

    def put_away(self, key: str | None = None) -> bool:
        """Put an info notice away (the first one shown, if no key is given)."""
        if key is None:
            key = next((n.key for n in self.decision().shown if n.can_put_away), None)
        if key is None or not self.board.put_away_notice(key):
            return False
        self.relayout()
        return True

    def toggle_open(self) -> None:
        self.opened = not self.opened
        self.relayout()

    def expire(self) -> None:
        for key in self.board.expire(self.clock.now()):
            self.clear_banner(key)

    def decision(self):
        """The board's decision for the current moment."""
        return self.board.layout(self.in_call(), self.alarm_on(), self.opened)

    def relayout(self) -> None:
        decided = self.decision()
        on_screen = [n.key for n in decided.shown]
        one_line = self.in_call() and not self.opened
        for key, banner in self.banners.items():
            banner.setVisible(key in on_screen)
            banner.set_one_line(one_line and banner.level != "danger")
        # The most important first, below what others placed on top (a peer's alarm).
        # Counted by asking the layout where each child widget is, never through itemAt():
        # a Python wrapper of a layout item outlives the item Qt deletes when a widget
        # moves, and a later object at the same address then crashes shiboken.
        top = sum(1 for w in self.findChildren(QWidget, options=Qt.FindChildOption
                                               .FindDirectChildrenOnly)
                  if not isinstance(w, Banner) and w is not self.more
                  and self.layout_.indexOf(w) >= 0)
        for index, key in enumerate(on_screen):
            banner = self.banners[key]
            if self.layout_.indexOf(banner) != top + index:  # move only what must move
                self.layout_.removeWidget(banner)
                self.layout_.insertWidget(top + index, banner)
        hidden = len(decided.folded)
        if hidden:
            self.more.setText(self.tr("+%1 more notices").replace("%1", str(hidden))
                              if hidden > 1 else self.tr("+1 more notice"))
            set_tooltip(self.more, "\n".join(n.text for n in decided.folded))
        elif self.opened:
            self.more.setText(self.tr("Show fewer notices"))
            set_tooltip(self.more, "")
        self.more.setVisible(bool(hidden) or (self.opened and self._could_fold()))
        self.more.setAccessibleName(self.more.text())
        self.changed.emit()

    def _could_fold(self) -> bool:
        return bool(self.board.layout(self.in_call(), self.alarm_on(), False).folded)

    def shown_texts(self) -> list[str]:
        """What the operator sees now (the rest is folded or put away)."""
        return [self.banners[n.key].label.text() for n in self.decision().shown]

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
