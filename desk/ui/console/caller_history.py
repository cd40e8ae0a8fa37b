"""Caller history beside the call: earlier calls, open callbacks, what they already tried.

Read at a glance: local date and time, the duration as one ("6 min"), the outcome in the
console's language, each call's notes inline; found by number, e-mail or name alone; a
caller who has called often lately gets a quiet cue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout

from desk.core.callbacks import local_due_date
from desk.core.history import History
from desk.ui.actions import Action
from desk.ui.dates import local_date, local_time
from desk.ui.ops import Change, read_op
from desk.ui.plain import escaped as escape
from desk.ui.plain import rich_label
from desk.ui.vocab import outcome as outcome_words

NOTE_CHARS = 90  # an earlier call's notes, inline, up to this


class CallerHistory(QGroupBox):
    def __init__(self, shell):
        super().__init__(QCoreApplication.translate("CallerHistory", "Caller history"),
                         shell.host)
        self.shell = shell
        self.setObjectName("callerHistory")
        self.setAccessibleName(self.tr("Caller history"))
        self.history = History()
        self._key: tuple | None = None
        self.text = rich_label(self)
        self.text.setObjectName("callerHistoryText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy = QPushButton(self.tr("Copy earlier notes into this call (Ctrl+H)"), self)
        self.copy.setObjectName("copyHistoryButton")
        self.copy.setAccessibleName(self.tr("Copy earlier notes into this call"))
        self.copy.clicked.connect(self.copy_notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.copy)
        shell.actions.shortcut(Action.COPY_HISTORY.sequence(), self.copy_notes)
        self.name_pause = QTimer(self)
        self.name_pause.setSingleShot(True)
        self.name_pause.setInterval(400)
        self.name_pause.timeout.connect(self._lookup)
        session = shell.session
        shell.call_started.connect(self.refresh)
        shell.call_changed.connect(self.refresh)
        shell.call_ended.connect(self.clear)
        # A callback taken, answered or moved: the caller's open callbacks change with it.
        shell.services.ops.changed.connect(self._log_changed)
        self.clear()
        if session.active:
            self.refresh()

    def refresh(self, *_args) -> None:
        call = self.shell.session.current()
        if call is None:
            return
        name = (call.caller_name or "").strip()
        key = (call.started_at, call.caller_number, call.caller_email, name.casefold())
        if key == self._key:
            return  # notes or stage changed, not the caller: no new lookup
        typing_name = self._key is not None and key[:3] == self._key[:3]
        self._key = key
        if typing_name:  # one lookup when the typing pauses, not one per letter
            self.name_pause.start()
            return
        self._lookup()

    def _log_changed(self, changes: set) -> None:
        if Change.CALLBACKS in changes and self._key is not None:
            self._lookup()

    def _lookup(self) -> None:
        call = self.shell.session.current()
        if call is None or self._key is None:
            return
        key, name = self._key, (call.caller_name or "").strip()
        exclude = self.shell.session.call_id
        now = self.shell.services.clock.now()

        def found(history: History) -> None:
            if self._key == key:  # the newest lookup wins; an older answer is dropped
                self.history = history
                self.render()

        read_op(self, lambda ctx: ctx.history.lookup(call.caller_number, call.caller_email,
                                                     exclude_call=exclude, name=name,
                                                     now=now)).success(found)

    def clear(self, *_args) -> None:
        self._key = None
        self.name_pause.stop()
        self.history = History()
        self.text.setText(self.tr("Enter the caller's number, e-mail or name to see earlier "
                                  "calls."))
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
        last_notes = self.tr("Last notes")
        if history.callbacks:
            parts.append(f"<b>{escape(open_callbacks)}</b>")
            for cb in history.callbacks:
                parts.append(f"• {escape(cb['department'])}: {escape(cb['question'], 80)} "
                             f"({escape(due)} {escape(_due(cb['due_at']))})")
        tried = history.tried()
        if tried:
            parts.append(f"<b>{escape(already_tried)}</b>: "
                         + escape("; ".join(tried)))
        notes = history.last_notes()
        if notes:
            parts.append(f"<b>{escape(last_notes)}</b>: {escape(notes, 300)}")
        parts.append(f"<b>{escape(earlier)}</b> ({len(history.calls)})")
        for call in history.calls[:8]:
            line = " · ".join([
                _when(call["started_at"]), self.duration_text(call["duration_s"]),
                call.get("topic") or "-",
                outcome_words(self.shell.services.content, call.get("outcome"))])
            note = " ".join((call.get("notes") or "").split())
            html = f"• {escape(line)}"
            if note:
                html += f"<br>&nbsp;&nbsp;<i>{escape(note, NOTE_CHARS)}</i>"
            parts.append(html)
        self.text.setText("<br>".join(parts))
        self.copy.setEnabled(bool(history.notes_digest()))

    def duration_text(self, seconds) -> str:
        """A duration that cannot be read as a time of day: "45 s", "6 min"."""
        seconds = int(seconds or 0)
        if seconds < 60:
            return self.tr("%1 s").replace("%1", str(seconds))
        return self.tr("%1 min").replace("%1", str(round(seconds / 60)))

    def copy_notes(self) -> None:
        digest = self.history.notes_digest()
        if not self.shell.session.active or not digest:
            return
        self.shell.call.add_notes(digest, self.history.tried())


def _when(started_at) -> str:
    """An earlier call's start in local date and time, in the console's language."""
    try:
        return local_time(started_at, with_date=True)
    except (TypeError, ValueError):  # a merged log's odd date: shown as it is
        return str(started_at)


def _due(due_at) -> str:
    """A due date from the log; one from a merged log that cannot be read is shown as is."""
    try:
        return local_date(local_due_date(due_at))
    except (TypeError, ValueError):
        return str(due_at)
