"""A console with [sync] pushes its calls to head office by itself and says how it stands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk import config as config_mod
from tests.helpers import saved_log
from tests.sync.helpers import central_counts


def test_a_call_taken_at_the_console_reaches_head_office(make_console, qtbot, tmp_path,
                                                         server_url):
    path = tmp_path / "branch.toml"
    path.write_text(f'[sync]\nurl = "{server_url}"\ninterval_s = 1\n', encoding="utf-8")
    window = make_console(config=config_mod.load(path))
    label = window.findChild(QLabel, "syncStatus")
    assert label is not None and label.accessibleName() == "Head office sync"

    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    dialog = window.call_panel.end_dialog
    dialog.topic.setText("Opening hours")
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)  # the end of a call wakes the push
    saved_log(window)
    qtbot.waitUntil(lambda: central_counts(server_url)["calls"] == 1, timeout=15000)
    window.sync.refresh()
    qtbot.waitUntil(lambda: "0 waiting" in label.text() and "never" not in label.text(),
                    timeout=15000)


def test_without_sync_the_console_shows_no_sync_line(make_console):
    window = make_console()
    assert window.findChild(QLabel, "syncStatus") is None
