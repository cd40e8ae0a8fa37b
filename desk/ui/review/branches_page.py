"""The review's Branches tab (head office's database): one sortable row per branch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desk.report.branches import BranchLine
from desk.ui.review.model import local_time
from desk.ui.review.pages import pct

SORT_ROLE = Qt.ItemDataRole.UserRole
BRANCHES_KIND = "branches"  # the query thread's request kind for this tab


class SortedItem(QTableWidgetItem):
    """Shown as text ("87 %"), sorted by its number (a missing figure sorts first)."""

    def __init__(self, text: str, key):
        super().__init__(text)
        self.setData(SORT_ROLE, key)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return mine is None and theirs is not None
        return mine < theirs


class BranchesPage(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        headers = [self.tr("Branch"), self.tr("Calls"), self.tr("Within the target"),
                   self.tr("Within the maximum"), self.tr("Answered by the ring"),
                   self.tr("Callbacks on time"), self.tr("Alarms"), self.tr("Last sync")]
        self.setColumnCount(len(headers))
        self.setObjectName("reviewBranchTable")
        self.setAccessibleName(self.tr("Branches side by side"))
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSortingEnabled(True)
        self.lines: list[BranchLine] = []

    def show_data(self, lines: list[BranchLine]) -> None:
        self.lines = lines
        column = self.horizontalHeader().sortIndicatorSection()
        order = self.horizontalHeader().sortIndicatorOrder()
        self.setSortingEnabled(False)  # filling a sorted table moves rows under our feet
        self.setRowCount(len(lines))
        for r, line in enumerate(lines):
            cells = [(line.branch, line.branch.lower()),
                     (f"{line.calls:,}", line.calls),
                     (pct(line.within_target_share), line.within_target_share),
                     (pct(line.within_max_share), line.within_max_share),
                     (pct(line.answered_by_ring_share), line.answered_by_ring_share),
                     (pct(line.callbacks_on_time_share), line.callbacks_on_time_share),
                     (f"{line.incidents:,}", line.incidents),
                     (local_time(line.last_sync), line.last_sync)]
            for c, (text, key) in enumerate(cells):
                self.setItem(r, c, SortedItem(text, key))
        self.setSortingEnabled(True)
        self.sortItems(column, order)
