"""A table model over callback rows: cheap for 100,000 rows (cells are computed when shown)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, Qt

from desk.core.callbacks import local_due_date, state
from desk.core.contacts import display_phone

STATE_TEXT = {"overdue": "⚠ overdue", "due today": "● due today", "open": "○ open",
              "answered": "✔ answered"}


class CallbacksModel(QAbstractTableModel):
    def __init__(self, clock, region: str, parent=None):
        super().__init__(parent)
        self.clock, self.region = clock, region
        self.rows: list[dict] = []
        self.locale = QLocale()
        self.headers = [self.tr("State"), self.tr("Due"), self.tr("Caller"), self.tr("Phone"),
                        self.tr("E-mail"), self.tr("Department"), self.tr("Question"),
                        self.tr("Forwarding")]

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.now = self.clock.now()
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def state_of(self, row: dict) -> str:
        return state(row["due_at"], row["answered_at"], self.now)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr(STATE_TEXT[self.state_of(row)])
            if column == 1:
                due = local_due_date(row["due_at"])
                return self.locale.toString(QDate(due.year, due.month, due.day),
                                            QLocale.FormatType.ShortFormat)
            if column == 2:
                return row["full_name"]
            if column == 3:
                return display_phone(row["phone"], self.region)
            if column == 4:
                return row["email"] or ""
            if column == 5:
                return row["department"]
            if column == 6:
                return (row["question"] or "").splitlines()[0][:120] if row["question"] else ""
            if column == 7:
                return row["forward_state"] or self.tr("not forwarded (copy as text)")
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return row["question"]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            from PySide6.QtGui import QColor

            return QColor({"overdue": "#b3261e", "due today": "#6b4300"}.get(
                self.state_of(row), "#333333"))
        return None
