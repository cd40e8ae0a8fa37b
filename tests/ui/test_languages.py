"""Five languages in one console: switched from the menu mid-call, dates in the language's
format, and everything the seeds ask for on screen (shift check, sins, root cause, abuse)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from desk.ui.console.language_menu import install_translator
from tests.helpers import saved_log, wait_idle


@pytest.fixture(autouse=True)
def _english_again(qapp):
    yield
    install_translator(qapp, "en")  # the next test sees the English console again


def _upset_call(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    return window.playbook


def _shift(window, qtbot):
    """The start-of-shift panel, shown once the log said it is not done today."""
    qtbot.waitUntil(lambda: getattr(window, "shift_check", None) is not None
                    and window.shift_check.isVisible())  # shown by the layout, next turn
    return window.shift_check


def test_switching_language_mid_call_keeps_the_call_and_its_ticks(make_console, qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    saved_log(window)
    call_id = window.session.call_id
    checklist = window.call_panel.checklist
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)  # tick "picked up by ring 3"
    window.language_menus.language_actions["fi"].trigger()

    assert window.session.call_id == call_id
    assert checklist.tabs.tabText(0) == "1  Tervehdys  1/4"
    assert checklist.list.item(0).text() == "Vastasit viimeistään puhelimen soidessa 3. kerran"
    assert checklist.list.item(0).checkState() == Qt.CheckState.Checked
    assert window.language_menus.language_menu.title() == "Kie&li"
    assert checklist.list.accessibleName() == "Vaiheen tarkistuslista"
    assert QLocale().name() == "fi_FI"
    assert window.statusBar().currentMessage() == "Kieli: Suomi"

    window.language_menus.language_actions["hi"].trigger()
    assert checklist.tabs.tabText(1).startswith("2  स्पष्टीकरण")
    window.language_menus.language_actions["en"].trigger()
    assert checklist.tabs.tabText(0) == "1  Greeting  1/4"
    marks = saved_log(window).execute(
        "select stage, item, status from stage_marks where item != ''").fetchall()
    assert marks == [("greeting", "answered_by_third_ring", "done")]


def test_console_opens_in_the_language_asked_for(qapp, tmp_path):
    from desk.app import main

    seen = {}

    def step():
        window = qapp._desk_console if hasattr(qapp, "_desk_console") else None
        if window is None or not window.ready:
            QTimer.singleShot(10, step)
            return
        seen["start"] = window.findChild(QPushButton, "startCallButton").text()
        seen["stage"] = window.call_panel.checklist.tabs.tabText(0)
        seen["view"] = window.language_menus.view_menu.title()
        window.close()

    if hasattr(qapp, "_desk_console"):
        del qapp._desk_console
    QTimer.singleShot(0, step)
    assert main(["--db", str(tmp_path / "tl.db"), "--lang", "tl"]) == 0
    assert seen == {"start": "Simulan ang tawag (F2)", "stage": "1  Pagbati  0/4",
                    "view": "Tin&gnan"}


def test_an_unknown_language_is_refused_with_the_list_of_languages(qapp, tmp_path, capsys):
    from desk.app import main

    assert main(["--db", str(tmp_path / "x.db"), "--lang", "sv"]) == 2
    err = capsys.readouterr().err
    assert "unknown language 'sv'" in err and "en, fi, tl, hi, eo" in err


def test_times_follow_the_language(make_console, qtbot, clock):
    window = make_console()
    playbook = _upset_call(window, qtbot)
    window.language_menus.language_actions["fi"].trigger()
    playbook.warning.button.click()
    local = clock.now().astimezone()
    assert f"klo {local.hour}.{local.minute:02d}" in playbook.warning.state.text()


def test_shift_check_is_asked_once_per_day_and_recorded(make_console, qtbot, db_path):
    window = make_console()
    panel = _shift(window, qtbot)
    assert panel.isVisible() and panel.accessibleName() == "Start of shift checklist"
    assert "alarm_tested" not in panel.boxes
    qtbot.waitUntil(lambda: "never tested" in panel.alarm_fact.text())  # its record read back
    panel.boxes["badge"].setFocus()
    qtbot.keyClick(panel.boxes["badge"], Qt.Key.Key_Space)  # keyboard alone
    panel.ready.click()
    assert not panel.isVisible()
    row = saved_log(window).execute("select operator, items from shift_checks").fetchone()
    assert row == (window.services.config.operator, '["badge"]')
    window.close()
    again = make_console()
    wait_idle(again)  # the log was asked off the UI thread: already done today
    assert getattr(again, "shift_check", None) is None


def test_each_stage_reminds_of_a_service_sin_and_the_item_can_name_its_own(make_console,
                                                                           qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    checklist = window.call_panel.checklist
    assert checklist.reminder.text().startswith("Service sin to avoid — Apathy:")
    window.call_panel.enter_stage("clarification")
    checklist.list.setCurrentRow(checklist.content.stage("clarification")
                                 .item_ids().index("personal_question"))
    assert "Robotic script" in checklist.reminder.text()


def test_no_raw_placeholder_before_a_callback_exists(make_console, qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    window.call_panel.enter_stage("confirmation")
    checklist = window.call_panel.checklist
    for row in range(checklist.list.count()):
        checklist.list.setCurrentRow(row)
        assert "{" not in checklist.phrases.text()
    checklist.list.setCurrentRow(0)
    assert checklist.phrases.text() == "“Let me repeat that, to be sure I've understood you " \
                                       "correctly.”"


def test_playbook_starts_with_the_alarm_and_root_cause_is_stored(make_console, qtbot):
    window = make_console()
    playbook = _upset_call(window, qtbot)
    first = playbook.layout_.itemAt(0).widget()
    assert "press the alarm button (Ctrl+Alt+S)" in first.text()
    qtbot.keyClicks(playbook.root_cause.edit, "meter read twice")
    stored = saved_log(window).execute("select root_cause from calls").fetchone()[0]
    assert stored == "meter read twice"
    assert playbook.root_cause.edit.accessibleName() == "Root cause"


def test_end_for_abuse_only_after_a_recorded_warning_and_with_a_reason(make_console, qtbot):
    window = make_console()
    playbook = _upset_call(window, qtbot)
    window.call_panel.ask_end_call()
    dialog = window.call_panel.end_dialog
    index = dialog.outcome.findData("abuse")
    assert not dialog.outcome.model().item(index).isEnabled()
    assert "record a warning first" in dialog.outcome.itemText(index)
    dialog.reject()

    playbook.warning.button.setFocus()
    qtbot.keyClick(playbook.warning.button, Qt.Key.Key_Space)
    assert "Warning recorded at" in playbook.warning.state.text()
    assert not playbook.warning.button.isEnabled()  # one warning is enough
    window.call_panel.ask_end_call()
    dialog = window.call_panel.end_dialog
    assert dialog.outcome.model().item(index).isEnabled()
    dialog.outcome.setCurrentIndex(index)
    dialog._accept()
    assert dialog.isVisible() and "Say why" in dialog.error.text()
    dialog.reason.setText("kept shouting insults after the warning")
    dialog._accept()
    row = saved_log(window).execute("select outcome, end_reason from calls").fetchone()
    assert row == ("abuse", "kept shouting insults after the warning")


def test_end_for_abuse_opens_the_end_dialog_with_abuse_chosen_once_warned(make_console, qtbot):
    window = make_console()
    playbook = _upset_call(window, qtbot)
    playbook.end_abuse.click()  # not warned yet: the dialog, abuse not chosen (nor choosable)
    dialog = window.call_panel.end_dialog
    assert dialog.isVisible() and dialog.outcome.currentData() != "abuse"
    dialog.reject()
    qtbot.waitUntil(lambda: window.call_panel.end_dialog is None)
    playbook.warning.button.click()
    playbook.end_abuse.click()
    dialog = window.call_panel.end_dialog
    assert dialog.isVisible() and dialog.outcome.currentData() == "abuse"
    dialog.reject()


def test_my_controls_have_translated_accessible_names(make_console, qtbot):
    window = make_console()
    playbook = _upset_call(window, qtbot)
    window.language_menus.language_actions["eo"].trigger()
    assert playbook.root_cause.edit.accessibleName() == "Radika kaŭzo"
    assert playbook.warning.button.accessibleName() == "Registri, ke la vokanto estis avertita"
    assert _shift(window, qtbot).ready.accessibleName().startswith("Preta")
    assert playbook.accessibleName() == "Gvidilo por malfacila vokanto"
    assert window.wrap_up.accessibleName() == "Fermaj frazoj"
    labels = [w for w in playbook.findChildren(QLabel) if w.objectName() == "playbook_safety"]
    assert labels and "Minaco al homoj" in labels[0].text()


def test_the_whole_console_follows_a_switch_mid_call(make_console, qtbot):
    window = make_console()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    window.language_menus.language_actions["fi"].trigger()
    assert window.findChild(QPushButton, "endCallButton").text() == "Lopeta puhelu (F4)"
    assert window.findChild(QPushButton, "securityButton").text() == "Turvahälytys (Ctrl+Alt+S)"
    assert window.findChild(QPushButton, "transferFailedButton").text() == \
        "Yhdistäminen epäonnistui: takaisinsoitto (F6)"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Puhelu", "&Työkalut", "Kie&li", "N&äkymä", "&Ohje"]
    assert window.findChild(QLabel, "callTimer").text().endswith("normin sisällä")
    assert window.session.active


def test_every_message_re_set_on_a_switch_exists_in_the_translations():
    """retranslate.py repeats other modules' messages: a renamed source would go stale."""
    import ast
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    known = {(ctx.findtext("name"), msg.findtext("source"))
             for ctx in ET.parse(root / "resources" / "i18n" / "desk_fi.ts").iter("context")
             for msg in ctx.iter("message")}
    tree = ast.parse((root / "desk" / "ui" / "console" / "retranslate.py").read_text())
    used = set()
    for func in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
        names = {t.id: n.value.value for n in ast.walk(func) if isinstance(n, ast.Assign)
                 for t in n.targets if isinstance(t, ast.Name)
                 and isinstance(n.value, ast.Constant)}
        for call in (n for n in ast.walk(func) if isinstance(n, ast.Call)
                     and getattr(n.func, "id", "") == "message"):
            context, source = call.args
            context = names.get(getattr(context, "id", ""), getattr(context, "value", None))
            if isinstance(source, ast.Constant):
                used.add((context, source.value))
    assert len(used) > 25
    assert sorted(used - known) == []


def test_alarm_test_item_is_ticked_when_the_log_shows_a_recent_successful_test(
        make_console, qtbot, db_path, clock):
    from desk.store.db import open_db

    db = open_db(db_path)
    db["incidents"].insert({"id": 7, "kind": "test", "raised_at": "2026-11-20T08:00:00Z"})
    db["deliveries"].insert({"incident_id": 7, "channel": "webhook", "status": "delivered",
                             "attempts": 1, "delivered_at": "2026-11-20T08:00:01Z"})
    db.conn.close()
    window = make_console()
    panel = _shift(window, qtbot)
    assert "alarm_tested" not in panel.boxes  # a fact from the log, not a box to tick
    assert "last proved working" in panel.alarm_fact.text()
    assert "alarm_tested" in panel.ticked() and not panel.boxes["badge"].isChecked()


@pytest.mark.parametrize(("lang", "time_text", "day_text"), [
    ("en", "9:05\u202fAM", "Thursday, November 26, 2026"),
    ("fi", "9.05", "torstaina 26. marraskuuta 2026"),
    ("hi", "9:05 am", "गुरुवार, 26 नवंबर 2026"),
    ("eo", "09:05", "ĵaŭdo, la 26-a de novembro 2026"),  # months in lower case
])
def test_times_and_dates_are_shown_in_the_language_format(qapp, lang, time_text, day_text,
                                                          monkeypatch):
    import time
    from datetime import date

    from desk.ui.dates import local_date, local_time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        install_translator(qapp, lang)
        assert local_time("2026-11-26T09:05:00Z") == time_text
        assert local_date(date(2026, 11, 26), long=True) == day_text
    finally:
        monkeypatch.undo()
        time.tzset()


def test_clicking_a_shift_item_text_ticks_it(make_console, qtbot):
    window = make_console()
    row = _shift(window, qtbot).rows[0]
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
    assert row.box.isChecked()


def test_a_callback_promise_does_not_reach_the_next_call(make_console, qtbot):
    window = make_console()
    checklist = window.call_panel.checklist
    qtbot.keyClick(window, Qt.Key.Key_F2)
    checklist.set_placeholders(department="Billing", due_date="Thursday 26 November")
    window.call_panel.enter_stage("confirmation")
    checklist.list.setCurrentRow(2)
    assert "Billing" in checklist.phrases.text()
    window.session.end("resolved")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    window.call_panel.enter_stage("confirmation")
    checklist.list.setCurrentRow(2)
    assert "Billing" not in checklist.phrases.text()
    assert "once its details are known" in checklist.phrases.text()
