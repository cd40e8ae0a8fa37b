"""One notice area: one ordinary line during a call, info put away with Esc, the alarm's
own notices only during an alarm, channels by their label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QToolButton

from desk import config as config_mod
from desk.core.clock import FakeClock
from desk.core.notices import NoticeBoard
from tests.alerts.receivers import WebhookReceiver


def cfg(tmp_path, text: str):
    path = tmp_path / "branch.toml"
    path.write_text('[branch]\nname = "Espoo"\n' + text, encoding="utf-8")
    return config_mod.load(path)


def test_board_lifetime_and_put_away_come_back_on_news():
    clock = FakeClock()
    board = NoticeBoard()
    board.post("a", "Alarm tested", "info", now=clock.now(), lifetime_s=60)
    board.post("b", "Callbacks: 1 overdue", "warning", now=clock.now())
    assert board.put_away_notice("a") and not board.put_away_notice("b")  # warnings stay
    assert [n.key for n in board.layout().shown] == ["b"]
    board.post("a", "Alarm tested", "info", now=clock.now())  # the same words: still away
    assert [n.key for n in board.layout().shown] == ["b"]
    board.post("a", "Alarm test failed", "info", now=clock.now(), lifetime_s=60)  # news
    assert {n.key for n in board.layout().shown} == {"a", "b"}
    clock.advance(seconds=61)
    assert board.expire(clock.now()) == ["a"]


def test_one_line_during_a_call_and_esc_puts_an_info_note_away(make_console, qtbot):
    window = make_console()
    area = window.banners
    for key in list(area.banners):  # start from a quiet area (no "no alarm channel")
        area.clear_banner(key)
    area.show_banner("t1", "First note", "info")
    area.show_banner("t2", "Second note", "info")
    area.show_banner("t3", "A warning that matters", "warning")
    assert len(area.shown_texts()) == 3  # between calls: all of them

    area.show_banner("t3", "A warning that matters " * 30, "warning")  # several lines long
    qtbot.keyClick(window, Qt.Key.Key_F2)  # a call starts
    assert area.shown_texts() == ["A warning that matters " * 30]
    line = area.banners["t3"].label
    qtbot.waitUntil(lambda: 0 < line.height() <= line.fontMetrics().lineSpacing() + 2)  # one line
    assert "A warning that matters" in line.toolTip()  # the rest in its tooltip
    more = area.findChild(QToolButton, "moreNoticesButton")
    assert more.isVisible() and "2" in more.text()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)  # opened: all of them, in full
    assert len(area.shown_texts()) == 3
    assert line.maximumHeight() > 1000
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert len(area.shown_texts()) == 1

    area.clear_banner("t3")
    assert area.shown_texts() == ["Second note"]  # the newest info note
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # put away; the next takes its line
    assert area.shown_texts() == ["First note"]
    area.show_banner("t2", "Second note", "info")  # nothing new: stays away
    assert area.shown_texts() == ["First note"]
    area.show_banner("t2", "Second note, changed", "info")
    assert area.shown_texts() == ["Second note, changed"]

    window.statusBar().showMessage("First note")  # never said twice
    assert window.statusBar().currentMessage() == ""


def test_channels_by_label_and_only_the_alarms_notices_during_it(make_console, qtbot,
                                                                tmp_path):
    live = WebhookReceiver()
    try:
        window = make_console(config=cfg(tmp_path, f"""
[security]
ack_timeout_s = 10

[[security.channels]]
type = "webhook"
label = "Security desk"
url = "{live.url}"
"""))
        area = window.banners
        qtbot.waitUntil(lambda: "banner_alarm_channels" in
                        {b.objectName() for b in area.banners.values()}, timeout=3000)
        banner = area.banners["alarm_channels"]
        assert banner.label.text() == "Alarms will arrive on: Security desk."
        assert "webhook" in banner.label.toolTip()
        window.findChild(QAction, "alarmTestAction").trigger()
        qtbot.waitUntil(lambda: "Alarm test: Security desk ✔" in area.texts(), timeout=3000)
        area.show_banner("t1", "An ordinary note", "warning")

        window.findChild(QPushButton, "securityButton").click()
        assert "An ordinary note" not in area.shown_texts()
        assert "Alarms will arrive on: Security desk." not in area.shown_texts()
        window.services.clock.advance(seconds=11)  # nobody acknowledges: its own notice shows
        qtbot.waitUntil(lambda: any("Nobody has acknowledged" in t
                                    for t in area.shown_texts()), timeout=3000)
        assert all("Nobody has acknowledged" in t for t in area.shown_texts())
    finally:
        live.stop()


def test_notices_shown_again_and_again_leave_one_layout_item_each(qtbot):
    """Re-laying out (every notice, every call) must not add a second layout item for a
    banner: the item dangles once that banner goes, and Qt then crashes (it did, under the
    contention soak)."""
    from desk.ui.widgets import BannerArea

    area = BannerArea(clock=FakeClock("2026-11-23T09:00:00Z"))
    qtbot.addWidget(area)
    for n in range(20):
        area.show_banner("saving", f"Not saved yet: notes ({n})", "warning")
        area.show_banner("sync", "Head office: last push 09:00", "info")
        if n % 3 == 0:
            area.clear_banner("saving")
    assert area.layout_.count() == len(area.banners) + 1  # + the "more notices" button
