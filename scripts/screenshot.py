"""Screenshots of the console for the README, under a real X server (xvfb-run).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot.py docs/img

Builds a demo database, takes a call part-way (fake clock, so the timer shows
a chosen state) and saves what a person would see.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def main(out_dir: str) -> int:
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # not the user's View settings
    from desk import config as config_mod
    from desk import content as content_mod
    from desk.core import demo
    from desk.core.clock import FakeClock
    from desk.store.db import open_db
    from desk.ui.console.window import DeskConsole
    from desk.ui.services import Services

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    clock = FakeClock("2026-11-24T09:12:00Z")
    content = content_mod.load("en")
    db = open_db(tmp / "demo.db")
    demo.fill(db, 400, 3, clock.now(), content)
    number = db.execute("select caller_number from calls group by caller_number "
                        "order by count(*) desc limit 1").fetchone()[0]
    db.conn.close()
    cfg_path = tmp / "branch.toml"
    cfg_path.write_text('[branch]\nname = "Espoo"\nunit = "Customer service"\n'
                        'location = "Front desk, ground floor"\n[workstation]\n'
                        'operator = "Aino"\nname = "desk-1"\n'
                        '[[departments]]\nname = "Billing"\nemail = "billing@example.org"\n'
                        '[[security.channels]]\ntype = "desktop"\n'
                        '[[security.channels]]\ntype = "webhook"\n'
                        'url = "http://127.0.0.1:9/alarm"\ntimeout_s = 1\n', encoding="utf-8")
    services = Services(db_path=tmp / "demo.db", config=config_mod.load(cfg_path), clock=clock,
                        content=content, language="en")
    window = DeskConsole(services)
    window.resize(1280, 800)
    window.show()
    while not window.ready:
        app.processEvents()
    panel = window.call_panel
    panel.start_call("phone")
    panel.number.setText(number)
    panel.number.editingFinished.emit()
    panel.name.setText("Laura Virtanen")
    panel.name.textEdited.emit("Laura Virtanen")
    for row in range(4):
        panel.checklist.list.item(row).setCheckState(Qt.CheckState.Checked)
    panel.next_stage()
    for row in (0, 1, 2):
        panel.checklist.list.item(row).setCheckState(Qt.CheckState.Checked)
    panel.checklist.list.setCurrentRow(4)
    panel.tried.setText("Restarted the meter, checked the fuse")
    panel.notes.setPlainText("Invoice shows double reading for October.")
    clock.advance(minutes=11, seconds=20)
    panel.refresh_timer()
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out / "console-amber.png"))
    print(out / "console-amber.png")

    window.callbacks.open_dialog()
    dialog = window.callbacks.dialog
    dialog.phone.setText("040 31")
    dialog.submit()  # a wrong number first: the message stands at the field
    settle(app)
    dialog.grab().save(str(out / "callback-dialog.png"))
    print(out / "callback-dialog.png")
    dialog.phone.setText(panel.number.text())
    dialog.submit()
    settle(app)

    window.escalation.bar.button.click()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(
            d.attempts == 0 for d in window.escalation.service.view(
                window.escalation.incident_id).deliveries):
        settle(app)
    window.escalation.refresh()
    settle(app)
    window.grab().save(str(out / "alarm-raised.png"))
    print(out / "alarm-raised.png")
    window.close()
    return 0


def settle(app) -> None:
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/img"))
