"""Calls per second and write latency of a console while other programs take the lock.

A console (offscreen, the real window, services and log thread) takes calls as fast as its
log lets it: start, two ticks, notes, end, and a callback every third call, then waits for
the log to catch up. Every write is timed from the moment it was queued to the moment the
log thread had it committed. Baseline in the same run: the same console with nobody else
on the file. Then two real processes take the write lock at random for 10–400 ms. Printed:
calls per second and p50/p99 write latency of both, and their ratios. At the end each run
is checked: every call once, no callback twice.

``DESK_SOAK_S`` seconds per phase (default 10; 60 for the full figure).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(1, str(Path(__file__).parent.parent))  # the repo: its test helpers
from _common import percentile  # noqa: E402

from tests.faults.random_locker import RandomLockers  # noqa: E402

SOAK_S = float(os.environ.get("DESK_SOAK_S", "10"))


def phase(app, lockers: int) -> dict:
    import sqlite3

    from desk import config, content
    from desk.core.callbacks import CallbackForm
    from desk.core.clock import SystemClock
    from desk.ui.console.window import DeskConsole
    from desk.ui.services import Services

    path = Path(tempfile.mkdtemp(prefix="desk-soak-")) / "desk.db"
    services = Services(db_path=path, config=config.defaults(), clock=SystemClock(),
                        content=content.load("en"), language="en")
    window = DeskConsole(services)
    window.show()
    while not window.ready:
        app.processEvents()
    latencies: list[float] = []
    thread = window.ops.thread
    plain_submit = thread.submit

    def timed_submit(job):
        queued, done = time.perf_counter(), job.on_done

        def on_done(finished):
            if finished.write and not finished.cancelled:
                latencies.append(time.perf_counter() - queued)
            done(finished)

        job.on_done = on_done
        return plain_submit(job)

    thread.submit = timed_submit
    session, calls, callbacks = window.session, 0, 0
    holders = RandomLockers(path, count=lockers).__enter__() if lockers else None
    started = time.perf_counter()
    while time.perf_counter() - started < SOAK_S:
        calls += 1
        session.start(caller_number=f"+35840{calls:07d}")
        session.mark("greeting", "said_hello", True)
        session.mark("greeting", "gave_name_and_unit", True)
        session.update(notes=f"Notes of call {calls}")
        if calls % 3 == 0:
            window.callbacks._take(CallbackForm(
                full_name=f"Caller {calls}", question="Billed twice", phone="040 123 4567",
                department="General enquiries"))
            callbacks += 1
        session.end("resolved", "Invoice")
        while not window.ops.idle():
            app.processEvents()
    elapsed = time.perf_counter() - started
    if holders is not None:
        holders.stop()
    window.close()
    reader = sqlite3.connect(path)
    stored = reader.execute("select count(*), count(distinct caller_number) from calls"
                            ).fetchone()
    taken = reader.execute("select count(*) from callbacks").fetchone()[0]
    reader.close()
    if stored != (calls, calls) or taken != callbacks:
        raise SystemExit(f"the log does not hold what was done: calls {stored} of {calls}, "
                         f"callbacks {taken} of {callbacks}")
    return {"calls_per_s": calls / elapsed, "p50_ms": percentile(latencies, 50) * 1000,
            "p99_ms": percentile(latencies, 99) * 1000, "writes": len(latencies),
            "locks": holders.taken if holders else 0,
            "locked_s": holders.held_s if holders else 0.0}


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    alone = phase(app, 0)
    contended = phase(app, 2)
    for name, figures in (("alone", alone), ("2 lock holders", contended)):
        print(f"{name:>15}: {figures['calls_per_s']:7.1f} calls/s, write latency "
              f"p50 {figures['p50_ms']:7.1f} ms, p99 {figures['p99_ms']:7.1f} ms "
              f"({figures['writes']} writes; {figures['locks']} locks held "
              f"{figures['locked_s']:.1f} s of {SOAK_S:.0f} s)")
    print(f"ratio (with holders / alone): calls/s {contended['calls_per_s'] / alone['calls_per_s']:.2f}x,"
          f" p99 latency {contended['p99_ms'] / alone['p99_ms']:.1f}x")
    print("every call and callback in the log exactly once: yes")


if __name__ == "__main__":
    main()
