"""The calls table over SQL: a count, then pages of rows fetched off the UI thread as the
view shows them — never all rows (a million calls open as fast as a hundred)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from desk.report import listing
from desk.ui.dates import local_time
from desk.ui.plain import tooltip

PAGE = 200
# Plain ints: data() runs for every cell and role on each repaint, and reading a Qt enum
# member through PySide6 costs a microsecond or more each time (the table's repaint was
# 7 ms of the UI thread's time, most of it in these look-ups).
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
HORIZONTAL = Qt.Orientation.Horizontal
SHOWN = ("outcome", "topic", "operator", "workstation", "channel", "caller_name",
         "caller_number", "notes")


def minutes(seconds) -> str:
    return "" if seconds is None else f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


def cell_texts(rows: list[tuple], outcome_words: dict[str, str] | None = None) -> list[tuple]:
    """Each row (``listing.COLUMNS``) as (id, the ten cell texts, the notes' tooltip): the
    start in local time, the outcome in the content's words, the channel translated.

    Runs on the query thread, so a repaint only looks strings up."""
    from desk.ui.vocab import call_channel

    words = outcome_words or {}
    out = []
    for row in rows:
        values = dict(zip(listing.COLUMNS, row, strict=True))
        started = values["started_at"]
        texts = [local_time(started, with_date=True) if started else "",
                 minutes(values["duration_s"])]
        for key in SHOWN:
            text = values[key] or ""
            if key == "outcome":
                text = words.get(text, text)
            elif key == "channel":
                text = call_channel(text)
            texts.append(text.splitlines()[0][:120] if text else "")
        out.append((values["id"], tuple(texts), tooltip(values["notes"])))
    return out


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
        """``first_page`` and every added page come from ``cell_texts``."""
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

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == HORIZONTAL:
            return self.headers[section]
        return None

    def data(self, index, role=DISPLAY):
        if role != DISPLAY and role != TOOLTIP:
            return None
        row = self._row(index.row())
        column = index.column()
        if row is None:
            return "…" if column == 0 and role == DISPLAY else None
        if role == TOOLTIP:  # the notes; elsewhere the whole text of a cell that may be cut
            return row[2] if column == 9 else (tooltip(row[1][column]) or None)
        return row[1][column]


# Table column -> what it sorts by.
SORT_KEYS = ("started_at", "duration_s", "outcome", "topic", "operator", "workstation",
             "channel", "caller_name", None, None)
