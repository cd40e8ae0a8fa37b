"""A database the console cannot use gets a plain message; calls cannot start; file untouched."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.helpers import saved_log


def test_corrupt_database_shows_dialog_and_keeps_file(make_console, tmp_path, qtbot):
    path = tmp_path / "broken.db"
    content = b"not a database at all" * 100
    path.write_bytes(content)
    window = make_console(path=path)
    assert not window.ready
    dialog = window.findChild(QMessageBox, "databaseProblemDialog")
    assert dialog is not None and dialog.isVisible()
    assert "damaged" in dialog.text() and str(path) in dialog.text()
    assert not window.findChild(QPushButton, "startCallButton").isEnabled()
    assert any("damaged" in text for text in window.banners.texts())
    assert path.read_bytes() == content
    dialog.accept()


def test_config_warnings_are_one_notice_in_the_operators_words(make_console, tmp_path):
    from desk import config as config_mod

    path = tmp_path / "branch.toml"
    path.write_text('[branch]\nnmae = "Espoo"\nunti = "Front"\n', encoding="utf-8")
    window = make_console(config=config_mod.load(path))
    texts = [text for text in window.banners.texts() if text.startswith("Branch config")]
    assert texts == ["Branch config: 2 unknown setting(s) ignored — please tell IT (point here "
                     "for details)."]
    banner = window.banners.banners["config_warnings"]
    assert "branch.nmae" in banner.tooltip and "line 2" in banner.tooltip  # IT's details


def test_ten_thousand_unknown_keys_are_counted_as_ten_thousand(make_console, tmp_path):
    from desk import config as config_mod

    path = tmp_path / "branch.toml"
    path.write_text("[branch]\n" + "".join(f"k{i} = 1\n" for i in range(10000)),
                    encoding="utf-8")
    window = make_console(config=config_mod.load(path))
    banner = window.banners.banners["config_warnings"]
    assert banner.label.text().startswith("Branch config: 10000 unknown setting(s) ignored")
    assert banner.tooltip.count("\n") == 50  # 50 keys named, then "9950 more …"
    assert banner.tooltip.endswith("9950 more unknown keys ignored")


def test_config_warnings_speak_the_operators_language(make_console, tmp_path, qapp):
    from desk import config as config_mod
    from desk.ui.console.language_menu import install_translator

    path = tmp_path / "branch.toml"
    path.write_text('[branch]\nnmae = "Espoo"\n', encoding="utf-8")
    install_translator(qapp, "fi")
    try:
        window = make_console(config=config_mod.load(path))
        banner = window.banners.banners["config_warnings"]
        assert banner.label.text().startswith("Toimipisteen asetukset: 1 tuntematon asetus")
        assert banner.tooltip == (f"{path}, rivi 2: tuntematon avain 'branch.nmae' ohitettiin "
                                  "(kirjoitusvirhe?)")
    finally:
        install_translator(qapp, "en")


def test_accessible_names_on_every_control(make_console):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit

    window = make_console()
    controls = [w for cls in (QAbstractButton, QLineEdit, QPlainTextEdit, QListWidget)
                for w in window.findChildren(cls) if w.objectName() and w.isVisibleTo(window)]
    assert len(controls) >= 10
    unnamed = [w.objectName() for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_unfinished_call_is_offered_back_and_resumes_from_original_start(
        make_console, db_path, clock, qtbot, desk_):
    call = desk_.start_call()
    desk_.mark(call.id, "greeting", "said_hello")
    desk_.db.conn.close()  # the "crashed" process
    clock.advance(minutes=3)
    window = make_console()
    box = window.findChild(QMessageBox, "recoverCallDialog")
    assert box is not None and box.isVisible()
    box.findChild(QPushButton, "resumeCallButton").click()
    assert window.session.call_id == call.id
    assert "03:00" in window.call_panel.timer.text()
    assert window.call_panel.checklist.list.item(1).checkState().name == "Checked"


def test_unfinished_call_can_be_closed_as_interrupted(make_console, clock, desk_):
    call = desk_.start_call()
    desk_.db.conn.close()
    window = make_console()
    box = window.findChild(QMessageBox, "recoverCallDialog")
    box.findChild(QPushButton, "closeInterruptedButton").click()
    assert not window.session.active
    row = saved_log(window).execute("select outcome from calls where id = ?",
                                     [call.id]).fetchone()
    assert row == ("interrupted",)


def test_a_log_this_account_may_not_write_is_said_at_once_not_retried(make_console, tmp_path,
                                                                      qtbot, monkeypatch):
    """A log of another account (or made read-only) does not heal by waiting: the console
    says so and what to do, as for a damaged log, instead of "Opening the call log…" and
    "retrying" for ever. The alarm still works; the file is untouched."""
    import os

    from desk.store.db import open_db

    path = tmp_path / "theirs.db"
    open_db(path).conn.close()
    before = path.read_bytes()
    writable = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if (
        mode & os.W_OK and os.fspath(p) == os.fspath(path)) else writable(p, mode, *a, **k))
    window = make_console(path=path)
    assert not window.ready
    dialog = window.findChild(QMessageBox, "databaseProblemDialog")
    assert dialog is not None and dialog.isVisible()
    assert "read-only for this user" in dialog.text() and "ask IT" in dialog.text()
    assert not window.findChild(QPushButton, "startCallButton").isEnabled()
    assert window.escalation.bar.button.isEnabled()
    assert path.read_bytes() == before
    dialog.accept()
