"""Every word on screen in the operator's language: the callback form's field errors (codes
from the core, sentences from the translations), the alarm board's states and channels,
Qt's own buttons, and dates and times in the language's format."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit

from desk.core.callbacks import validate
from desk.ui.callbacks.dialog import CallbackDialog
from desk.ui.console.language_menu import install_translator


@pytest.fixture(autouse=True)
def _english_again(qapp):
    yield
    install_translator(qapp, "en")


def _form(qtbot):
    dialog = CallbackDialog(["Billing"], lambda form: validate(form, "FI", ["Billing"]),
                            check=None)
    qtbot.addWidget(dialog)
    return dialog


def _errors(dialog) -> dict[str, str]:
    return {name: dialog.findChild(QLabel, f"{name}Error").text()
            for name in ("full_name", "question", "phone", "email")}


def test_the_callback_form_says_what_is_wrong_in_finnish(qapp, qtbot):
    install_translator(qapp, "fi")
    dialog = _form(qtbot)
    dialog.phone.setText("12ab")
    dialog.email.setText("laura.example.org")
    dialog.submit()
    errors = _errors(dialog)
    assert errors == {
        "full_name": "Kirjoita soittajan koko nimi.",
        "question": "Kirjoita soittajan kysymys.",
        "phone": "”12ab” ei ole puhelinnumero.",
        "email": "”laura.example.org” ei ole kelvollinen sähköpostiosoite: siitä puuttuu "
                 "@-merkki.",
    }
    assert dialog.phone.accessibleDescription() == errors["phone"]


@pytest.mark.parametrize("lang", ["tl", "hi", "eo"])
def test_the_callback_form_errors_are_never_english(qapp, qtbot, lang):
    install_translator(qapp, lang)
    dialog = _form(qtbot)
    dialog.phone.setText("12")
    dialog.email.setText("a@")
    dialog.submit()
    for field, text in _errors(dialog).items():
        assert text and not re.search(r"\b(Enter|Write|not a|valid|number)\b", text), \
            (field, text)
        assert "{" not in text and "%" not in text


def test_the_alarm_board_says_states_and_channels_in_hindi(qapp, qtbot):
    from desk.ui.escalation.incident_panel import IncidentPanel

    install_translator(qapp, "hi")
    panel = IncidentPanel(["112"])
    qtbot.addWidget(panel)
    states = ["queued", "sending", "delivered", "failed", "acknowledged", "cancelled"]
    panel.show_incident({"raised_at": "2026-11-26T09:05:00Z"},
                        [{"channel": channel, "message": message, "status": status,
                          "attempts": 2, "last_error": None}
                         for channel, message, status in zip(
                             ["webhook", "email", "lan", "desktop", "webhook:2", "email:2"],
                             ["alarm", "alarm", "alarm", "test", "cancel", "alarm"], states,
                             strict=True)], overdue_ack=False)
    cells = [panel.board.item(row, column).text()
             for row in range(panel.board.rowCount()) for column in (0, 1)]
    for text in cells:
        assert re.search(r"[\u0900-\u097F]", text), text
        assert not re.search(r"queued|sending|delivered|failed|retrying|acknowledged|cancelled"
                             r"|webhook|email|desktop|lan\b", text), text
    assert panel.board.item(2, 1).text() == "✔ पहुँच गया · 2×"


BUTTONS = {"fi": ["Tallenna", "Peru", "Hylkää", "OK"],
           "tl": ["I-save", "Kanselahin", "Itapon", "OK"],
           "hi": ["सहेजें", "रद्द करें", "हटा दें", "ठीक है"],
           "eo": ["Konservi", "Nuligi", "Forĵeti", "Bone"]}


@pytest.mark.parametrize("lang", list(BUTTONS))
def test_qt_standard_buttons_speak_the_language(qapp, qtbot, lang):
    install_translator(qapp, lang)
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    texts = [box.addButton(button).text() for button in (
        QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Discard, QDialogButtonBox.StandardButton.Ok)]
    assert [text.replace("&", "") for text in texts] == BUTTONS[lang]


@pytest.mark.parametrize("lang", list(BUTTONS))
def test_the_text_field_menu_speaks_the_language(qapp, qtbot, lang):
    install_translator(qapp, lang)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    words = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert words and not {"Undo", "Redo", "Cut", "Copy", "Paste", "Delete",
                          "Select All"} & set(words)


@pytest.mark.parametrize(("lang", "stamp", "chart_day", "short_day", "field"), [
    ("fi", "26.11.2026 13.06", "26.11.", "9.12.2026", "d.M.yyyy"),
    ("en", "11/26/26 1:06\u202fPM", "11/26", "12/9/26", "M/d/yyyy"),
    ("hi", "26/11/26 1:06 pm", "26/11", "9/12/26", "d/M/yyyy"),
    ("eo", "2026-11-26 13:06", "11-26", "2026-12-09", "yyyy-MM-dd"),
])
def test_dates_and_times_follow_the_language(qapp, monkeypatch, lang, stamp, chart_day,
                                             short_day, field):
    import time

    from desk.ui.dates import date_edit_format, day_month, local_date, local_time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        install_translator(qapp, lang)
        assert local_time("2026-11-26T13:06:00Z", with_date=True) == stamp
        assert day_month(date(2026, 11, 26)) == chart_day
        assert local_date(date(2026, 12, 9)) == short_day
        assert date_edit_format() == field  # the review's and callbacks' date fields
    finally:
        monkeypatch.undo()
        time.tzset()


def test_finnish_never_shows_a_twelve_hour_clock(qapp, monkeypatch):
    import time

    from desk.ui.dates import local_time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        install_translator(qapp, "fi")
        assert [local_time(f"2026-11-26T{h:02d}:06:00Z") for h in (0, 9, 13, 23)] == \
            ["0.06", "9.06", "13.06", "23.06"]
    finally:
        monkeypatch.undo()
        time.tzset()
