"""The difficult-caller playbook as a stepper: keys move the step; safety, the warning and
ending for abuse stay on screen at 1024×700."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import saved_log


def _in_view(window, widget) -> bool:
    if widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(QPoint(0, 0), window.size()).contains(QRect(top_left, widget.size()))


def test_stepper_by_keys_and_safety_in_view_at_1024x700(make_console, qtbot, desk_, clock):
    # A caller with history fills the side column, as on a real morning.
    for n in range(6):
        earlier = desk_.start_call(caller_number="+358401234567")
        desk_.update(earlier.id, notes=f"Earlier note {n} " * 5)
        desk_.end_call(earlier.id, "resolved", f"Topic {n}")
    window = make_console()
    window.resize(1024, 700)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.call_panel
    panel.number.setFocus()
    qtbot.keyClicks(panel.number, "040 123 4567")
    qtbot.keyClick(panel.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Topic 5" in window.caller_history.text.text())
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    playbook = window.playbook
    QApplication.processEvents()
    assert window.size().width() == 1024 and window.size().height() == 700

    assert "Ctrl+Alt+S" in playbook.safety.text()
    assert playbook.position.text() == "Step 1 of 10"
    assert playbook.list.currentItem().text() == "1. Listen for real"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert playbook.current_step_id() == "validate"
    assert playbook.list.currentItem().isSelected()  # the current step is highlighted
    assert "we're going to find a solution" in playbook.phrase.text()
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert playbook.current_step_id() == "listen"
    for _ in range(12):  # to the end, and no further
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert playbook.current_step_id() == "end_abuse"

    for widget in (playbook.safety, playbook.warning.button, playbook.end_abuse):
        assert _in_view(window, widget), widget.objectName()

    # Warn, then End for abuse opens the end dialog with that outcome chosen.
    playbook.warning.button.setFocus()
    qtbot.keyClick(playbook.warning.button, Qt.Key.Key_Space)
    playbook.end_abuse.setFocus()
    qtbot.keyClick(playbook.end_abuse, Qt.Key.Key_Space)
    dialog = panel.end_dialog
    assert dialog.chosen_outcome() == "abuse"
    dialog.reason.setText("insults after the warning")
    dialog._accept()
    assert saved_log(window).execute(
        "select outcome from calls order by id desc").fetchone()[0] == "abuse"
