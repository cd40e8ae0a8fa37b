"""The call in front of the operator: start/end, timer, caller, checklist and notes.

Every keystroke and tick goes to ``CallSession`` at once (on screen, then queued for the
log in order). A field is kept exactly as typed, valid or not: validation marks it and
says why beside it, it never drops what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.norms import TimerState
from desk.ui.console.checklist import StageChecklist
from desk.ui.console.end_call_dialog import EndCallDialog
from desk.ui.console.timer_label import CallTimer
from desk.ui.ops import read_op
from desk.ui.plain import plain_label, set_plain
from desk.ui.services import Services
from desk.ui.session import CallSession


class CallPanel(QWidget):
    timer_state_changed = Signal(object)  # TimerState
    upset_changed = Signal(bool)

    def __init__(self, services: Services, session: CallSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.session = services, session
        cfg = services.config
        self.end_dialog: EndCallDialog | None = None
        self.suggested_outcome: str | None = None  # e.g. "callback" once one was taken
        self.auto_events: set[str] = set()  # events that ticked their item in this call
        self.follow_operator = True  # False only for the keystroke benchmark's "before" path

        self.start_button = QPushButton(self.tr("Start call (F2)"), self)
        self.start_button.setObjectName("startCallButton")
        self.start_button.setAccessibleName(self.tr("Start call"))
        self.start_button.clicked.connect(lambda: self.start_call("phone"))
        self.counter_button = QPushButton(self.tr("Counter visit (Shift+F2)"), self)
        self.counter_button.setObjectName("startVisitButton")
        self.counter_button.setAccessibleName(self.tr("Start counter visit"))
        self.counter_button.clicked.connect(lambda: self.start_call("counter"))
        self.end_button = QPushButton(self.tr("End call (F4)"), self)
        self.end_button.setObjectName("endCallButton")
        self.end_button.setAccessibleName(self.tr("End call"))
        self.end_button.clicked.connect(self.ask_end_call)
        self.timer = CallTimer(cfg.target_s, cfg.max_s, self)

        # The timer stands in the window's header (its words need room in every language);
        # the buttons form a grid so the narrow layout can put them on two rows.
        self.top_grid = top = QGridLayout()

        self.number = QLineEdit(self)
        self.number.setObjectName("callerNumberEdit")
        self.number.setAccessibleName(self.tr("Caller's phone number"))
        self.number.setPlaceholderText(self.tr("Caller's number"))
        self.number.textEdited.connect(lambda text: self._contact_typed("caller_number", text))
        self.number.editingFinished.connect(lambda: self._contact_entered("caller_number"))
        self.number_error = plain_label("", self)
        self.number_error.setObjectName("callerNumberError")
        self.number_error.setStyleSheet("color: #b3261e;")
        self.number_error.hide()
        self.name = QLineEdit(self)
        self.name.setObjectName("callerNameEdit")
        self.name.setAccessibleName(self.tr("Caller's name"))
        self.name.setPlaceholderText(self.tr("Caller's name"))
        self.name.textEdited.connect(self._name_typed)
        self.email = QLineEdit(self)
        self.email.setObjectName("callerEmailEdit")
        self.email.setAccessibleName(self.tr("Caller's e-mail"))
        self.email.setPlaceholderText(self.tr("Caller's e-mail"))
        self.email.textEdited.connect(lambda text: self._contact_typed("caller_email", text))
        self.email.editingFinished.connect(lambda: self._contact_entered("caller_email"))
        self.email_error = plain_label("", self)
        self.email_error.setObjectName("callerEmailError")
        self.email_error.setStyleSheet("color: #b3261e;")
        self.email_error.hide()
        self.upset = QCheckBox(self.tr("Caller is &upset"), self)
        self.upset.setObjectName("upsetToggle")
        self.upset.setAccessibleName(self.tr("Caller is upset"))
        self.upset.toggled.connect(self._upset_toggled)

        self.repeat_cue = plain_label("", self)  # a quiet line, not a banner
        self.repeat_cue.setObjectName("repeatCallerCue")
        self.repeat_cue.setWordWrap(True)
        self.repeat_cue.setStyleSheet("color: palette(dark); font-style: italic;")
        self.repeat_cue.hide()

        caller = QFormLayout()
        self._add_row(caller, self.tr("&Number"), self.number, self.number_error)
        self._add_row(caller, self.tr("N&ame"), self.name, self.upset)
        self._add_row(caller, self.tr("&E-mail"), self.email, self.email_error)
        caller.addRow(self.repeat_cue)

        placeholders = {"unit": cfg.branch["unit"], "branch": cfg.branch["name"],
                        "operator": cfg.operator,
                        "answer_by_ring": cfg.norms["answer_by_ring"]}  # i12: ring from config
        self.checklist = StageChecklist(services.content, placeholders, self)
        self.checklist.item_toggled.connect(self._item_toggled)
        items = self.checklist.list  # a long item wraps: no sideways scrolling in any width
        items.setWordWrap(True)
        items.setResizeMode(items.ResizeMode.Adjust)
        items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist.stage_chosen.connect(self.enter_stage)

        self.next_button = QPushButton(self.tr("Next stage (F3)"), self)
        self.next_button.setObjectName("nextStageButton")
        self.next_button.setAccessibleName(self.tr("Next stage"))
        self.next_button.clicked.connect(self.next_stage)

        self.tried = QLineEdit(self)
        self.tried.setObjectName("triedEdit")
        self.tried.setAccessibleName(self.tr("What the caller already tried"))
        self.tried.setPlaceholderText(self.tr("What the caller already tried"))
        self.tried.textEdited.connect(self._tried_typed)
        self.request = QLineEdit(self)
        self.request.setObjectName("requestEdit")
        self.request.setAccessibleName(self.tr("The caller's request"))
        self.request.setAccessibleDescription(self.tr(
            "Enter: you read the request back to the caller and they agreed"))
        self.request.setPlaceholderText(self.tr("What the caller would like (Enter once read back)"))
        self.request.textEdited.connect(self._request_typed)
        self.request.returnPressed.connect(self._request_read_back)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName(self.tr("Call notes"))
        self.notes.setPlaceholderText(self.tr("Notes (root cause, what was agreed)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(48)
        self.notes.textChanged.connect(self._notes_changed)

        # Buttons other features add to the call (transfer failed, ...) go here.
        self.actions_row = QHBoxLayout()
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.next_button)

        # Request and "already tried" side by side (one row for the checklist), stacked
        # in the narrow layout; each label's Alt+letter jumps to its field.
        self.details = details = QGridLayout()
        self.detail_rows = [(self._buddy(text, field), field) for text, field in (
            (self.tr("Re&quest"), self.request), (self.tr("Already tr&ied"), self.tried),
            (self.tr("N&otes"), self.notes))]

        layout = QVBoxLayout(self)
        layout.setSpacing(4)  # every row it saves is a checklist item in view at 700 px
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addLayout(caller)
        layout.addWidget(self.checklist, 1)
        layout.addLayout(self.actions_row)
        layout.addLayout(details)
        self.set_narrow(False)  # needs the layout above

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)  # display only: elapsed time comes from the stored start
        self.ticker.timeout.connect(self.refresh_timer)
        session.started.connect(self._call_started)
        session.ended.connect(self._call_ended)
        self._last_state: TimerState | None = None
        self.topics: list[str] = []  # earlier topics for the end dialog, loaded off the UI thread
        self.set_database_ready(False)

    def set_narrow(self, narrow: bool) -> None:
        """Wide: the three buttons on one row, request and "already tried" side by side.
        Narrow: the buttons on two rows, every field on a row of its own."""
        self.narrow = narrow
        grid = self.top_grid
        for button in (self.start_button, self.counter_button, self.end_button):
            grid.removeWidget(button)
        grid.addWidget(self.start_button, 0, 0)
        grid.addWidget(self.counter_button, 0, 1)
        grid.addWidget(self.end_button, *((1, 0) if narrow else (0, 2)))
        grid.setColumnStretch(3, 1)
        details = self.details
        (request_label, request), (tried_label, tried), (notes_label, notes) = self.detail_rows
        for widget in (request_label, request, tried_label, tried, notes_label, notes):
            details.removeWidget(widget)
        details.addWidget(request_label, 0, 0)
        details.addWidget(request, 0, 1, 1, 3 if narrow else 1)
        details.addWidget(tried_label, *((1, 0) if narrow else (0, 2)))
        details.addWidget(tried, *((1, 1, 1, 3) if narrow else (0, 3)))
        details.addWidget(notes_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        details.addWidget(notes, 2, 1, 1, 3)
        for column in range(4):
            details.setColumnStretch(column, 0 if column in (0, 2) or narrow and column == 3
                                     else 1)
        self.notes.setMaximumHeight(44 if narrow else 64)  # two lines or three
        self.layout().setSpacing(2 if narrow else 4)
        if not narrow:
            for widget in (self.start_button, self.counter_button, self.end_button, self.timer):
                widget.show()
        self._set_call_widgets(self.session.active)

    def _buddy(self, text: str, field: QWidget):
        label = plain_label(text, self)
        label.setBuddy(field)
        return label

    def _add_row(self, form: QFormLayout, text: str, field: QWidget,
                 extra: QWidget | None = None) -> None:
        """A labelled row whose Alt+letter mnemonic jumps to the field."""
        label = plain_label(text, self)
        label.setBuddy(field)
        if extra is None:
            form.addRow(label, field)
            return
        row = QHBoxLayout()
        row.addWidget(field, 2)
        row.addWidget(extra, 1)
        form.addRow(label, row)

    # -- state -----------------------------------------------------------------------------

    def set_database_ready(self, ready: bool) -> None:
        self.database_ready = ready
        self.start_button.setEnabled(ready and not self.session.active)
        self.counter_button.setEnabled(ready and not self.session.active)
        self._set_call_widgets(self.session.active)
        if ready:
            self.load_topics()

    def load_topics(self) -> None:
        read_op(self, lambda ctx: ctx.calls.topics()) \
            .success(lambda topics: setattr(self, "topics", topics))

    def _set_call_widgets(self, in_call: bool) -> None:
        if self.narrow:  # one row of buttons: the ones that can be used now
            for button in (self.start_button, self.counter_button):
                button.setVisible(not in_call)
            self.end_button.setVisible(in_call)
            self.timer.setVisible(in_call)
        for widget in (self.end_button, self.next_button, self.number, self.name, self.email,
                       self.upset, self.request, self.tried, self.notes):
            widget.setEnabled(in_call)
        self.checklist.set_enabled_for_call(in_call)

    def start_call(self, channel: str = "phone") -> None:
        if self.session.active or not self.database_ready:
            return
        self.session.start(channel)

    def _call_started(self, call) -> None:
        self.start_button.setEnabled(False)
        self.counter_button.setEnabled(False)
        self._set_call_widgets(True)
        from desk.core.contacts import display_phone

        self.number.setText(display_phone(call.caller_number, self.services.config.region))
        self.name.setText(call.caller_name or "")
        self.email.setText(call.caller_email or "")
        self.tried.setText(call.tried or "")
        self.request.setText(call.topic or "")
        self._set_request(call.topic)
        self.auto_events: set[str] = set()
        self.notes.blockSignals(True)
        self.notes.setPlainText(call.notes or "")
        self.notes.blockSignals(False)
        self.upset.blockSignals(True)
        self.upset.setChecked(bool(call.upset))
        self.upset.blockSignals(False)
        self.upset_changed.emit(bool(call.upset))
        self.number_error.hide()
        self.email_error.hide()
        self.checklist.show_stage(call.stage, self.session.ticked)
        self.refresh_timer()
        self.ticker.start()
        self.checklist.list.setFocus()
        self.check_repeat_caller()  # a number from the phone system, or a resumed call
        if call.id:  # a resumed call: its console ticks keep their look
            call_id = call.id
            read_op(self, lambda ctx: ctx.calls.ticked_by(call_id)).success(self._show_sources)

    def _show_sources(self, ticked_by: dict) -> None:
        from desk.core.auto_ticks import CONSOLE

        if not self.session.active:
            return
        for (stage, item), by in ticked_by.items():
            if by == CONSOLE and (stage, item) in self.session.ticked:
                self.checklist.set_item_state(stage, item, True, by_console=True)

    def _call_ended(self, _call) -> None:
        self.suggested_outcome = None
        self.ticker.stop()
        self.timer.show_idle()
        self._emit_state(TimerState.CALM)
        for edit in (self.number, self.name, self.email, self.request, self.tried):
            edit.clear()
        self.notes.blockSignals(True)
        self.notes.clear()
        self.notes.blockSignals(False)
        self.upset.blockSignals(True)
        self.upset.setChecked(False)
        self.upset.blockSignals(False)
        self.upset_changed.emit(False)
        self.number_error.hide()
        self.email_error.hide()
        self.repeat_cue.hide()
        self.checklist.show_stage(self.services.content.stages[0].id, set())
        self.set_database_ready(self.database_ready)
        self.start_button.setFocus()

    def refresh_timer(self) -> None:
        if not self.session.active:
            return
        self.timer.show_elapsed(self.session.elapsed_s())
        self._emit_state(self.timer.state)

    def _emit_state(self, state: TimerState) -> None:
        if state != self._last_state:
            self._last_state = state
            self.timer_state_changed.emit(state)

    # -- operator actions --------------------------------------------------------------------

    def _item_toggled(self, stage: str, item: str, done: bool) -> None:
        self.session.mark(stage, item, done)

    # -- ticks that follow what the operator does (desk/core/auto_ticks.py) ----------------

    def console_tick(self, event: str, value: object = True) -> None:
        """Tick the item ``event`` proves, as the console's tick; once per event per call,
        so an item the operator unticked on purpose stays unticked."""
        from desk.core.auto_ticks import CONSOLE, console_tick

        if not self.session.active or not self.follow_operator or event in self.auto_events:
            return
        known = {(stage.id, item) for stage in self.services.content.stages
                 for item in stage.item_ids()}
        key = console_tick(event, value, self.session.ticked, known)
        if key is None:
            return
        self.auto_events.add(event)
        self.session.mark(*key, True, by=CONSOLE)
        self.checklist.set_item_state(*key, True, by_console=True)

    def complete_stage(self) -> None:
        """Tick the stage's remaining items (the operator's ticks) and move to the next."""
        if not self.session.active:
            return
        stage = self.checklist.stage_id
        for item in self.checklist.open_items():
            self.session.mark(stage, item, True)
            self.checklist.set_item_state(stage, item, True, by_console=False)
        self.next_stage()

    def callback_saved(self, callback: dict) -> None:
        """A callback was taken: it proves the caller was told where the request goes;
        its question is the request to read back if none was typed."""
        self.console_tick("callback_saved")
        if not self.request.text().strip() and callback.get("question"):
            self._set_request(" ".join(callback["question"].split())[:200])

    def _set_request(self, text: str | None) -> None:
        """The read-back phrase ("So you would like …") shows once the request is known."""
        self.checklist.set_placeholders(request=(text or "").strip() or None)

    def _request_typed(self, text: str) -> None:
        self.session.update(topic=text)
        self._set_request(text)

    def _request_read_back(self) -> None:
        self.console_tick("read_back", self.request.text())

    def _name_typed(self, text: str) -> None:
        self.session.update(caller_name=text)
        self.console_tick("caller_name", text)

    def _tried_typed(self, text: str) -> None:
        self.session.update(tried=text)
        self.console_tick("tried", text)

    def enter_stage(self, stage: str) -> None:
        if not self.session.active:
            return
        self.session.enter_stage(stage)
        self.checklist.show_stage(stage, self.session.ticked)
        self.checklist.list.setFocus()

    def next_stage(self) -> None:
        following = self.services.content.next_stage(self.checklist.stage_id)
        if following:
            self.enter_stage(following)

    def previous_stage(self) -> None:
        ids = [s.id for s in self.services.content.stages]
        index = ids.index(self.checklist.stage_id)
        if index > 0:
            self.enter_stage(ids[index - 1])

    def typed(self) -> dict:
        """What is in the caller fields right now, exactly as typed (for the alarm)."""
        return {"caller_number": self.number.text().strip(),
                "caller_name": self.name.text().strip(),
                "caller_email": self.email.text().strip(),
                "notes": self.notes.toPlainText()[-500:]}

    # The number and e-mail: each keystroke is kept (as typed while not valid yet, in the
    # log's draft of this call); the stored column gets the normalised value once valid.
    def _contact(self, column: str):
        """(field, its error label, normalise, how a valid value is shown) of a contact."""
        from desk.core.contacts import display_phone, normalise_email, normalise_phone

        region = self.services.config.region
        if column == "caller_number":
            return (self.number, self.number_error, lambda t: normalise_phone(t, region),
                    lambda v: display_phone(v, region))
        return self.email, self.email_error, normalise_email, lambda v: v

    def _contact_typed(self, column: str, text: str) -> None:
        from desk.core.contacts import ContactError

        _field, error, normalise, _shown = self._contact(column)
        text = text.strip()
        self.console_tick(column, text)
        try:
            value = normalise(text) if text else None
        except ContactError:
            self.session.keep_typed(column, text)
            return
        self.session.keep_typed(column, None)
        error.hide()
        if self.session.active and getattr(self.session.call, column) != value:
            self.session.update(**{column: value})
            self.check_repeat_caller()

    def _contact_entered(self, column: str) -> None:
        from desk.core.contacts import ContactError

        field, error, normalise, shown = self._contact(column)
        text = field.text().strip()
        if not self.session.active:
            return
        self._contact_typed(column, text)
        if not text:
            error.hide()
            return
        try:
            value = normalise(text)
        except ContactError as exc:
            # Keep what was typed; say what is wrong right beside it.
            from desk.ui.vocab import problem

            set_plain(error, problem(exc.problem))  # it quotes what was typed
            error.show()
            field.setAccessibleDescription(problem(exc.problem))
            return
        error.hide()
        field.setAccessibleDescription("")
        field.setText(shown(value))

    def check_repeat_caller(self) -> None:
        """Count the caller's calls of the last 30 days off the UI thread; from the Nth
        (norms.repeat_caller_calls) a quiet line with a phrase to thank their patience."""
        from desk.core.repeat_callers import call_number, is_repeat

        call = self.session.current()
        if call is None or not (call.caller_number or call.caller_email):
            self.repeat_cue.hide()
            return
        from desk.core.clock import parse_iso

        number, email, started = call.caller_number, call.caller_email, parse_iso(call.started_at)
        threshold = int(self.services.config.norms.get("repeat_caller_calls", 4))

        def show(earlier: int) -> None:
            if not self.session.active or not is_repeat(earlier, threshold):
                self.repeat_cue.hide()
                return
            phrase = self.services.content.extra.get("patience", "")
            text = self.tr("Call %1 from this caller in 30 days: thank them for their "
                           "patience.").replace("%1", str(call_number(earlier)))
            self.repeat_cue.setText(f"{text}\n“{phrase}”" if phrase else text)
            self.repeat_cue.setAccessibleName(text)
            self.repeat_cue.show()

        read_op(self, lambda ctx: ctx.history.earlier_calls(number, email, started)) \
            .success(show)

    def _notes_changed(self) -> None:
        self.session.update(notes=self.notes.toPlainText())
        self.console_tick("notes", self.notes.toPlainText())

    def _upset_toggled(self, upset: bool) -> None:
        self.session.update(upset=int(upset))
        self.upset_changed.emit(upset)

    def ask_end_call(self, outcome: str | None = None) -> None:
        """The end-of-call dialog; ``outcome`` chosen in it if it may be (e.g. "abuse" only
        after a recorded warning)."""
        if not self.session.active or self.end_dialog is not None:
            return
        self._contact_entered("caller_number")
        self._contact_entered("caller_email")
        call = self.session.current()
        dialog = EndCallDialog(self.services.content.outcomes, self.topics, call.topic or "",
                               self, warned_at=self.session.abuse_warned_at,
                               root_cause=call.root_cause or "")
        self.end_dialog = dialog
        if self.suggested_outcome:
            dialog.outcome.setCurrentIndex(max(0, dialog.outcome.findData(self.suggested_outcome)))
        index = dialog.outcome.findData(outcome) if outcome else -1
        item = dialog.outcome.model().item(index) if index >= 0 else None
        if item is not None and item.isEnabled():
            dialog.outcome.setCurrentIndex(index)
        dialog.accepted.connect(lambda: self._end(
            dialog.chosen_outcome(), dialog.topic.text(), dialog.reason.text().strip() or None,
            dialog.root_cause.text()))
        dialog.finished.connect(self._end_dialog_closed)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def _end(self, outcome: str, topic: str, reason: str | None, root_cause: str = "") -> None:
        call = self.session.current()
        if call is not None and root_cause.strip() != (call.root_cause or "").strip():
            self.session.update(root_cause=root_cause.strip())  # written before the end
            self.console_tick("root_cause", root_cause)
        op = self.session.end(outcome, topic, reason)
        if op is None:
            return
        status = self.window().statusBar()
        status.showMessage(self.tr("Call ended; saving it in the call log…"))
        op.success(lambda _row: (status.showMessage(self.tr("Call saved in the call log."),
                                                    8000), self.load_topics()))

    def _end_dialog_closed(self) -> None:
        self.end_dialog.deleteLater()
        self.end_dialog = None
