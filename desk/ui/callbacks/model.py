"""A table model over callbacks: ids are loaded at once, rows a page at a time when shown.

So 100,000 callbacks open in a blink: the view asks only for the rows on screen. Each
row says who took the callback (they see it through), how many days it is overdue and
whether the caller was told of a delay; one due on the next working day says so today,
while the caller can still be told in time.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, Qt
from PySide6.QtGui import QColor

from desk.core.calendar import add_business_days
from desk.core.callbacks import local_due_date, state
from desk.core.contacts import display_phone
from desk.core.states import CallbackState
from desk.ui import vocab
from desk.ui.plain import tooltip

STATE_COLOUR = {"overdue": QColor("#b3261e"), "due today": QColor("#6b4300"),
                "due next": QColor("#6b4300")}
PAGE = 200


class CallbacksModel(QAbstractTableModel):
    def __init__(self, desk, parent=None, fetch=None):
        """``fetch(fn, then)`` runs ``fn(callback_desk)`` off the UI thread and hands the
        result to ``then``: pages of rows arrive as they are read, never awaited here."""
        super().__init__(parent)
        self.desk = desk
        self.fetch = fetch or (lambda fn, then: then(fn(desk)))
        self.asked: set[int] = set()
        self.ids: list[int] = []
        self.pages: dict[int, list[dict]] = {}
        self.locale = QLocale()
        self.now = desk.clock.now()
        self.headers = [self.tr("State"), self.tr("Due"), self.tr("Caller"), self.tr("Phone"),
                        self.tr("E-mail"), self.tr("Department"), self.tr("Question"),
                        self.tr("Taken by"), self.tr("Caller told"), self.tr("Forwarding")]

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self.pages = {}
        self.asked = set()
        self.now = self.desk.clock.now()
        self.endResetModel()

    def row(self, number: int) -> dict | None:
        """The row, or ``None`` while its page (200 rows by id) is on its way."""
        page = number // PAGE
        if page not in self.pages:
            self._ask(page)
        rows = self.pages.get(page)
        return rows[number - page * PAGE] if rows is not None else None

    def _ask(self, page: int) -> None:
        if page in self.asked:
            return
        self.asked.add(page)
        ids = self.ids
        wanted = ids[page * PAGE:(page + 1) * PAGE]

        def arrived(rows: list[dict]) -> None:
            if self.ids is not ids:  # the list changed meanwhile: this page is stale
                return
            self.pages[page] = rows
            last = min(len(self.ids), (page + 1) * PAGE) - 1
            self.dataChanged.emit(self.index(page * PAGE, 0),
                                  self.index(last, len(self.headers) - 1))

        self.fetch(lambda desk: desk.rows_with_notices(wanted), arrived)

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.ids)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def state_of(self, row: dict) -> str:
        found = str(state(row["due_at"], row["answered_at"], self.now))
        if found == CallbackState.OPEN and local_due_date(row["due_at"]) <= next_working_day(
                self.desk.config, self.now):
            return CallbackState.DUE_NEXT
        return found

    def days_overdue(self, row: dict) -> int:
        if row["answered_at"] or str(state(row["due_at"], None, self.now)) \
                != CallbackState.OVERDUE:
            return 0
        return max(1, (self.now.astimezone().date() - local_due_date(row["due_at"])).days)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        row = self.row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and column == 2 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return tooltip(row["question"])
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return STATE_COLOUR.get(self.state_of(row))
        return None

    def _text(self, row: dict, column: int) -> str:
        if column == 0:
            return vocab.callback_state(self.state_of(row))
        if column == 1:
            due = local_due_date(row["due_at"])
            text = self.locale.toString(QDate(due.year, due.month, due.day),
                                        QLocale.FormatType.ShortFormat)
            late = self.days_overdue(row)
            if late:
                text += " · " + (self.tr("1 day late") if late == 1 else
                                 self.tr("%1 days late").replace("%1", str(late)))
            return text
        if column == 2:
            return row["full_name"]
        if column == 3:
            return display_phone(row["phone"], self.desk.config.region)
        if column == 4:
            return row["email"] or ""
        if column == 5:
            return row["department"]
        if column == 6:
            question = row["question"] or ""
            return question.splitlines()[0][:120] if question else ""
        if column == 7:
            return row.get("operator") or ""
        if column == 8:
            notices = row.get("notices") or []
            if not notices:
                return self.tr("not yet")
            told = datetime.fromisoformat(notices[-1]["told_at"].replace("Z", "+00:00"))
            day = told.astimezone().date()
            return self.tr("✔ told %1").replace("%1", self.locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat))
        return row["forward_state"] or self.tr("not forwarded (copy as text)")



def next_working_day(config, now: datetime) -> date:
    return add_business_days(now.astimezone().date(), 1, config.holidays)
