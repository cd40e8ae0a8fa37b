"""The pseudo-locale walk: with every translation marked ⟦…⟧ (tests/ui/pseudo.py), each
window and dialog a receptionist or supervisor reaches shows no word that is not marked,
except the test's own data (names, numbers, departments, what was typed)."""

from __future__ import annotations

import getpass
import socket

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from desk import config as config_mod
from desk.ui.console.language_menu import install_translator
from tests.ui import pseudo

# The test's own data, and names that are the same in every language.
DATA = {"Laura Virtanen", "040 7654321", "Billing", "Technical", "Espoo", "Desk",
        "Invoice shows the October reading twice", "Ctrl", "Alt", "Shift", "Esc",
        "billing@example.org", "Customer service", "Front desk", "Branch"}


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    return pseudo.build_qm(tmp_path_factory.mktemp("xx"))


@pytest.fixture
def xx(qapp, pseudo_qm):
    install_translator(qapp, "en")
    QLocale.setDefault(QLocale("fi"))  # dates in a real locale: its month names are data
    translator = pseudo.install(qapp, pseudo_qm)
    yield
    qapp.removeTranslator(translator)
    install_translator(qapp, "en")


@pytest.fixture
def console(xx, qtbot, db_path, clock, content, tmp_path):
    from desk.ui.console.window import DeskConsole
    from desk.ui.services import Services

    path = tmp_path / "branch.toml"
    path.write_text('[branch]\nname = "Espoo"\n[[departments]]\nname = "Billing"\n'
                    'email = "billing@example.org"\n[[departments]]\nname = "Technical"\n',
                    encoding="utf-8")
    config = config_mod.load(path)
    services = Services(db_path=db_path, config=config, clock=clock,
                        content=pseudo.marked_content(content), language="en")
    window = DeskConsole(services)
    window.resize(1100, 720)  # its size on a usual screen (the offscreen one is 800 wide)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready or window.problem is not None)
    QApplication.processEvents()
    yield window
    window.close()


def no_leaks(top, data: set[str]) -> None:
    found = pseudo.leaks(top, data)
    assert not found, "unmarked text:\n" + "\n".join(found)
    # Where text a third longer than English no longer fits: reported (pytest -s), not
    # failed; a translator's longer words land there first.
    for line in pseudo.clipped(top):
        print(f"clipped in {top.objectName() or type(top).__name__}: {line}")


def allowed(window) -> set[str]:
    from desk.content import language_name
    from desk.options import LANGUAGES

    names = {language_name(lang) for lang in LANGUAGES}  # each in its own name, on purpose
    return DATA | names | {window.services.config.operator, window.services.config.workstation_name,
                   getpass.getuser(), socket.gethostname(), str(window.services.db_path)}


def test_the_pseudo_walk_catches_an_unmarked_word(xx, qtbot):
    from PySide6.QtWidgets import QLabel, QWidget

    top = QWidget()
    qtbot.addWidget(top)
    QLabel(pseudo.mark("Start call"), top)
    QLabel("12:30", top)
    QLabel("Most often skipped: " + pseudo.mark("Said hello"), top).setObjectName("leak")
    top.show()
    assert pseudo.leaks(top, set()) == [
        "QLabel leak label: 'Most often skipped: ⟦Said hello···⟧' -> ['Most', 'often', "
        "'skipped']"]


def test_console_idle_and_with_a_call_in_progress(console, qtbot, desk_, clock):
    no_leaks(console, allowed(console))
    earlier = desk_.start_call(caller_number="+358407654321")  # the caller history shows it
    desk_.update(earlier.id, tried="Restarted the meter")
    clock.advance(minutes=5)
    desk_.end_call(earlier.id, "transferred", "Opening hours")
    qtbot.keyClick(console, Qt.Key.Key_F2)
    panel = console.call_panel
    panel.number.setText("040 765 4321")
    panel.number.editingFinished.emit()
    history = console.findChild(QLabel, "callerHistoryText")
    qtbot.waitUntil(lambda: "Opening hours" in history.text())
    qtbot.keyClicks(panel.name, "Laura Virtanen")
    panel.notes.setPlainText("Invoice shows the October reading twice")
    QApplication.processEvents()
    no_leaks(console, allowed(console) | {"Opening hours", "Restarted the meter"})


def test_callback_form_with_errors(console, qtbot):
    qtbot.keyClick(console, Qt.Key.Key_F2)
    qtbot.keyClick(console, Qt.Key.Key_F6)
    dialog = console.findChild(QDialog, "CallbackDialog")
    dialog.phone.setText("12ab")
    dialog.email.setText("laura.example.org")
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    assert dialog.isVisible() and dialog.errors["phone"].isVisible()
    no_leaks(dialog, allowed(console) | {"12ab", "laura.example.org"})


def _call(console, qtbot):
    qtbot.keyClick(console, Qt.Key.Key_F2)
    console.call_panel.number.setText("040 765 4321")
    console.call_panel.number.editingFinished.emit()
    qtbot.keyClicks(console.call_panel.name, "Laura Virtanen")


def test_end_call_dialog_and_the_playbook(console, qtbot):
    _call(console, qtbot)
    qtbot.keyClick(console, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: console.playbook is not None and console.playbook.isVisible())
    no_leaks(console, allowed(console))
    qtbot.keyClick(console, Qt.Key.Key_F4)
    dialog = console.call_panel.end_dialog
    assert dialog is not None and dialog.isVisible()
    no_leaks(dialog, allowed(console))


def test_alarm_board_in_every_state_and_the_cancel_dialog(xx, qtbot):
    from desk.ui.escalation.incident_panel import CancelAlarmDialog, IncidentPanel

    panel = IncidentPanel(["112"])
    qtbot.addWidget(panel)
    states = ["queued", "sending", "delivered", "failed", "acknowledged", "cancelled"]
    deliveries = [{"channel": channel, "message": message, "status": status, "attempts": 2,
                   "last_error": None}
                  for channel, message, status in zip(
                      ["webhook", "email", "lan", "desktop", "webhook:2", "email:2"],
                      ["alarm", "alarm", "alarm", "test", "cancel", "alarm"], states,
                      strict=True)]
    panel.show()
    for incident, overdue in (({"raised_at": "2026-11-26T09:05:00Z"}, False),
                              ({"raised_at": "2026-11-26T09:05:00Z"}, True),
                              ({"raised_at": "2026-11-26T09:05:00Z",
                                "acknowledged_at": "2026-11-26T09:06:00Z",
                                "acknowledged_by": "Guard Mikko"}, False),
                              ({"raised_at": "2026-11-26T09:05:00Z",
                                "cancelled_at": "2026-11-26T09:07:00Z",
                                "cancel_reason": "pressed by mistake"}, False)):
        panel.show_incident(incident, deliveries, overdue_ack=overdue)
        panel.show_recorded(False)
        no_leaks(panel, DATA | {"Guard Mikko", "pressed by mistake"})
    panel.show_incident({"raised_at": "2026-11-26T09:05:00Z"}, [], overdue_ack=False)
    no_leaks(panel, DATA)
    dialog = CancelAlarmDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    no_leaks(dialog, DATA)


def test_callbacks_window(console, qtbot, db, clock):
    from desk.core.callback_desk import CallbackDesk
    from desk.core.callbacks import CallbackForm
    from tests.helpers import loaded, wait_idle

    desk = CallbackDesk(db, clock, console.services.config, "Aino", "desk-1")
    desk.take(CallbackForm(full_name="Laura Virtanen", question="Billed twice",
                           phone="040 123 4567", department="Billing"))
    clock.advance(days=5)
    console.callbacks.open_view()
    wait_idle(console)
    view = console.callbacks.view
    qtbot.addWidget(view)
    loaded(view, console)
    view.table.selectRow(0)
    wait_idle(console)
    no_leaks(view, allowed(console) | {"Billed twice", "Aino", "desk-1", "+358 40 1234567",
                                       "040 1234567"})


def test_about_box(console, qtbot):
    import platform

    from desk.ui.console.about import show_about

    box = show_about(console)
    qtbot.waitUntil(box.isVisible)
    from desk.platform.logging_setup import log_dir

    no_leaks(box, allowed(console) | {"Python", "Qt", platform.python_version(),
                                       str(console.services.config.path), str(log_dir())})
    box.close()


def test_passphrase_prompt(xx, qtbot, clock):
    from desk.report.passphrase import Gate, hash_passphrase
    from desk.ui.review.passphrase import PassphraseDialog

    dialog = PassphraseDialog(Gate(hash_passphrase("correct horse"), clock.monotonic))
    qtbot.addWidget(dialog)
    dialog.show()
    no_leaks(dialog, DATA)
    dialog.findChild(object, "passphraseEdit").setText("guess")
    dialog.try_passphrase()
    no_leaks(dialog, DATA)


def test_review_every_tab_and_the_drill_down(xx, qtbot, tmp_path, clock, content):
    from desk.core import demo
    from desk.store.db import open_db
    from desk.ui.review.window import ReviewWindow

    path = tmp_path / "demo.db"
    db = open_db(path, create=True)
    demo.fill(db, 200, 7, clock.now(), content)
    data = {str(value) for table, column in (
        ("calls", "topic"), ("calls", "caller_name"), ("calls", "operator"),
        ("calls", "workstation"), ("calls", "notes"), ("calls", "end_reason"),
        ("callbacks", "department"), ("callbacks", "full_name"), ("incidents", "operator"),
        ("incidents", "workstation"), ("incidents", "cancel_reason"),
        ("callbacks", "answered_by"), ("incidents", "acknowledged_by"),
        ("callback_notices", "note"), ("deliveries", "last_error"))
        for (value,) in db.execute(f"select distinct {column} from {table}") if value}
    db.conn.close()
    window = ReviewWindow(path, clock, content=pseudo.marked_content(content), unlocked=True,
                          poll_s=0.05)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.last_summary is not None, timeout=10000)
        qtbot.waitUntil(lambda: bool(window.model.pages.get(0)), timeout=10000)
        filled = [lambda: True, lambda: sum(window.duration_chart.values) > 0,
                  lambda: window.coaching.team.rowCount() > 0,
                  lambda: window.incident_table.rowCount() > 0]
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            qtbot.waitUntil(filled[tab], timeout=10000)  # the tab's data is on screen
            no_leaks(window, DATA | data)
        window.tabs.setCurrentIndex(0)
        window.with_callback.setChecked(True)
        qtbot.waitUntil(lambda: window.model.rowCount() > 0 and bool(window.model.pages.get(0)),
                        timeout=10000)
        window.table.selectRow(0)
        qtbot.waitUntil(lambda: "#" in window.detail.toPlainText(), timeout=10000)
        no_leaks(window, DATA | data)
    finally:
        window.close()
