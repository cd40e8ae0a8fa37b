"""The console in each of its five languages, for the README (a real window under Xvfb).

    xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python scripts/screenshot_languages.py docs/img

Each picture: the start-of-shift check, a call in the clarification stage with an
upset caller (the playbook opens, safety first, root cause and warning fields), the
timer past the norm. Writes docs/img/console-<lang>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CALLERS = {  # name, what they tried, notes, root cause: plausible in each language
    "en": ("Laura Smith", "Restarted the meter", "Invoice shows the October reading twice.",
           "meter read twice"),
    "fi": ("Laura Virtanen", "Käynnisti mittarin uudelleen",
           "Laskulla lokakuun lukema kahdesti.", "lukema kirjattu kahdesti"),
    "tl": ("Maria Santos", "Ni-restart ang metro", "Dalawang beses ang reading ng Oktubre.",
           "nadoble ang reading"),
    "hi": ("प्रिया शर्मा", "मीटर दोबारा चालू किया", "बिल में अक्टूबर की रीडिंग दो बार है।",
           "रीडिंग दो बार दर्ज हुई"),
    "eo": ("Ludoviko Zamenhof", "Restartigis la mezurilon",
           "La fakturo montras la oktobran legon dufoje.", "lego registrita dufoje"),
}
UNITS = {"en": "Customer service", "fi": "Asiakaspalvelu", "tl": "Serbisyo sa kustomer",
         "hi": "ग्राहक सेवा", "eo": "Klientservo"}


def main(out_dir: str) -> int:
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # not the user's View settings
    from desk import config as config_mod
    from desk import content as content_mod
    from desk.core import demo
    from desk.core.clock import FakeClock
    from desk.store.db import open_db
    from desk.ui.console.language_menu import install_translator
    from desk.ui.console.window import DeskConsole
    from desk.ui.fonts import load_bundled_fonts
    from desk.ui.services import Services

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_bundled_fonts(app)
    for lang, (name, tried, notes, cause) in CALLERS.items():
        tmp = Path(tempfile.mkdtemp())
        clock = FakeClock("2026-11-24T09:12:00Z")
        content = content_mod.load(lang)
        db = open_db(tmp / "demo.db")
        demo.fill(db, 60, 3, clock.now(), content)
        db.conn.close()
        cfg_path = tmp / "branch.toml"
        cfg_path.write_text(f'[branch]\nname = "Espoo"\nunit = "{UNITS[lang]}"\n'
                            'location = "Front desk"\n'
                            f'language = "{lang}"\n[workstation]\n'
                            'operator = "Aino"\nname = "desk-1"\n'
                            '[[security.channels]]\ntype = "desktop"\n', encoding="utf-8")
        install_translator(app, lang)
        services = Services(db_path=tmp / "demo.db", config=config_mod.load(cfg_path),
                            clock=clock, content=content, language=lang)
        window = DeskConsole(services)
        window.resize(1280, 860)
        window.show()
        while not window.ready:
            app.processEvents()
        panel = window.call_panel
        panel.start_call("phone")
        panel.name.setText(name)
        panel.name.textEdited.emit(name)
        panel.tried.setText(tried)
        panel.notes.setPlainText(notes)
        for row in range(4):
            panel.checklist.list.item(row).setCheckState(Qt.CheckState.Checked)
        panel.next_stage()
        for row in (0, 1):
            panel.checklist.list.item(row).setCheckState(Qt.CheckState.Checked)
        panel.checklist.list.setCurrentRow(1)  # the personal question: its own sin
        panel.upset.setChecked(True)
        window.playbook.root_cause.edit.setText(cause)
        clock.advance(minutes=11, seconds=20)
        panel.refresh_timer()
        settle(app)
        path = out / f"console-{lang}.png"
        window.grab().save(str(path))
        print(path)
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
