"""Start of shift (seed 001): a short readiness checklist, once per operator per day.

A panel at the top of the side column, not a dialog: it never stands between the
receptionist and a ringing phone. "Ready" records it (``shift_checks``); "Not yet" hides
it until the console opens again. "Alarm tested" is not a box anyone can tick: it is a
fact from the log (``desk.core.alarm_proof``), shown as a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.content import Content, fill
from desk.core.states import AlarmEvent
from desk.ui.plain import plain_label, set_plain

ALARM_TESTED = "alarm_tested"  # the shift item the log answers


class _TogglingLabel(QLabel):
    """Clicking the text ticks the box, as a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget):
        super().__init__(parent)
        set_plain(self, text)  # the branch's own items, from its config
        self.box = box
        self.setWordWrap(True)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.box.toggle()
        super().mousePressEvent(event)


class _CheckRow(QWidget):
    """A check box whose text wraps (a QCheckBox's own text never does, and a long line
    would widen the whole side column). The label toggles the box like its own text."""

    def __init__(self, text: str, parent: QWidget):
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text)
        self.label = _TogglingLabel(text, self.box, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)


class ShiftCheckPanel(QGroupBox):
    confirmed = Signal(list)  # ids of the items ticked
    postponed = Signal()

    def __init__(self, content: Content, placeholders: dict[str, object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shiftCheckPanel")
        self.placeholders = placeholders
        self.intro = plain_label("", self)
        self.intro.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        self.rows: list[_CheckRow] = []
        self.items_layout = QVBoxLayout()
        self.alarm_fact = plain_label("", self)
        self.alarm_fact.setObjectName("shiftAlarmFact")
        self.alarm_fact.setWordWrap(True)
        self.alarm_proven = False  # tested within the branch's test_max_age_days
        self._fact: tuple[str | None, int | None, int] = (None, None, 0)
        self.ready = QPushButton(self)
        self.ready.setObjectName("shiftReadyButton")
        self.ready.clicked.connect(self._confirm)
        self.later = QPushButton(self)
        self.later.setObjectName("shiftLaterButton")
        self.later.clicked.connect(self._postpone)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later)
        buttons.addWidget(self.ready)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.items_layout)
        layout.addWidget(self.alarm_fact)
        layout.addLayout(buttons)
        self.set_content(content)
        self.retranslate()

    def set_content(self, content: Content) -> None:
        ticked = set(self.ticked())
        for row in self.rows:
            self.items_layout.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.boxes, self.rows = {}, []
        for step in content.shift:
            if step.id == ALARM_TESTED:  # a fact from the log, never a tick (see above)
                continue
            text = fill(step.text, **self.placeholders)
            if text is None:
                continue
            row = _CheckRow(text, self)
            row.box.setObjectName(f"shift_{step.id}")
            row.box.setChecked(step.id in ticked)
            self.items_layout.addWidget(row)
            self.rows.append(row)
            self.boxes[step.id] = row.box

    def retranslate(self) -> None:
        self.setTitle(self.tr("Start of shift"))
        self.setAccessibleName(self.tr("Start of shift checklist"))
        self.intro.setText(self.tr("Before the first call: is the desk ready? Tick what is "
                                   "done (Space), then Ready."))
        self.ready.setText(self.tr("&Ready"))
        self.ready.setAccessibleName(self.tr("Ready: record the start-of-shift check"))
        self.later.setText(self.tr("Not &yet"))
        self.later.setAccessibleName(self.tr("Not yet: ask again when Desk opens"))
        if self.alarm_fact.text():
            self.show_alarm_fact(*self._fact)

    def ticked(self) -> list[str]:
        """What is recorded: the boxes ticked, and "alarm tested" when the log proves it."""
        ticked = [key for key, box in self.boxes.items() if box.isChecked()]
        return ticked + [ALARM_TESTED] if self.alarm_proven else ticked

    def show_alarm_fact(self, proven: str | None, age_days: int | None, max_days: int,
                        read: bool = True) -> None:
        """The alarm's last proof, as the log has it (``proven``: its time, or None);
        ``read`` False: the alarm's record is not read back yet (nothing is claimed)."""
        from desk.ui.dates import local_time

        self._fact = (proven, age_days, max_days, read)
        self.alarm_proven = read and age_days is not None and age_days <= max_days
        if not read:
            text = self.tr("Alarm: reading its last test from the log…")
            self.alarm_fact.setText(text)
            self.alarm_fact.setAccessibleName(text)
            return
        if proven is None:
            text = self.tr("Alarm: never tested from this console. Test it now: Tools ▸ Test "
                           "the alarm.")
        elif self.alarm_proven:
            text = self.tr("Alarm: last proved working %1 (from the log).").replace(
                "%1", local_time(proven, with_date=True))
        else:
            text = self.tr("Alarm: last proved working %1, more than %2 days ago. Test it "
                           "now: Tools ▸ Test the alarm.").replace(
                "%1", local_time(proven, with_date=True)).replace("%2", str(max_days))
        self.alarm_fact.setText(("✔ " if self.alarm_proven else "✖ ") + text)
        self.alarm_fact.setAccessibleName(text)

    def _confirm(self) -> None:
        self.confirmed.emit(self.ticked())
        self.hide()

    def _postpone(self) -> None:
        self.postponed.emit()
        self.hide()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(shell) -> None:
    """Once the log is open: show the checklist if this operator has not confirmed it
    today on this log (asked off the UI thread)."""
    from desk.ui.ops import read_op

    services = shell.services
    operator = services.config.operator
    shell.ready.connect(lambda: read_op(
        shell, lambda ctx: ctx.shift.checked(operator))
        .success(lambda checked: checked or _show(shell)))


def _show(shell) -> ShiftCheckPanel:
    from desk.ui.ops import Change, run_op

    services = shell.services
    cfg = services.config
    panel = ShiftCheckPanel(services.content,
                            {"test_days": cfg.security.get("test_max_age_days")}, shell.host)

    def confirmed(items: list) -> None:
        run_op(shell, lambda ctx: ctx.shift.record_check(
            cfg.operator, cfg.workstation_name, items), changes={Change.SHIFT},
            label=QCoreApplication.translate("ShiftCheckPanel", "the start-of-shift check")) \
            .success(lambda _at: shell.status.say(QCoreApplication.translate(
                "ShiftCheckPanel", "Start of shift recorded. Have a good shift!"), 8000))

    panel.confirmed.connect(confirmed)
    shell.language_changed.connect(panel.set_content)  # the same boxes, in the new words
    shell.side.put_on_top(panel)
    show_alarm_fact(shell, panel)
    # The alarm's record read back, or a test's result: the fact follows while it is shown.
    shell.alarm_event.connect(lambda kind, _details: panel.isVisible() and kind in (
        AlarmEvent.RESTORED, AlarmEvent.DELIVERY) and show_alarm_fact(shell, panel))
    # Ready re-reads the log first: a test run while the panel was open counts.
    panel.ready.pressed.connect(lambda: show_alarm_fact(shell, panel))
    return panel


def show_alarm_fact(shell, panel: ShiftCheckPanel) -> None:
    """The alarm's last proof (a test, or a real alarm that reached every channel) from
    the alarm service, which reads it from the log at start and keeps it current."""
    from desk.core.alarm_proof import proof_age_days

    services = shell.services
    alarm = shell.alarm
    read = alarm is None or alarm.proof_read()
    last = alarm.last_test() if alarm is not None and read else None
    max_days = int(services.config.security.get("test_max_age_days") or 0)
    panel.show_alarm_fact(last, proof_age_days(last, services.clock), max_days, read)
