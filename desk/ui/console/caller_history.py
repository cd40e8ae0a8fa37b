"""Caller history beside the call: earlier calls, open callbacks, what they already tried."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from desk.core.callbacks import local_due_date
from desk.core.history import History, lookup
from desk.core.norms import format_elapsed
from desk.ui.console.actions import Action
from desk.ui.dates import local_date, local_time
from desk.ui.ops import read_op
from desk.ui.vocab import outcome as outcome_words


class CallerHistory(QGroupBox):
    def __init__(self, window):
        super().__init__(QCoreApplication.translate("CallerHistory", "Caller history"), window)
        self.window = window
        self.setObjectName("callerHistory")
        self.setAccessibleName(self.tr("Caller history"))
        self.history = History()
        self._key: tuple | None = None
        self.text = QLabel(self)
        self.text.setObjectName("callerHistoryText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy = QPushButton(self.tr("Copy earlier notes into this call (Ctrl+H)"), self)
        self.copy.setObjectName("copyHistoryButton")
        self.copy.setAccessibleName(self.tr("Copy earlier notes into this call"))
        self.copy.clicked.connect(self.copy_notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.copy)
        QShortcut(Action.COPY_HISTORY.sequence(), window, self.copy_notes,
                  context=Qt.ShortcutContext.WindowShortcut)
        session = window.session
        session.started.connect(self.refresh)
        session.changed.connect(self.refresh)
        session.ended.connect(self.clear)
        self.clear()
        if session.active:
            self.refresh()

    def refresh(self, *_args) -> None:
        call = self.window.session.current()
        if call is None:
            return
        key = (call.started_at, call.caller_number, call.caller_email)
        if key == self._key:
            return  # notes or stage changed, not the caller: no new lookup
        self._key = key
        exclude = self.window.session.call_id

        def found(history: History) -> None:
            if self._key == key:  # the newest lookup wins; an older answer is dropped
                self.history = history
                self.render()

        read_op(self, lambda ctx: lookup(ctx.db, call.caller_number, call.caller_email,
                                         exclude_call=exclude)).success(found)

    def clear(self, *_args) -> None:
        self._key = None
        self.history = History()
        self.text.setText(self.tr("Enter the caller's number or e-mail to see earlier calls."))
        self.copy.setEnabled(False)

    def render(self) -> None:
        history = self.history
        if history.empty:
            self.text.setText(self.tr("No earlier calls from this caller."))
            self.copy.setEnabled(False)
            return
        parts = []
        # tr() outside the f-strings: lupdate cannot see inside them (i12).
        open_callbacks, due = self.tr("Open callbacks"), self.tr("due")
        already_tried, earlier = self.tr("Already tried"), self.tr("Earlier calls")
        if history.callbacks:
            parts.append(f"<b>{escape(open_callbacks)}</b>")
            for cb in history.callbacks:
                parts.append(f"• {escape(cb['department'])}: {escape(cb['question'][:80])} "
                             f"({escape(due)} {local_date(local_due_date(cb['due_at']))})")
        tried = history.tried()
        if tried:
            parts.append(f"<b>{escape(already_tried)}</b>: "
                         + escape("; ".join(tried)))
        parts.append(f"<b>{escape(earlier)}</b> ({len(history.calls)})")
        for call in history.calls[:8]:
            duration = format_elapsed(call["duration_s"] or 0)
            # The day in the branch's time zone and language; the outcome in the content's words.
            when = local_time(call["started_at"], with_date=True) if call.get("started_at") \
                else ""
            outcome = outcome_words(self.window.services.content, call.get("outcome"))
            parts.append(f"• {escape(when)} · {duration} · "
                         f"{escape(call.get('topic') or '-')} · {escape(outcome)}")
        self.text.setText("<br>".join(parts))
        self.copy.setEnabled(bool(history.notes_digest()))

    def copy_notes(self) -> None:
        session = self.window.session
        digest = self.history.notes_digest()
        if not session.active or not digest:
            return
        notes = self.window.call_panel.notes
        current = notes.toPlainText().rstrip()
        notes.setPlainText((current + "\n" if current else "") + digest)  # stored as it changes
        if not self.window.call_panel.tried.text() and self.history.tried():
            self.window.call_panel.tried.setText("; ".join(self.history.tried()))
            session.update(tried=self.window.call_panel.tried.text())
