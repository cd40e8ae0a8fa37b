"""``desk.app.main(argv)`` reuses the running QApplication, so a test can drive the real entry."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton


def _console():
    # The window main() opened (set before app.exec), not a closed one an earlier test left
    # among the top-level widgets until its deferred delete.
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
        seen["call"] = window.session.call_id
        seen["db"] = str(window.services.db_path)
        window.services.db.conn.close()
        window.close()

    QTimer.singleShot(0, step)
    assert main(["--db", str(path)]) == 0
    assert seen == {"call": 1, "db": str(path)}
    assert path.exists()


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
