"""Open the console: ``desk.app.main(argv) -> int``.

Reuses a ``QApplication`` that already exists, so a test can create one,
schedule its steps and call this. Only Qt and the config are loaded before
the window is shown; the database opens right after the first paint.
"""

from __future__ import annotations

import contextlib
import os
import sys

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import __version__
from desk.paths import resolve_config, resolve_db


def _parse(argv: list[str]) -> dict[str, str | None]:
    opts: dict[str, str | None] = {"--db": None, "--config": None, "--lang": None}
    args = iter(argv)
    for arg in args:
        name, _, value = arg.partition("=")
        if name in opts:
            opts[name] = value if value else next(args, None)
    return opts


def _install_translator(app: QApplication, lang: str) -> None:
    from desk.paths import resource

    qm = resource("i18n", f"desk_{lang}.qm")
    if lang != "en" and qm.is_file():
        translator = QTranslator(app)
        if translator.load(qm.read_bytes()):
            app.installTranslator(translator)
            app._desk_translator = translator  # keep it alive with the app
    QLocale.setDefault(QLocale(lang))


def _install_excepthook(window) -> None:
    """An unexpected error never shows a traceback to the receptionist: one line on stderr,
    the details in a log file beside the database, a calm message in the status bar."""
    import traceback

    log_path = window.services.db_path.with_name("desk-errors.log")

    def hook(kind, value, tb) -> None:
        try:
            with open(log_path, "a", encoding="utf-8") as log:
                log.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
            where = f" (details in {log_path})"
        except OSError:
            where = ""
        print(f"desk: unexpected error: {kind.__name__}: {value}{where}", file=sys.stderr)
        with contextlib.suppress(RuntimeError):  # the window may already be gone
            window.statusBar().showMessage(
                window.tr("Something went wrong%1; your call is saved.").replace("%1", where),
                15000)

    sys.excepthook = hook


def build_services(argv: list[str], clock=None):
    """Config, content and paths for a console (raises ``ConfigError``)."""
    from desk import config as config_mod
    from desk import content
    from desk.core.clock import SystemClock
    from desk.ui.services import Services

    opts = _parse(argv)
    config_path, _named = resolve_config(opts["--config"])
    cfg = config_mod.load(config_path)
    lang = opts["--lang"] or os.environ.get("DESK_LANG") or cfg.language
    if lang not in config_mod.LANGUAGES:
        raise config_mod.ConfigError(None, f"unknown language {lang!r}; use one of "
                                     f"{', '.join(config_mod.LANGUAGES)}", key="--lang")
    return Services(db_path=resolve_db(opts["--db"]), config=cfg, clock=clock or SystemClock(),
                    content=content.load(lang), language=lang)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "desk"])
    app.setApplicationName("Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Desk")
    from desk.config import ConfigError

    try:
        services = build_services(argv)
    except ConfigError as exc:
        print(f"desk: {exc}", file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.critical(None, "Desk: branch config", str(exc))
        return 2
    # -- deployment (issue 13): log file; one console per call log -----------------------
    from desk import logging_setup
    from desk.ui import single_instance
    from desk.ui.console import about

    if not single_instance.claim_or_forward(services.db_path, argv):
        return 0  # a console already runs on this log: it came to the front
    # --------------------------------------------------------------------------------------
    _install_translator(app, services.language)

    from desk.ui.console.window import DeskConsole

    window = DeskConsole(services)
    single_instance.attach(window)  # issue 13: later `desk` runs reach this window
    window.database_ready.connect(logging_setup.setup_logging)  # issue 13: log file
    about.install(window)  # issue 13: Help ▸ About names the config file in use
    # For the start-up benchmark and smoke tests: "paint" quits once the window has been
    # painted (before the deferred database open), "ready" once the database is open too.
    quit_after = os.environ.get("DESK_QUIT_AFTER_SHOWN")
    if quit_after == "paint":
        window.first_paint.connect(app.quit)
    elif quit_after == "ready":
        window.database_ready.connect(lambda: QTimer.singleShot(0, app.quit))
    if os.environ.get("DESK_ANNOUNCE_READY"):  # lets a benchmark or script wait for readiness
        window.database_ready.connect(lambda: print("desk ready", flush=True))
    window.show()
    app._desk_console = window  # tests reach the window through the app
    previous_hook = logging_setup.install_crash_handler(window)  # issue 13: report + dialog
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
