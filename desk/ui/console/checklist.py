"""The four-stage checklist: stage tabs, checkable items, phrases and the stage's reminder."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desk.config_schema import SECTIONS
from desk.content import Content, fill
from desk.core.auto_ticks import next_open
from desk.ui.plain import plain_label, set_tooltip

ITEM_ID = Qt.ItemDataRole.UserRole
CALL_PLACEHOLDERS = ("request", "department", "due_date")  # belong to one call only


class StageChecklist(QWidget):
    """Shows one stage at a time; emits what the operator does, stores nothing itself."""

    item_toggled = Signal(str, str, bool)  # stage, item, done
    stage_chosen = Signal(str)

    def __init__(self, content: Content, placeholders: dict[str, object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        # The ring number comes from the config (norms.answer_by_ring); its default until given.
        self.placeholders = {"answer_by_ring": SECTIONS["norms"]["answer_by_ring"].default,
                             **placeholders}
        self.stage_id = content.stages[0].id
        self.ticked: set[tuple[str, str]] = set()
        self.late: dict[tuple[str, str], int] = {}  # item -> ring it was answered on
        self.by_console: set[tuple[str, str]] = set()  # ticked by the console, not the operator
        self.space_moves_on = True  # False only for the keystroke benchmark's "before" path
        self._loading = False
        self.compact = False  # the narrow layout's short tabs (desk/ui/console/layouts.py)

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("stageTabs")
        self.tabs.setAccessibleName(self.tr("Call stages"))
        for stage in content.stages:
            self.tabs.addTab(stage.title)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.list = QListWidget(self)
        self.list.setObjectName("stageChecklist")
        self.list.setAccessibleName(self.tr("Stage checklist"))
        self.list.setAccessibleDescription(self.tr("Space ticks the selected item"))
        self.list.installEventFilter(self)  # Space ticks and moves on
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(self._show_phrases)

        self.phrases = plain_label("", self)
        self.phrases.setObjectName("stagePhrases")
        self.phrases.setWordWrap(True)
        self.phrases.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phrases.setAccessibleName(self.tr("Suggested phrases"))

        self.reminder = plain_label("", self)
        self.reminder.setObjectName("stageReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setAccessibleName(self.tr("Reminder"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.phrases)
        layout.addWidget(self.reminder)
        self.show_stage(self.stage_id, set())

    def show_stage(self, stage_id: str, ticked: set[tuple[str, str]]) -> None:
        """Fill the list for ``stage_id``; ``ticked`` holds the (stage, item) pairs done."""
        self._loading = True
        self.stage_id = stage_id
        ids = [s.id for s in self.content.stages]
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(ids.index(stage_id))
        self.tabs.blockSignals(False)
        stage = self.content.stage(stage_id)
        self.ticked = set(ticked)
        # The rows are reused, never cleared: QListWidget.clear() on a fast stage change
        # could crash in PySide6 while releasing the items' Python wrappers.
        while self.list.count() > len(stage.items):
            self.list.takeItem(self.list.count() - 1)
        for index, item in enumerate(stage.items):
            row = self.list.item(index) or QListWidgetItem(self.list)
            row.setText(self._item_text(stage_id, item))
            row.setData(ITEM_ID, item.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                         | Qt.ItemFlag.ItemIsUserCheckable)
            done = (stage_id, item.id) in ticked
            row.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self._show_source(row, stage_id, item)
        self._loading = False
        open_rows = [i for i, item in enumerate(stage.items) if (stage_id, item.id) not in ticked]
        first = open_rows[0] if open_rows else 0  # the operator starts at the first open item
        self.list.setCurrentRow(first)
        self._show_phrases(first)
        self._show_progress()

    def _show_source(self, row: QListWidgetItem, stage_id: str, item) -> None:
        """An item the console ticked looks different (italic, marked) and says so to a
        screen reader; the operator's own ticks look as they always did."""
        text = self._item_text(stage_id, item)
        by_console = (stage_id, item.id) in self.by_console and (stage_id, item.id) in self.ticked
        font = row.font()
        font.setItalic(by_console)
        row.setFont(font)
        if by_console:
            note = self.tr("ticked by the console")
            row.setText(f"{text}  ({note})")
            set_tooltip(row, self.tr("Ticked by the console from what you did; Space unticks it"))
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text} — {note}")
        else:
            row.setText(text)
            set_tooltip(row, "")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def is_by_console(self, stage_id: str, item_id: str) -> bool:
        return (stage_id, item_id) in self.by_console and (stage_id, item_id) in self.ticked

    def _item_text(self, stage_id: str, item) -> str:
        text = fill(item.text, **self.placeholders) or item.text
        ring = self.late.get((stage_id, item.id))
        if ring is not None:  # said in words, not only by a missing tick
            text += " — " + self.tr("late: answered on ring %1").replace("%1", str(ring))
        return text

    def _show_progress(self) -> None:
        """Each tab says how far its stage is: "2  Clarification  3/6"."""
        for index, stage in enumerate(self.content.stages):
            done = sum((stage.id, item.id) in self.ticked for item in stage.items)
            total = len(stage.items)
            # Narrow layout: only the current stage's tab carries its title.
            title = "" if self.compact and stage.id != self.stage_id else f"{stage.title}  "
            self.tabs.setTabText(index, f"{index + 1}  {title}{done}/{total}")
            self.tabs.setTabToolTip(index, f"{stage.title}: " + self.tr("%1 of %2 done")
                                    .replace("%1", str(done)).replace("%2", str(total)))

    def set_placeholders(self, **values: object) -> None:
        """New values for {placeholders} (``department=None`` forgets one again)."""
        self.placeholders.update(values)
        self._show_phrases(self.list.currentRow())

    def set_item_state(self, stage_id: str, item_id: str, done: bool,
                       late_ring: int | None = None, by_console: bool = True) -> None:
        """Show an item marked by the console itself (e.g. from the phone system), in place:
        the operator's selection stays where it is."""
        key = (stage_id, item_id)
        changed = ((key in self.ticked) != done or self.late.get(key) != late_ring
                   or (key in self.by_console) != by_console)
        if not changed:
            return
        (self.ticked.add if done else self.ticked.discard)(key)
        (self.by_console.add if by_console and done else self.by_console.discard)(key)
        if late_ring is None:
            self.late.pop(key, None)
        else:
            self.late[key] = late_ring
        if stage_id == self.stage_id:
            stage = self.content.stage(stage_id)
            row = self.list.item(stage.item_ids().index(item_id))
            self._loading = True
            row.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            self._show_source(row, stage_id, stage.items[stage.item_ids().index(item_id)])
            self._loading = False
        self._show_progress()

    def set_content(self, content: Content) -> None:
        """Another language: same stages and items, new words; ticks and stage stay."""
        self.content = content
        self.show_stage(self.stage_id, self.ticked)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(self.tr("Call stages"))
        self.list.setAccessibleName(self.tr("Stage checklist"))
        self.list.setAccessibleDescription(self.tr("Space ticks the selected item"))
        self.phrases.setAccessibleName(self.tr("Suggested phrases"))
        self.reminder.setAccessibleName(self.tr("Reminder"))
        self._show_progress()
        self._show_phrases(self.list.currentRow())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_phrases(self, row: int) -> None:
        stage = self.content.stage(self.stage_id)
        item = stage.items[row] if 0 <= row < len(stage.items) else None
        sin = self.content.reminder_for(stage.id, item.id if item else None)
        self.reminder.setText(self.tr("Service sin to avoid — %1: %2").replace("%1", sin.title)
                              .replace("%2", sin.text))
        if item is None:
            self.phrases.clear()
            return
        # A phrase whose {placeholder} has no value yet is left out, never shown raw.
        phrases = [p for p in (fill(text, **self.placeholders) for text in item.phrases) if p]
        if phrases:
            self.phrases.setText("\n".join(f"“{p}”" for p in phrases))
        elif item.phrases:
            self.phrases.setText(self.tr("(the phrase appears once its details are known, "
                                         "e.g. when a callback is taken)"))
        else:
            self.phrases.setText(self.tr("(no phrase: just do it)"))

    def _item_changed(self, row: QListWidgetItem) -> None:
        if self._loading:
            return
        done = row.checkState() == Qt.CheckState.Checked
        key = (self.stage_id, row.data(ITEM_ID))
        if done:
            self.ticked.add(key)
        else:
            self.ticked.discard(key)
        self.by_console.discard(key)  # the operator's word on it now
        self._loading = True
        self._show_source(row, self.stage_id, self.content.stage(self.stage_id).items[
            self.list.row(row)])
        self._loading = False
        self._show_progress()
        self.item_toggled.emit(self.stage_id, row.data(ITEM_ID), done)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Space ticks the selected item and moves to the next open one (unticking stays)."""
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Space and self.list.isEnabled()
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.toggle_current()
            return True
        return super().eventFilter(watched, event)

    def toggle_current(self) -> None:
        row = self.list.currentItem()
        if row is None:
            return
        ticking = row.checkState() != Qt.CheckState.Checked
        row.setCheckState(Qt.CheckState.Checked if ticking else Qt.CheckState.Unchecked)
        if ticking and self.space_moves_on:
            ids = self.content.stage(self.stage_id).item_ids()
            done = {item for stage, item in self.ticked if stage == self.stage_id}
            self.list.setCurrentRow(next_open(ids, self.list.currentRow(), done))

    def open_items(self) -> list[str]:
        """The shown stage's items not ticked yet, in order."""
        return [item for item in self.content.stage(self.stage_id).item_ids()
                if (self.stage_id, item) not in self.ticked]

    def _tab_changed(self, index: int) -> None:
        stage_id = self.content.stages[index].id
        if stage_id != self.stage_id:
            self.stage_chosen.emit(stage_id)

    def set_enabled_for_call(self, enabled: bool) -> None:
        self.list.setEnabled(enabled)
        self.tabs.setEnabled(enabled)
        if not enabled:  # the call is over: its request and callback must not reach the next
            for key in CALL_PLACEHOLDERS:
                self.placeholders.pop(key, None)
            self.late.clear()
            self.by_console.clear()
