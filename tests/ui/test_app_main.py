"""``desk.app.main(argv)`` reuses the running QApplication, so a test can drive the real entry."""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from tests.helpers import saved_log


def _console():
    """The console ``main`` just opened (closed consoles of earlier tests may linger)."""
    return QApplication.instance()._desk_console


def test_main_opens_console_on_given_database_and_returns(qapp, tmp_path):
    from desk.app import main

    path = tmp_path / "main.db"
    seen = {}

    def step():
        window = _console()
        if not window.ready:
            QTimer.singleShot(10, step)
            return
        window.findChild(QPushButton, "startCallButton").click()
        saved_log(window).conn.close()
        seen["call"] = window.session.call_id
        seen["db"] = str(window.services.db_path)
        window.close()

    QTimer.singleShot(0, step)
    QTimer.singleShot(30000, QApplication.instance().quit)  # a failing step must not hang
    assert main(["--db", str(path)]) == 0
    assert seen == {"call": 1, "db": str(path)}
    assert path.exists()
    # What the start set aside (gc.freeze, once ready) is collectable again, and automatic
    # collection is as main found it (off: tests collect on the main thread, as Desk does).
    assert gc.get_freeze_count() == 0 and not gc.isenabled()


def test_main_refuses_a_broken_config_with_exit_2(qapp, tmp_path, capsys):
    from desk.app import main

    config = tmp_path / "branch.toml"
    config.write_text("[norms]\ncall_minutes_max = 'x'\n", encoding="utf-8")
    assert main(["--db", str(tmp_path / "x.db"), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "line 2" in err and "norms.call_minutes_max" in err
    assert not (tmp_path / "x.db").exists()


def test_main_refuses_an_unknown_language(qapp, tmp_path, capsys):
    from desk.app import main

    assert main(["--db", str(tmp_path / "x.db"), "--lang", "xx"]) == 2
    assert "unknown language 'xx'" in capsys.readouterr().err


def test_a_start_problem_speaks_the_language_asked_for(qapp, monkeypatch):
    from desk.ui import start_problem
    from desk.ui.console.language_menu import install_translator

    class Computer:  # the machine's own language, as Qt reports it
        @staticmethod
        def system():
            return Computer()

        def name(self) -> str:
            return "eo_001"

    monkeypatch.setattr(start_problem, "QLocale", Computer)
    monkeypatch.delenv("DESK_LANG", raising=False)
    assert start_problem.language(["--lang", "fi", "--bogus"]) == "eo"  # options unreadable
    assert start_problem.language(["--lang=hi"]) == "hi"
    monkeypatch.setenv("DESK_LANG", "tl")
    assert start_problem.language([]) == "tl"
    monkeypatch.setenv("DESK_LANG", "xx")
    assert start_problem.language([]) == "en"  # a language Desk does not have: English

    install_translator(qapp, "fi")
    try:
        title, text = start_problem.words("branch.toml, line 3, key security.ack_timeout_s: "
                                          "must be at least 10", about_config=True)
    finally:
        install_translator(qapp, "en")
    assert title == "Desk: toimipisteen asetukset"
    assert text.startswith("Desk ei käynnisty: toimipisteen asetuksissa on virhe")
    assert text.endswith("key security.ack_timeout_s: must be at least 10")  # IT's details
