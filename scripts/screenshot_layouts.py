"""The console at the screen sizes it is made for, for the README (a real window, Xvfb).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot_layouts.py docs/img

A demo branch, a call in the clarification stage past the wrap-up mark, taken at
1280×800, at 1024×700 (English, Finnish, Hindi) and in the narrow layout (480×800, View ▸
Narrow layout). The View settings go to a scratch folder, never the user's own. Writes
docs/img/console-1280.png, console-1024.png, console-1024-fi.png, console-1024-hi.png and
console-narrow.png, and prints any words the clipped-text check finds cut.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

SHOTS = (  # file, language, width, height, narrow
    ("console-1280.png", "en", 1280, 800, False),
    ("console-1024.png", "en", 1024, 700, False),
    ("console-1024-fi.png", "fi", 1024, 700, False),
    ("console-1024-hi.png", "hi", 1024, 700, False),
    ("console-narrow.png", "en", 480, 800, True),
)
CALLERS = {"en": ("Laura Smith", "Restarted the meter", "Invoice shows October twice."),
           "fi": ("Laura Virtanen", "Käynnisti mittarin uudelleen",
                  "Laskulla lokakuun lukema kahdesti."),
           "hi": ("प्रिया शर्मा", "मीटर दोबारा चालू किया", "बिल में अक्टूबर की रीडिंग दो बार है।")}
UNITS = {"en": "Customer service", "fi": "Asiakaspalvelu", "hi": "ग्राहक सेवा"}


def main(out_dir: str) -> int:
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # View ▸ Narrow layout is remembered
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desk import config as config_mod
    from desk import content as content_mod
    from desk.core import demo
    from desk.core.clock import FakeClock
    from desk.store.db import open_db
    from desk.ui.console.language_menu import install_translator
    from desk.ui.console.layouts import clipped_texts
    from desk.ui.console.window import DeskConsole
    from desk.ui.fonts import load_bundled_fonts
    from desk.ui.services import Services

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_bundled_fonts(app)
    for name, lang, width, height, narrow in SHOTS:
        tmp = Path(tempfile.mkdtemp())
        clock = FakeClock("2026-11-24T09:12:00Z")
        content = content_mod.load(lang)
        db = open_db(tmp / "demo.db")
        demo.fill(db, 120, 3, clock.now(), content)
        db.conn.close()
        cfg_path = tmp / "branch.toml"
        cfg_path.write_text(f'[branch]\nname = "Espoo"\nunit = "{UNITS[lang]}"\n'
                            'location = "Front desk"\n'
                            f'language = "{lang}"\n[workstation]\n'
                            'operator = "Aino"\nname = "desk-1"\n'
                            '[[departments]]\nname = "Billing"\nemail = "billing@example.org"\n'
                            '[[security.channels]]\ntype = "desktop"\n'
                            'label = "Security desk"\n', encoding="utf-8")
        install_translator(app, lang)
        services = Services(db_path=tmp / "demo.db", config=config_mod.load(cfg_path),
                            clock=clock, content=content, language=lang)
        window = DeskConsole(services)
        if narrow:
            window.narrow_layout.action.trigger()
        window.resize(width, height)
        window.show()
        while not window.ready:
            app.processEvents()
        panel = window.call_panel
        caller, tried, notes = CALLERS[lang]
        panel.start_call("phone")
        panel.name.setText(caller)
        panel.name.textEdited.emit(caller)
        panel.tried.setText(tried)
        panel.notes.setPlainText(notes)
        for row in range(4):
            panel.checklist.list.item(row).setCheckState(Qt.CheckState.Checked)
        panel.next_stage()
        for row in (0, 1, 2):
            panel.checklist.list.item(row).setCheckState(Qt.CheckState.Checked)
        panel.checklist.list.setCurrentRow(3)
        clock.advance(minutes=11, seconds=20)
        panel.refresh_timer()
        settle(app)
        for line in clipped_texts(window):
            print(f"  cut in {name}: {line}")
        window.grab().save(str(out / name))
        print(out / name, window.width(), "×", window.height())
        window.close()
        settle(app)
    install_translator(app, "en")
    return 0


def settle(app) -> None:
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/img"))
