"""Open the console: ``desk.app.main(argv) -> int``.

Reuses a ``QApplication`` that already exists, so a test can create one,
schedule its steps and call this. Only Qt and the config are loaded before
the window is shown; the database opens right after the first paint.

The options and config are read before PySide6 is imported (a wrong one is one line and
exit 2). PySide6 reads the source of every module imported after it, looking for a
``__feature__`` request; Desk makes none, so ``_skip_feature_scan`` marks them without
the read (about 15 ms of the start).
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from desk import __version__
from desk.paths import resolve_config
from desk.store_setting import resolve_db


def build_services(argv: list[str], clock=None, db_path: Path | None = None):
    """Config, content and paths for a console (raises ``ConfigError``, ``UsageError``);
    ``db_path``: the log ``resolve_db`` already found for these options."""
    from desk import config as config_mod
    from desk import content
    from desk.core.clock import SystemClock
    from desk.options import language, parse_console
    from desk.ui.services import Services

    opts = parse_console(argv)  # raises UsageError
    config_path, _named = resolve_config(opts["config"])
    cfg = config_mod.load(config_path)
    lang = language(opts["lang"], cfg.language)
    return Services(db_path=db_path or resolve_db(opts["db"]), config=cfg, clock=clock or SystemClock(),
                    content=content.load(lang, cfg.branch.formal), language=lang)


def _skip_feature_scan() -> None:
    """PySide6 reads the source of every module imported after it, to see whether it might
    ask for a ``__feature__`` (snake_case, true_property); Desk asks for none, so each
    module is marked "no feature" without the read."""
    try:
        from PySide6.support import feature
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: True


def _has_screen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return sys.platform in ("win32", "darwin") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def chosen_log(argv: list[str]) -> Path | None:
    """The call log these options name (``resolve_db``: it may read the machine-wide
    config), or ``None`` when the options or that config are wrong: the usual start says
    why."""
    from desk.config_schema import ConfigError  # what resolve_db raises, without the loader
    from desk.options import UsageError, parse_console

    try:
        return resolve_db(parse_console(argv)["db"])
    except (UsageError, ConfigError):
        return None


def hand_over(argv: list[str], db_path: Path) -> bool:
    """A console already runs on this call log (a second click on the icon, Desk kept in the
    notification area): ask it to come to the front, before loading the config or Qt.
    ``False``: none answers: start as usual."""
    from desk import instance_link

    try:
        if not instance_link.may_be_listening(db_path):
            return False  # the usual first start: no socket, nothing more to try
        instance_link.send(db_path, {"do": instance_link.RAISE, "argv": list(argv)},
                           wait_reply=3.0)
    except (instance_link.NoConsole, OSError):
        return False
    print(instance_link.HANDED_OVER)
    return True


def main(argv: list[str] | None = None) -> int:
    """Open the console. No automatic cycle collection from here on (``UiThreadCollector``
    collects on the UI thread's timer): during the start it would only walk the objects
    being made again and again, nearly all of which live as long as the console (modules,
    classes, widgets): ~9 ms of the start."""
    automatic = gc.isenabled()
    gc.disable()  # the collector below keeps it so (collections on the UI thread only)
    try:
        return _open(list(sys.argv[1:] if argv is None else argv))
    finally:
        if automatic:
            gc.enable()


def _open(argv: list[str]) -> int:
    db_path = chosen_log(argv)
    if db_path is not None and hand_over(argv, db_path):
        return 0
    from desk.config import ConfigError
    from desk.options import UsageError

    try:  # options and config first: a wrong one is one line and exit 2, window or not
        services = build_services(argv, db_path=db_path)
    except (ConfigError, UsageError) as exc:
        print(f"desk: {exc}", file=sys.stderr)
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None and _has_screen():
            QApplication([sys.argv[0] if sys.argv else "desk"])
        if QApplication.instance() is not None \
                and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            from desk.ui import start_problem

            start_problem.show(QApplication.instance(), argv, str(exc),
                               about_config=isinstance(exc, ConfigError))
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    _skip_feature_scan()
    hosted = QApplication.instance() is not None  # a test's process goes on after this
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "desk"])
    app.setApplicationName("Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Desk")
    from desk.ui.collector import UiThreadCollector

    collector = UiThreadCollector(app)  # Qt wrappers are never freed on a worker thread
    # One console per call log: a second start brings the first to the front.
    from desk.platform import logging_setup
    from desk.ui import fonts, single_instance  # fonts: Devanagari on a bare machine
    from desk.ui.console import about
    from desk.ui.console.language_menu import install_translator  # by path, switchable

    try:
        if not single_instance.claim_or_forward(services.db_path, argv, listen=False):
            return 0
    except single_instance.HeldByAnotherAccount as exc:  # the shared log, another account
        print(f"desk: {exc}", file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            from desk.ui.plain import warn  # the message names another account: plain text

            warn(None, "Desk is open in another account", str(exc))
        return 1
    install_translator(app, services.language)
    if fonts.needed_in_first_frame(services.language):
        fonts.load_bundled_fonts(app)

    from desk.ui.console.window import DeskConsole
    from desk.ui.crash_dialog import show_crash_dialog

    window = DeskConsole(services)
    single_instance.attach(window)  # issue 13: later `desk` runs reach this window
    # Its socket (QtNetwork) a turn after ready: until then a later `desk` keeps knocking.
    window.database_ready.connect(lambda: QTimer.singleShot(0, single_instance.listen))
    window.first_paint.connect(lambda: QTimer.singleShot(single_instance.LISTEN_AFTER_PAINT_MS,
                                                         single_instance.listen))
    window.database_ready.connect(  # other languages: for a caller's name in Devanagari
        lambda: QTimer.singleShot(0, lambda: fonts.load_bundled_fonts(app)))
    # Issue 13's log file, right after "ready" (a call does not wait for logging.handlers).
    window.database_ready.connect(lambda: QTimer.singleShot(0, logging_setup.setup_logging))
    window.database_ready.connect(collector.set_aside_start_up)
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
    if os.environ.get("DESK_ANNOUNCE_PAINT"):  # the start-up benchmark times the first paint
        window.first_paint.connect(lambda: print("desk painted", flush=True))
    window.show()
    app._desk_console = window  # tests reach the window through the app
    previous_hook = logging_setup.install_crash_handler(window, show_crash_dialog)  # issue 13
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        if hosted:  # what the start set aside may go now; a process that ends skips the walk
            gc.unfreeze()
        collector.stop()
