"""``desk --self-test``: start the console offscreen and check what it depends on."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click


def can_create_log(path: Path) -> None:
    """Raise ``OSError`` naming ``path`` when the console could not create its log there.

    Tried, not guessed from permission bits (root passes os.access; an immutable or
    read-only-mounted folder does not): a temporary file in the nearest existing folder."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OSError(f"{path}: {folder} is not a folder")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise OSError(f"{path}: cannot create the database there "
                      f"({exc.strerror or exc})") from None


def run_self_test(env) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []

    def check(name: str, func) -> None:
        try:
            detail = func()
        except Exception as exc:  # report every failure by name, keep checking
            failures.append(name)
            click.echo(f"FAIL {name}: {exc}")
        else:
            click.echo(f"ok   {name}" + (f": {detail}" if detail else ""))

    from desk import config as config_mod
    from desk import content

    state: dict = {}

    def check_config():
        state["config"] = env.config()
        return str(state["config"].path or "defaults (no config file)")

    def check_content():
        langs = content.available_languages()
        for lang in langs:
            loaded = content.load(lang)
            assert len(loaded.stages) == 4, f"{lang}: stages missing"
        return ", ".join(langs)

    def check_languages():  # i12: translations and the Devanagari font made it into the build
        from PySide6.QtCore import QTranslator
        from PySide6.QtWidgets import QApplication

        from desk.paths import resource
        from desk.ui.fonts import DEVANAGARI, load_bundled_fonts

        app = QApplication.instance() or QApplication(["desk"])
        for lang in ("fi", "tl", "hi", "eo"):
            translator = QTranslator()
            assert translator.load(str(resource("i18n", f"desk_{lang}.qm"))), f"{lang}: no .qm"
            text = translator.translate("CallPanel", "Start call (F2)")
            assert text and text != "Start call (F2)", f"{lang}: interface not translated"
        assert DEVANAGARI in load_bundled_fonts(app), "Devanagari font missing"
        return f"fi, tl, hi, eo interface; {DEVANAGARI}"

    def check_database():
        from desk.store.db import open_db

        path = env.db_path
        if path.exists() or path.is_symlink():
            db = open_db(path)  # a log that is not usable says why, naming the file
        else:
            can_create_log(path)  # the console must be able to create it there
            db = open_db(Path(state["tmp"]) / "self-test.db")
        try:
            result = db.execute("pragma quick_check").fetchone()[0]
        finally:
            db.conn.close()
        assert result == "ok", f"{path}: integrity check says {result}"
        return f"{path if path.exists() else 'a fresh database'} ({result})"

    def check_console():
        from PySide6.QtWidgets import QApplication

        from desk.app import build_services
        from desk.ui.console.window import DeskConsole

        app = QApplication.instance() or QApplication(["desk"])
        argv = ["--db", str(Path(state["tmp"]) / "console.db")]
        if env.config_option:
            argv += ["--config", env.config_option]
        services = build_services(argv)
        window = DeskConsole(services)
        window.show()
        window.open_database()
        import time

        deadline = time.monotonic() + 20  # the log opens on its own thread
        while not (window.ready or window.problem) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        assert window.ready, window.problem or "database did not open"
        broken = [text for text in window.banners.texts() if "could not start" in text]
        assert not broken, "; ".join(broken)
        names = ["startCallButton", "endCallButton", "stageChecklist", "callTimer",
                 "transferFailedButton", "securityButton", "callerHistory"]
        from PySide6.QtWidgets import QWidget

        missing = [n for n in names if window.findChild(QWidget, n) is None]
        assert not missing, f"missing widgets: {missing}"
        window.close()
        return f"window shown with {len(names)} core controls ({app.platformName()})"

    def check_lan_cipher():
        import os as os_

        from desk.alerts.lan_wire import Sealer

        sealer = Sealer(os_.urandom(32))
        _sender, _counter, envelope = sealer.open(sealer.seal({"type": "test"}))
        assert envelope == {"type": "test"}, "a sealed packet did not open again"
        return "ChaCha20-Poly1305 seals and opens"

    def check_sync_driver():
        import psycopg

        return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__} libpq)"

    def check_review():
        import desk.report  # noqa: F401
        import desk.ui.review.window  # noqa: F401

        return "review window and report load"

    with tempfile.TemporaryDirectory() as tmp:
        state["tmp"] = tmp
        check("config", check_config)
        check("content", check_content)
        check("languages", check_languages)
        check("database", check_database)
        check("console", check_console)
        check("LAN cipher", check_lan_cipher)
        check("head-office driver", check_sync_driver)
        check("review", check_review)
    del config_mod
    if failures:
        click.echo(f"self-test failed: {', '.join(failures)}")
        return 1
    click.echo("self-test passed")
    return 0
