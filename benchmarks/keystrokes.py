"""Keystrokes for one complete keyboard-only call: today's path against the new one.

The real console runs offscreen; every key is a QTest key event (a chord such as Alt+N or
Ctrl+Enter counts as one keystroke, each typed character as one). The same call both
ways: caller's name, number, what they already tried, notes, the request as topic, every
item of the four stages done, the call ended and saved.

* before: the checklist as it was — Space ticks only (↓ to move), F3 for each stage,
  nothing ticked by what the operator types (the console's own ticks switched off).
* after: what the operator fills ticks the items it proves, Space moves on, Ctrl+Enter
  completes the stage and moves on, Enter in the request field is the read-back and the
  request becomes the end dialog's topic.

Printed: command keys (everything but the caller's words), typed characters, and the
totals, after/before as a ratio. Target: command keys after <= 0.5 x before.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent.parent))

CALL = {"name": "Laura Virtanen", "number": "040 765 4321", "tried": "restarted the meter",
        "notes": "October read twice", "request": "a corrected October invoice"}


class Keyboard:
    """QTest key events to the focused widget, counted."""

    def __init__(self, app, window):
        self.app, self.window = app, window
        self.commands = self.typed = 0

    def _target(self):
        from PySide6.QtWidgets import QApplication

        modal = QApplication.activeModalWidget()
        return (modal.focusWidget() if modal is not None else None) \
            or QApplication.focusWidget() or self.window

    def key(self, key, modifiers=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(self._target(), key, modifiers or Qt.KeyboardModifier.NoModifier)
        self.app.processEvents()
        self.commands += 1

    def text(self, words: str) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(self._target(), words)
        self.app.processEvents()
        self.typed += len(words)


def wait_until(app, condition, timeout_s: float = 20.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")


def before(kb: Keyboard, window) -> None:
    from PySide6.QtCore import Qt

    key, alt, ctrl = Qt.Key, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    window.call_panel.follow_operator = False
    window.call_panel.checklist.space_moves_on = False
    stages = window.services.content.stages

    def tick_all(count: int) -> None:
        for index in range(count):
            if index:
                kb.key(key.Key_Down)
            kb.key(key.Key_Space)

    kb.key(key.Key_F2)
    tick_all(len(stages[0].items))
    kb.key(key.Key_F3)
    for mnemonic, field in ((key.Key_A, "name"), (key.Key_N, "number"),
                            (key.Key_I, "tried"), (key.Key_O, "notes")):
        kb.key(mnemonic, alt)
        kb.text(CALL[field])
    kb.key(key.Key_2, ctrl)  # back to the checklist
    tick_all(len(stages[1].items))
    for stage in stages[2:]:
        kb.key(key.Key_F3)
        tick_all(len(stage.items))
    end_call(kb, window, type_topic=True)


def after(kb: Keyboard, window) -> None:
    from PySide6.QtCore import Qt

    key, alt, ctrl = Qt.Key, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    kb.key(key.Key_F2)
    kb.key(key.Key_Return, ctrl)  # greeting done
    for mnemonic, field in ((key.Key_A, "name"), (key.Key_N, "number"),
                            (key.Key_I, "tried"), (key.Key_O, "notes")):
        kb.key(mnemonic, alt)
        kb.text(CALL[field])
    kb.key(key.Key_Return, ctrl)  # the rest of clarification
    kb.key(key.Key_Q, alt)
    kb.text(CALL["request"])
    kb.key(key.Key_Return)  # read back
    kb.key(key.Key_Return, ctrl)
    kb.key(key.Key_Return, ctrl)  # closing done
    end_call(kb, window, type_topic=False)


def end_call(kb: Keyboard, window, type_topic: bool) -> None:
    from PySide6.QtCore import Qt

    everything = {(s.id, i) for s in window.services.content.stages for i in s.item_ids()}
    missing = everything - window.session.ticked
    if missing:
        raise SystemExit(f"the path left items open: {sorted(missing)}")
    kb.key(Qt.Key.Key_F4)
    if type_topic:
        kb.key(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Topic
        kb.text(CALL["request"])
    if window.call_panel.end_dialog.topic.text() != CALL["request"]:
        raise SystemExit("the end dialog's topic is not the request")
    kb.key(Qt.Key.Key_Return)
    if window.session.active:
        raise SystemExit("the call did not end")


def run(path) -> tuple[int, int]:
    from PySide6.QtWidgets import QApplication

    from desk import config, content
    from desk.core.clock import SystemClock
    from desk.ui.console.window import DeskConsole
    from desk.ui.services import Services

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="desk-keys-"))
    services = Services(db_path=tmp / "desk.db", config=config.defaults(), clock=SystemClock(),
                        content=content.load("en"), language="en")
    window = DeskConsole(services)
    window.show()
    window.activateWindow()
    window.open_database()
    wait_until(app, lambda: window.ready)
    kb = Keyboard(app, window)
    path(kb, window)
    window.close()
    return kb.commands, kb.typed


def main() -> None:
    old_keys, old_typed = run(before)
    new_keys, new_typed = run(after)
    print(f"command keys  before {old_keys:4d}  after {new_keys:4d}  "
          f"ratio {new_keys / old_keys:.2f} (target <= 0.50)")
    print(f"typed chars   before {old_typed:4d}  after {new_typed:4d}  (the caller's words)")
    print(f"all keys      before {old_keys + old_typed:4d}  after {new_keys + new_typed:4d}  "
          f"ratio {(new_keys + new_typed) / (old_keys + old_typed):.2f}")
    if new_keys > old_keys / 2:
        raise SystemExit("more than half of today's command keys")


if __name__ == "__main__":
    main()
