"""The calls table over SQL: a count, then pages of rows fetched off the UI thread as the
view shows them — never all rows (a million calls open as fast as a hundred)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from desk.report import listing
from desk.ui.dates import local_time
from desk.ui.plain import tooltip

PAGE = 200


def minutes(seconds) -> str:
    return "" if seconds is None else f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


class CallsModel(QAbstractTableModel):
    want_page = Signal(int, int)  # generation, page number

    def __init__(self, parent=None):
        super().__init__(parent)
        self.generation = 0
        self.total = 0
        self.pages: dict[int, list[tuple]] = {}
        self.asked: set[int] = set()
        self.outcome_words: dict[str, str] = {}  # outcome code -> the content's words
        self.headers = [self.tr("Started"), self.tr("Duration"), self.tr("Outcome"),
                        self.tr("Topic"), self.tr("Operator"), self.tr("Workstation"),
                        self.tr("Channel"), self.tr("Caller"), self.tr("Number"),
                        self.tr("Notes")]

    def reset(self, generation: int, total: int, first_page: list[tuple]) -> None:
        self.beginResetModel()
        self.generation, self.total = generation, total
        self.pages, self.asked = {0: first_page}, {0}
        self.endResetModel()

    def add_page(self, generation: int, number: int, rows: list[tuple]) -> None:
        if generation != self.generation:
            return  # rows of an older filter
        self.pages[number] = rows
        top = number * PAGE
        bottom = min(self.total, top + len(rows)) - 1
        if bottom >= top:
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, self.columnCount() - 1))

    def call_id(self, row: int) -> int | None:
        found = self._row(row)
        return None if found is None else found[0]

    def _row(self, row: int) -> tuple | None:
        number = row // PAGE
        rows = self.pages.get(number)
        if rows is None:
            if number not in self.asked:
                self.asked.add(number)
                self.want_page.emit(self.generation, number)
            return None
        offset = row - number * PAGE
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return "…" if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole else None
        values = dict(zip(listing.COLUMNS, row, strict=True))
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(values["notes"]) if column == 9 else None
        if column == 0:
            return local_time(values["started_at"], with_date=True) if values["started_at"] \
                else ""
        if column == 1:
            return minutes(values["duration_s"])
        key = ("outcome", "topic", "operator", "workstation", "channel", "caller_name",
               "caller_number", "notes")[column - 2]
        text = values[key] or ""
        if key == "outcome":
            return self.outcome_words.get(text, text)
        if key == "channel":
            from desk.ui.vocab import call_channel

            return call_channel(text)
        return text.splitlines()[0][:120] if text else ""


# Table column -> what it sorts by.
SORT_KEYS = ("started_at", "duration_s", "outcome", "topic", "operator", "workstation",
             "channel", "caller_name", None, None)
