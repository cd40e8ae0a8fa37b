"""The console process opens the call log for writing once: on its log thread. The alarm's
recorder and callback forwarding write through that thread (readers may open their own)."""

from __future__ import annotations

import threading

from desk.core.callbacks import CallbackForm
from desk.store import db as db_mod
from tests.helpers import saved_log, wait_idle


def test_the_alarm_recorder_and_forwarding_write_through_the_log_thread(
        make_console, qtbot, monkeypatch):
    opened_by: list[str] = []
    real_open = db_mod.open_db

    def counting_open(*args, **kwargs):
        opened_by.append(threading.current_thread().name)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(db_mod, "open_db", counting_open)
    window = make_console()
    window.escalation.start_service()
    window.session.start(caller_number="+358401234567")
    window.callbacks._take(CallbackForm(full_name="Laura Virtanen", question="Billed twice",
                                        phone="040 123 4567", department="General enquiries"))
    uid = window.escalation.service.raise_alarm({"caller": "shouting"})
    assert window.escalation.service.flush(10)  # the incident is in the log
    # Forwarding's first round has put back what a crash cut off (a write) and looked
    # for what is due.
    qtbot.waitUntil(lambda: window.callbacks.worker is not None
                    and window.callbacks.worker._resumed, timeout=10_000)
    wait_idle(window)
    log = saved_log(window)  # the test's own reader, from the test's thread
    assert log.execute("select count(*) from incidents where uid = ?", [uid]).fetchone() == (1,)
    writers = [name for name in opened_by if name not in ("desk-log",
                                                          threading.main_thread().name)]
    assert writers == []
    assert opened_by.count("desk-log") == 1
