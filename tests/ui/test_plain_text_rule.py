"""One rule, in one place: the console puts words on screen only through ``desk.ui.plain``.

The source check keeps new code from making a label, a tooltip or a message box any other
way; the screen check builds the console with every part and window open and finds each
label plain text, but for the few that mix our markup with escaped text.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

import desk.ui

UI = Path(desk.ui.__file__).parent
HELPER = UI / "plain.py"
# Labels whose own markup is the point: every outside piece in them goes through escaped().
RICH = {"callerHistoryText", "reviewSummary", "alarmIndicator"}
FORBIDDEN = {
    r"\bQLabel\(": "a label: plain_label() / rich_label()",
    r"\.setToolTip\(": "a tooltip: set_tooltip() / tooltip()",
    r"\bQMessageBox\(": "a message box: message_box()",
    r"\bQMessageBox\.(warning|information|question|critical|about)\(": "warn() / inform() / ask()",
    r"TextFormat\.(RichText|AutoText|MarkdownText)": "rich text: rich_label()",
    r"\.setHtml\(|\.setMarkdown\(": "HTML: escaped() inside a rich_label()",
}


def test_labels_tooltips_and_message_boxes_are_made_only_by_the_helper():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path == HELPER:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, instead in FORBIDDEN.items():
                if re.search(pattern, line):
                    found.append(f"{path.relative_to(UI)}:{number}: use {instead}")
    assert found == []


def test_tooltips_from_models_are_escaped():
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"ToolTipRole[^\n]*:\n\s+return (.*)", text):
            assert match.group(1).startswith(("tooltip(", "None")), f"{path}: {match.group(0)}"


def labels_of(*windows) -> dict[str, Qt.TextFormat]:
    formats = {}
    for window in windows:
        for label in window.findChildren(QLabel):
            if label.objectName().startswith("qt_") or isinstance(label.window(), QMessageBox):
                continue  # Qt's own parts (a message box's icon, a calendar's header)
            key = label.objectName() or f"{type(label.parent()).__name__}:{label.text()[:30]}"
            formats[key] = label.textFormat()
    return formats


def test_every_label_on_screen_is_plain_text_or_escapes_inside(make_console, qtbot, tmp_path,
                                                               clock, content):
    from desk.ui.review.window import ReviewWindow
    from tests.ui.test_callback_dialog import branch, start_call

    window = make_console(config=branch(tmp_path))
    start_call(window, qtbot)
    window.escalation.raise_alarm()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    window.callbacks.open_view()
    window.call_panel.ask_end_call()
    review = ReviewWindow(window.services.db_path, clock, content=content, unlocked=True,
                          poll_s=0.05)
    try:
        QApplication.processEvents()
        formats = labels_of(window, window.callbacks.view, window.callbacks.dialog,
                            window.call_panel.end_dialog, review)
        assert len(formats) > 30  # the whole console, not an empty window
        assert {k for k, f in formats.items() if f == Qt.TextFormat.RichText} <= RICH
        assert {k for k, f in formats.items() if f not in (Qt.TextFormat.PlainText,
                                                           Qt.TextFormat.RichText)} == set()
    finally:
        review.close()
        window.callbacks.view.close()
