"""`desk incoming` to the call on the console's screen, against the durable queue alone.

A real console process per sample (fresh copy of a migrated log); the clock starts just
before `desk incoming NUMBER` is launched and stops when the console says the call is on
screen (its panel is filled: the line is printed after the call's slots ran). Baseline in
the same run: the same event put in the queue directly, so only the console's fallback
poll can find it (what every event cost before the wake-up). Also: the command's own run
time (process start, imports, the queue write, the wake-up, exit), to show where the time
goes: the console itself reacts within milliseconds of the wake-up.
With --bundle, the bundle's programs (dist/desk) are used, as at a branch.
Target: median < 300 ms (moonshot 100 ms).
"""

from __future__ import annotations

import queue
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import PYTHON, env, median, percentile  # noqa: E402

WAKE_RUNS, POLL_RUNS = 20, 8
NUMBER = "+358401234567"
BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "desk"
# --bundle: the PyInstaller programs a branch runs (desk, desk-cli) instead of `python -m desk`
CONSOLE, COMMAND = (([str(BUNDLE / "desk")], [str(BUNDLE / "desk-cli")]) if "--bundle" in sys.argv
                    else ([PYTHON, "-m", "desk"], [PYTHON, "-m", "desk"]))


class Console:
    def __init__(self, db: Path, environment: dict):
        self.proc = subprocess.Popen([*CONSOLE, "--db", str(db)], env=environment,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True)
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put((time.perf_counter(), line))

    def wait_for(self, text: str, timeout: float = 30.0) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                at, line = self.lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if text in line:
                return at
        raise TimeoutError(text)

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait(10)
        self.proc.stdout.close()


def sample(template: Path, tmp: Path, n: int, wake: bool) -> tuple[float, float]:
    db = tmp / f"sample-{n}.db"
    shutil.copy(template, db)
    environment = env(DESK_ANNOUNCE_READY="1")
    console = Console(db, environment)
    try:
        console.wait_for("desk ready")
        time.sleep(0.3)  # let the console go idle, as it is when a call comes
        start = time.perf_counter()
        if wake:
            subprocess.run([*COMMAND, "incoming", NUMBER, "--db", str(db)],
                           env=environment, check=True, stdout=subprocess.DEVNULL, timeout=30)
            command = time.perf_counter() - start
        else:
            with sqlite3.connect(db) as conn:
                conn.execute("insert into phone_events (kind, number, at, workstation) "
                             "values ('incoming', ?, '2026-01-01T00:00:00Z', '')", [NUMBER])
            command = 0.0
        shown = console.wait_for(f"desk call {NUMBER}") - start
    finally:
        console.stop()
    return shown, command


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="desk-incoming-"))
    template = tmp / "template.db"
    subprocess.run([PYTHON, "-m", "desk", "demo-data", "--calls", "200", "--seed", "1",
                    "--db", str(template)], env=env(), check=True, stdout=subprocess.DEVNULL)
    start = time.perf_counter()
    subprocess.run([PYTHON, "-c", "pass"], check=True)
    bare_python = time.perf_counter() - start
    woken, commands, polled = [], [], []
    for n in range(WAKE_RUNS):
        shown, command = sample(template, tmp, n, wake=True)
        woken.append(shown)
        commands.append(command)
        if n < POLL_RUNS:
            polled.append(sample(template, tmp, 100 + n, wake=False)[0])
    w, c, p = median(woken), median(commands), median(polled)
    print(f"programs: {' '.join(COMMAND)}")
    print(f"desk incoming -> call on screen:        median {w * 1000:.0f} ms, "
          f"p90 {percentile(woken, 90) * 1000:.0f} ms (n={WAKE_RUNS}; target < 300, "
          f"moonshot 100)")
    print(f"  the command's own run, start to exit: median {c * 1000:.0f} ms "
          f"(bare `python -c pass`: {bare_python * 1000:.0f} ms; the call is usually on "
          f"screen before the command has exited)")
    print(f"baseline: queue only (fallback poll):   median {p * 1000:.0f} ms (n={POLL_RUNS})")
    print(f"ratio woken/queue-only: {w / p:.2f}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
