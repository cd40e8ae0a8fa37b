"""Finnish and Hindi on the screens issue 20 was about, for docs/languages.md: the callback
form with its field errors, the alarm board in several delivery states, and the review's
summary and drill-down. Renders with ``grab()``, so the offscreen platform is enough:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_words.py docs/img

Writes docs/img/words-<screen>-<lang>.png.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

NAMES = {"fi": ("Laura Virtanen", "Laskutus"), "hi": ("प्रिया शर्मा", "बिलिंग")}


def settle(app, rounds: int = 30) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.002)  # the review's query thread answers meanwhile


def main(out_dir: str) -> int:
    from desk import content as content_mod
    from desk.core import demo
    from desk.core.callbacks import validate
    from desk.core.clock import FakeClock
    from desk.store.db import open_db
    from desk.ui.callbacks.dialog import CallbackDialog
    from desk.ui.console.language_menu import install_translator
    from desk.ui.escalation.incident_panel import IncidentPanel
    from desk.ui.fonts import load_bundled_fonts
    from desk.ui.review.window import ReviewWindow

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_bundled_fonts(app)
    clock = FakeClock(datetime.fromisoformat("2026-11-26T11:06:00+00:00"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.db"
        db = open_db(path, create=True)
        demo.fill(db, 400, 20, clock.now(), content_mod.load("en"))
        db.conn.close()
        for lang, (name, department) in NAMES.items():
            install_translator(app, lang)
            form = CallbackDialog([department], lambda f, d=department: validate(f, "FI", [d]))
            form.full_name.setText(name)
            form.phone.setText("12ab")
            form.email.setText("laura.example.org")
            form.show()
            form.submit()
            settle(app)
            form.grab().save(str(out / f"words-callback-form-{lang}.png"))
            form.dirty = False  # closing must not ask "discard?" here
            form.close()

            board = IncidentPanel(["112"])
            board.resize(720, 420)
            board.show_incident({"raised_at": "2026-11-26T11:05:00Z"}, [
                {"channel": "webhook", "message": "alarm", "status": "delivered", "attempts": 1,
                 "last_error": None},
                {"channel": "email", "message": "alarm", "status": "failed", "attempts": 3,
                 "last_error": "SMTP 451"},
                {"channel": "lan", "message": "alarm", "status": "acknowledged",
                 "attempts": 1, "last_error": None},
                {"channel": "desktop", "message": "alarm", "status": "queued", "attempts": 0,
                 "last_error": None}], overdue_ack=False)
            board.show()
            settle(app)
            board.grab().save(str(out / f"words-alarm-board-{lang}.png"))
            board.close()

            review = ReviewWindow(path, clock, content=content_mod.load(lang), unlocked=True,
                                  poll_s=0.05)
            review.resize(1280, 800)
            review.show()
            for _ in range(400):
                settle(app, 5)
                if review.last_summary is not None and review.model.pages.get(0):
                    break
            review.with_callback.setChecked(True)
            for _ in range(400):
                settle(app, 5)
                if review.model.pages.get(0):
                    break
            review.table.selectRow(0)
            for _ in range(400):
                settle(app, 5)
                if "#" in review.detail.toPlainText():
                    break
            review.grab().save(str(out / f"words-review-{lang}.png"))
            review.close()
            settle(app)
    install_translator(app, "en")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/img"))
