"""Text from outside is text: hostile strings through every way text enters the console.

A caller's name from the phone system, a LAN alarm from another console, the callback
form, the end-call dialog, a merged log, the review's search and table. Each time the
console stays up, shows the text literally, and loads no resource.

"Loads no resource" is checked with FIFOs: ``marker.png`` (reached by a ``file:`` URL and
by its plain path) and a file named like a UNC path, ``\\\\host\\share\\x.png``, in the
current folder (where Qt on Linux looks for it). A shell loop serves each FIFO and leaves
a flag file whenever anything opens it, so an ``<img src>`` that Qt would read is seen
without blocking the test. ``<img src="/dev/zero">`` makes Qt read until the process
aborts: it only ever goes to a console in a child process, run under an address-space
limit so that today's code fails fast instead of eating the machine's memory.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from desk import config as config_mod
from desk import instance_link
from desk.cli import main

PLAIN = Qt.TextFormat.PlainText
UNC = "\\\\host\\share\\x.png"
DEV_ZERO = '<img src="/dev/zero">'
ADDRESS_SPACE = 2 * 2**30  # a console needs ~0.5 GB; reading /dev/zero hits this in ~1 s
HARMLESS = ("This plugin does not support propagateSizeHints",
            "This plugin does not support raise", "This plugin does not support activateWindow")


@pytest.fixture(autouse=True)
def _no_machine_config(tmp_path, monkeypatch):
    """Only the test's own config: not a machine-wide one another test may be writing."""
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))


@dataclass
class Resources:
    """FIFOs a rich-text label would read, and who opened them."""

    folder: Path
    fifos: list[Path] = field(default_factory=list)
    servers: list[subprocess.Popen] = field(default_factory=list)

    @property
    def marker(self) -> Path:
        return self.fifos[0]

    def opened(self) -> list[str]:
        return [p.name for p in self.fifos if Path(f"{p}.opened").exists()]

    def hostile(self) -> list[str]:
        """What a stranger may send, one string per way of attack (no /dev/zero here)."""
        return [
            f'<img src="file://{self.marker}"> Ann',
            f'<img src="{self.marker}">',
            f'<img src="{UNC}">',
            '<a href="https://example.org/">click</a> <b>bold</b> <qt>',
            "Ann\u202egnp.exe",  # right-to-left override
            "bell\x07 nul\x00 esc\x1b[2J",
            "half \ud83d surrogate",
            "y" * 100_000,
        ]


@pytest.fixture
def resources(tmp_path, monkeypatch):
    # A short folder: config names are capped at 100 characters, and a tag naming the
    # marker must still fit in one (pytest's own tmp paths are long).
    folder = Path(tempfile.mkdtemp(prefix="dh", dir="/tmp"))
    monkeypatch.chdir(folder)  # a UNC name resolves here on Linux
    found = Resources(folder)
    for name in ("marker.png", UNC):
        path = folder / name
        os.mkfifo(path)
        found.fifos.append(path)
        found.servers.append(subprocess.Popen(
            ["sh", "-c", 'while :; do exec 3>"$1"; : > "$2"; exec 3>&-; done', "sh",
             str(path), f"{path}.opened"]))
    yield found
    for server in found.servers:
        server.kill()
        server.wait()
    for path in found.fifos:  # a label left from this test that reads it later must not hang
        path.unlink()
        path.touch()
    shutil.rmtree(folder, ignore_errors=True)


def shown_everywhere(*widgets) -> None:
    """Lay out and paint: where Qt would load an image, it does it here."""
    for widget in widgets:
        widget.grab()
    QApplication.processEvents()


def assert_literal(label: QLabel, needle: str = "<img") -> None:
    assert label.textFormat() == PLAIN, label.objectName()
    assert needle in label.text()


def assert_escaped_tooltip(text: str) -> None:
    assert text.startswith("<qt>") and "<img" not in text and "&lt;img" in text


# -- the helpers themselves ------------------------------------------------------------------


@given(st.text())
def test_shown_text_has_no_controls_overrides_or_lone_surrogates(text):
    from desk.core.textsafety import BIDI_CONTROLS, display_text

    shown = display_text(text)
    assert not any((ord(ch) < 0x20 and ch != "\n") or 0x7F <= ord(ch) < 0xA0
                   or ch in BIDI_CONTROLS or 0xD800 <= ord(ch) <= 0xDFFF for ch in shown)
    assert len(display_text(text, 50, one_line=True)) <= 51 * 6  # capped (escapes are longer)
    assert "\n" not in display_text(text, one_line=True)


def test_shown_text_keeps_what_real_names_need():
    from desk.core.textsafety import display_text

    for name in ("Äiti Virtanen", "सीता\u200dशर्मा", "محمد\u200f", "O'Brien & Söhne <AB>"):
        assert display_text(name) == name
    assert display_text("Ann\u202eexe.doc\x00") == "Ann\\u202eexe.doc\\x00"
    assert display_text("y" * 100_000, 200) == "y" * 200 + "…"


def test_a_tooltip_and_a_notification_show_markup_as_text():
    from desk.platform.notifications import notification_text
    from desk.ui.plain import escaped, tooltip

    tip = tooltip('<img src="/dev/zero">\nnext line')
    assert tip == "<qt>&lt;img src=&quot;/dev/zero&quot;&gt;<br>next line</qt>"
    assert escaped("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert tooltip(None) == "" and tooltip("") == ""
    title, body = notification_text("<b>Desk</b>", '<img src="file:///x"> Ann\u202e', markup=True)
    assert title == "<b>Desk</b>"  # a notification's title is never markup
    assert body == '&lt;img src="file:///x"&gt; Ann\\u202e'
    assert notification_text("t", "<b>x</b>", markup=False)[1] == "<b>x</b>"


def test_the_phone_hook_stores_a_name_that_is_not_utf8(db_path, capsys):
    assert phone(db_path, "incoming", "+358401111111", "--name", "Ann \udcff\udcfe") == 0
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select name from phone_events").fetchone()[0] == "Ann \ufffd\ufffd"
    assert phone(db_path, "incoming", "+" + "3" * 70) == 2
    assert "at most 64 characters" in capsys.readouterr().err


# -- the phone hook ----------------------------------------------------------------------------


def phone(db_path, *argv) -> int:
    return main([*argv, "--no-start", "--db", str(db_path)])


def test_caller_names_from_the_phone_hook_are_shown_as_text(make_console, db_path, resources,
                                                             qtbot, capsys):
    from tests.helpers import wait_idle

    window = make_console()
    first = f'<img src="file://{resources.marker}"> Ann\u202e\x00'
    assert phone(db_path, "incoming", "+358401111111", "--name", first) == 0
    window.phone_link.poll()
    wait_idle(window)
    for number, hostile in enumerate(resources.hostile()):
        code = phone(db_path, "incoming", f"+35840222222{number}", "--name", hostile)
        assert code == 0  # a name longer than 200 is cut; the call still rings (stderr says so)
        window.phone_link.poll()
        wait_idle(window)
        shown_everywhere(window)
        assert resources.opened() == []
        banner = window.banners.banners["incoming"]
        assert banner.label.textFormat() == PLAIN
        text = banner.label.text()
        assert "Another call is ringing" in text and "\x00" not in text and "\u202e" not in text
        assert "\ud83d" not in text
        if hostile.startswith("<"):
            assert hostile[:10] in text  # the tag itself, literally
        if len(hostile) > 200:
            assert "y" * 200 + "…" in text and "y" * 201 not in text
            assert "longer than 200 characters; cut" in capsys.readouterr().err
    # The ringing call's name in its field: as sent, its controls shown, not obeyed.
    name = window.call_panel.name.text()
    assert name.startswith("<img src=") and "\\u202e" in name and "\x00" not in name
    assert window.session.current().caller_name == name
    capsys.readouterr()


# -- real processes: a console, the phone hook, another console on the LAN ---------------------


def desk_env(tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_RUNTIME_DIR=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_DIRS=str(tmp_path / "xdg"), DESK_ANNOUNCE_READY="1",
               PYTHONPATH=str(Path(__file__).parents[2]))
    env.pop("DESK_DB", None)
    env.pop("DESK_CONFIG", None)
    return env


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


class Console:
    """A real ``desk`` console in a child process, in the folder with the FIFOs."""

    def __init__(self, db: Path, env: dict, cwd: Path, *extra: str):
        self.db = db
        self.proc = subprocess.Popen([sys.executable, "-m", "desk", "--db", str(db), *extra],
                                     env=env, cwd=cwd, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, preexec_fn=_limited)

    def wait_ready(self) -> None:
        line = self.proc.stdout.readline()
        assert "desk ready" in line, line or self.proc.stderr.read()

    def alive(self) -> bool:
        """Still running and its window's event loop still answers."""
        return self.proc.poll() is None and instance_link.console_pid(self.db) == self.proc.pid

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=15)
        err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return err


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()
            and not any(h in line for h in HARMLESS)]


def wait_for(console: Console, query: str, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert console.proc.poll() is None, f"the console died: {console.proc.returncode}"
        try:
            with sqlite3.connect(console.db, timeout=1) as conn:
                row = conn.execute(query).fetchone()
            if row and row[0]:
                return row
        except sqlite3.OperationalError:
            pass  # not created or migrated yet
        time.sleep(0.05)  # polling another process's file
    raise AssertionError(f"timed out waiting for: {query}")


def run_desk(env: dict, cwd: Path, *argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desk", *argv], env=env, cwd=cwd,
                          capture_output=True, timeout=60)


pytestmark_process = pytest.mark.process  # real processes: marked like tests/e2e


@pytestmark_process
def test_a_real_console_stays_up_whatever_name_the_phone_system_passes(tmp_path, resources):
    db, env = tmp_path / "desk.db", desk_env(tmp_path)
    console = Console(db, env, resources.folder)
    try:
        console.wait_ready()
        done = run_desk(env, resources.folder, "incoming", "+358401111111", "--name", "Test Caller",
                        "--db", str(db))
        assert done.returncode == 0, done.stderr
        wait_for(console, "select id from calls where caller_number = '+358401111111'")
        # Each of these rings while that call is on: the "another call" banner shows it.
        names = [DEV_ZERO, f'<img src="file://{resources.marker}">', f'<img src="{UNC}">',
                 os.fsencode("\udcff<b>not UTF-8</b>\u202e\x07")]
        for number, name in enumerate(names):
            done = run_desk(env, resources.folder, "incoming", f"+35840333333{number}",
                            "--name", name, "--db", str(db))
            assert done.returncode == 0 and b"handed to the console" in done.stdout, done.stderr
            wait_for(console, "select consumed_at from phone_events where number = "
                              f"'+35840333333{number}'")
            assert console.alive(), "the console stopped answering"
        done = run_desk(env, resources.folder, "answered", "--db", str(db))
        assert done.returncode == 0
        wait_for(console, "select answered_at from calls where caller_number = '+358401111111'")
        assert console.alive()
        with sqlite3.connect(db) as conn:
            stored = conn.execute("select name from phone_events where number = "
                                  "'+358403333333'").fetchone()[0]
        assert stored == "\ufffd<b>not UTF-8</b>\u202e\x07"  # kept as sent, shown safely
    finally:
        err = console.stop()
    assert console.proc.returncode == -signal.SIGTERM  # ended by us, not by an abort
    assert unexpected(err) == []
    assert resources.opened() == []


SENDER = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from desk import config as config_mod
    from desk.alerts.service import AlarmService
    from desk.core.calls import Identity
    from desk.core.clock import SystemClock

    config_path, db_path, context = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    cfg = config_mod.load(Path(config_path))
    service = AlarmService(Path(db_path), cfg, SystemClock(),
                           Identity(cfg.operator, cfg.workstation_name, cfg.branch["name"]))
    service.start()
    try:
        uid = service.raise_alarm(context)
        service.book.wait_tried(uid, timeout=15)
        print(json.dumps([str(d.state) for d in service.view(uid).deliveries]), flush=True)
    finally:
        service.stop()
""")


def udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def lan_config(path: Path, name: str, port: int, peer: int) -> Path:
    path.write_text(f'[workstation]\nname = "{name}"\n[[security.channels]]\ntype = "lan"\n'
                    f'port = {port}\ninterface = "127.0.0.1"\npeers = ["127.0.0.1:{peer}"]\n'
                    f'key = "HjmE24tuX+F90ho9VIOa6CBdc6Q4gr8X8Eqm0lr68fk="\n', encoding="utf-8")
    return path


def send_alarm(tmp_path: Path, port: int, peer: int, context: dict) -> list[str]:
    """Another console's alarm service, in its own process, raises one alarm."""
    script = tmp_path / "sender.py"
    script.write_text(SENDER, encoding="utf-8")
    config = lan_config(tmp_path / "sender.toml", "desk-2", port, peer)
    done = subprocess.run([sys.executable, str(script), str(config), str(tmp_path / "sender.db"),
                           json.dumps(context)], env=desk_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@pytestmark_process
def test_an_alarm_from_another_console_is_shown_as_text(tmp_path, make_console, qtbot, clock,
                                                        resources):
    clock.set(datetime.now(UTC))  # sealed LAN packets carry their time
    mine, theirs = udp_port(), udp_port()
    window = make_console(config=config_mod.load(
        lan_config(tmp_path / "mine.toml", "desk-1", mine, theirs)))
    window.escalation.start_service()
    # (A lone surrogate cannot be sealed by a sender: the display helper's own test has it.)
    context = {"caller_name": f'<img src="file://{resources.marker}"> Ann\u202e\x00',
               "caller_number": f'<img src="{UNC}">',
               "topic": '<a href="https://example.org/">x</a>', "notes": "z" * 400}
    assert send_alarm(tmp_path, theirs, mine, context) == ["delivered"]
    qtbot.waitUntil(lambda: bool(window.escalation.remote_alerts), timeout=10000)
    alert = next(iter(window.escalation.remote_alerts.values()))
    shown_everywhere(window)
    assert resources.opened() == []
    assert_literal(alert.label)
    text = alert.label.text()
    assert f'<img src="file://{resources.marker}">' in text and UNC in text
    assert "\\u202e" in text and "\\x00" in text and "\u202e" not in text
    assert resources.opened() == []


@pytestmark_process
def test_a_real_console_stays_up_when_an_alarm_names_dev_zero(tmp_path, resources):
    mine, theirs = udp_port(), udp_port()
    env = desk_env(tmp_path)
    console = Console(tmp_path / "desk.db", env, resources.folder, "--config",
                      str(lan_config(tmp_path / "mine.toml", "desk-1", mine, theirs)))
    try:
        console.wait_ready()
        context = {"caller_name": DEV_ZERO, "caller_number": f'<img src="{UNC}">',
                   "topic": f'<img src="file://{resources.marker}">'}
        assert send_alarm(tmp_path, theirs, mine, context) == ["delivered"]
        assert console.alive(), "the console stopped answering"
        assert send_alarm(tmp_path, theirs, mine, context) == ["delivered"]  # and again
        assert console.alive()
    finally:
        err = console.stop()
    assert console.proc.returncode == -signal.SIGTERM
    assert unexpected(err) == []
    assert resources.opened() == []


# -- what the operator types, and what comes back from the log ---------------------------------


def hostile_branch(tmp_path: Path, marker: Path):
    """A department whose name was pasted with a tag in it (config names are outside text)."""
    path = tmp_path / "branch.toml"
    department = f'<img src="file://{marker}"> Billing'
    path.write_text(f"[[departments]]\nname = {json.dumps(department)}\n"
                    '[[departments]]\nname = "Technical"\n', encoding="utf-8")
    return config_mod.load(path), department


def test_the_callback_form_and_window_show_typed_text_as_text(make_console, qtbot, tmp_path,
                                                               resources):
    from tests.helpers import loaded

    config, department = hostile_branch(tmp_path, resources.marker)
    window = make_console(config=config)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel = window.call_panel
    panel.number.setText(f'<img src="{UNC}">')
    panel.number.editingFinished.emit()  # not a number: said beside the field, quoting it
    assert_literal(panel.number_error)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    dialog = window.findChild(QDialog, "CallbackDialog")
    name = f'<img src="{resources.marker}"> Ann\u202e'
    question = '<a href="https://example.org/">pay here</a> ' + "q" * 1500
    dialog.findChild(QLineEdit, "fullNameEdit").setText(name)
    dialog.findChild(QPlainTextEdit, "questionEdit").setPlainText(question)
    phone = dialog.findChild(QLineEdit, "phoneEdit")
    phone.setText('<img src="marker.png">')  # 40 characters at most: the FIFO, relatively
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    shown_everywhere(window, dialog)
    assert resources.opened() == []
    assert_literal(dialog.findChild(QLabel, "phoneError"))
    phone.setText("+358 40 765 4321")
    dialog.findChild(QPushButton, "saveCallbackButton").click()
    qtbot.waitUntil(lambda: window.callbacks.dialog is None)
    promise = window.findChild(QLabel, "callbackPromise")
    assert_literal(promise)
    assert department in promise.text()

    window.callbacks.open_view()
    view = window.callbacks.view
    loaded(view, window)
    model = view.model
    assert model.data(model.index(0, 2)) == name and model.data(model.index(0, 5)) == department
    assert_escaped_tooltip(model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
                           .replace("&lt;a", "&lt;img"))
    assert "<a href" not in model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: "Due:" in view.details.toPlainText())
    shown_everywhere(window, view)
    assert resources.opened() == []
    view.close()


def test_a_topic_from_the_end_call_dialog_comes_back_as_text(make_console, qtbot, resources):
    from tests.helpers import wait_idle

    window = make_console()
    topic = f'<img src="file://{resources.marker}"> Invoice'
    panel = window.call_panel
    qtbot.keyClick(window, Qt.Key.Key_F2)
    panel.number.setText("040 123 4567")
    panel.number.editingFinished.emit()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    dialog = panel.end_dialog
    dialog.topic.setText(topic)
    shown_everywhere(dialog)
    qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
    assert not window.session.active
    wait_idle(window)  # the call is in the log
    panel.start_button.click()  # the same caller again: the topic in the history
    panel.number.setText("040 123 4567")
    panel.number.editingFinished.emit()
    label = window.findChild(QLabel, "callerHistoryText")
    qtbot.waitUntil(lambda: "Invoice" in label.text())
    shown_everywhere(window)
    assert resources.opened() == []
    # Our markup around it (headings), the topic escaped inside: shown, not obeyed.
    assert label.textFormat() == Qt.TextFormat.RichText
    assert "&lt;img src=" in label.text() and "<img" not in label.text()


@pytest.fixture
def merged_log(db_path, tmp_path, clock, content, resources):
    """Another workstation's log full of hostile text, merged into this one."""
    from desk.core.callback_desk import CallbackDesk
    from desk.core.callbacks import CallbackForm
    from desk.core.calls import CallDesk, Identity
    from desk.store.db import open_db

    config, department = hostile_branch(tmp_path, resources.marker)
    other_path = tmp_path / "other.db"
    other = open_db(other_path)
    calls = CallDesk(other, clock, content, Identity("<b>op</b>", f'<img src="{UNC}">', "x"))
    # A log holds UTF-8: a lone surrogate cannot be in one (the phone hook's test has it).
    hostile = [t for t in resources.hostile() if "\ud83d" not in t]
    for text in hostile:
        call = calls.start_call(caller_number="+358401234567", caller_name=text[:200])
        calls.update(call.id, notes=text, tried=text[:200])
        clock.advance(minutes=3)
        calls.end_call(call.id, "resolved", text[:200])
    CallbackDesk(other, clock, config, "op", "desk-2").take(CallbackForm(
        full_name=hostile[0], question=hostile[2], phone="+358401234567",
        department=department), call_id=None)
    other.conn.close()
    assert main(["merge", str(other_path), "--into", str(db_path)]) == 0
    return config, hostile


def test_a_merged_log_shows_in_history_and_callbacks_as_text(make_console, merged_log, qtbot,
                                                             resources, capsys):
    from tests.helpers import loaded

    config, hostile = merged_log
    window = make_console(config=config)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    window.call_panel.number.setText("040 123 4567")
    window.call_panel.number.editingFinished.emit()
    label = window.findChild(QLabel, "callerHistoryText")
    qtbot.waitUntil(lambda: "Open callbacks" in label.text())
    window.callbacks.open_view()
    view = window.callbacks.view
    loaded(view, window)
    shown_everywhere(window, view)
    assert resources.opened() == []
    assert "&lt;img src=" in label.text() and "<img" not in label.text()
    assert "<a href" not in label.text() and "\u202e" not in label.text()
    model = view.model
    assert model.data(model.index(0, 2)) == hostile[0]
    assert_escaped_tooltip(model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole))
    view.close()
    capsys.readouterr()


def test_the_review_searches_and_lists_hostile_text_as_text(merged_log, db_path, qtbot, clock,
                                                            content, resources, capsys):
    from desk.ui.review.window import ReviewWindow

    window = ReviewWindow(db_path, clock, content=content, unlocked=True, poll_s=0.05)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == len(merged_log[1]), timeout=10000)
        for text in (f'<img src="file://{resources.marker}">', '"<a href=', "\u202e", "y" * 500):
            window.search.setText(text)
            window.refresh()
            qtbot.waitUntil(lambda: window.model.rowCount() >= 1, timeout=10000)
            shown_everywhere(window)
        window.search.setText("")
        window.refresh()
        qtbot.waitUntil(lambda: window.model.rowCount() == len(merged_log[1]), timeout=10000)
        model = window.model
        topics = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
        assert f'<img src="file://{resources.marker}"> Ann' in topics
        tips = [model.data(model.index(row, 9), Qt.ItemDataRole.ToolTipRole)
                for row in range(model.rowCount())]
        assert_escaped_tooltip(next(t for t in tips if "marker" in t))
        window.table.selectRow(topics.index(f'<img src="{UNC}">'))
        qtbot.waitUntil(lambda: UNC in window.detail.toPlainText(), timeout=10000)
        shown_everywhere(window)
        assert resources.opened() == []
        assert "<img" not in window.summary_label.text()
    finally:
        window.close()
    capsys.readouterr()


def test_names_in_the_config_are_shown_as_text(make_console, tmp_path, qtbot, resources):
    tag = f'<img src="file://{resources.marker}">'
    path = tmp_path / "branch.toml"
    path.write_text(f"[branch]\nname = {json.dumps(tag + ' Espoo')}\n"
                    f"unit = {json.dumps('<b>unit</b>')}\nlocation = {json.dumps(UNC)}\n"
                    f"[workstation]\nname = {json.dumps(tag)}\noperator = {json.dumps(tag)}\n"
                    f"[[departments]]\nname = {json.dumps(tag)}\n"
                    f"[branch.{json.dumps(tag)}]\n", encoding="utf-8")  # unknown: a warning
    config = config_mod.load(path)
    assert config.warnings  # the unknown table is named in the notice's tooltip
    window = make_console(config=config)
    shown_everywhere(window)
    assert resources.opened() == []
    assert_literal(window.findChild(QLabel, "branchLabel"))
    assert_literal(window.findChild(QLabel, "identityLabel"), "<img")
    warning = window.banners.banners["config_warnings"]
    assert tag in warning.tooltip  # for IT, as written in the file ...
    assert "<img" not in warning.label.toolTip().removeprefix("<qt>")  # ... shown as text
    assert "&lt;img" in warning.label.toolTip()
    assert all(b.label.textFormat() == PLAIN for b in window.banners.banners.values())
