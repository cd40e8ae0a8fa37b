"""Start-up: process start to the console on screen and to ready for a call, against a bare
PySide6 QMainWindow started the same way.

Each process prints a line the moment it gets there (the bare window at its first paint;
the console at its first paint, then when its call log is open) and is then stopped: what
is timed is start-up, not shutdown. Alternating runs, median of 9.
Targets: console ready for a call <= 1.5x the bare window's first paint.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import BARE_WINDOW, PYTHON, env, median  # noqa: E402

RUNS = int(os.environ.get("DESK_BENCH_RUNS", "9"))
BARE = BARE_WINDOW.replace("app.quit()", 'print("painted", flush=True)')


def until_lines(argv: list[str], environment: dict, wanted: list[str]) -> list[float]:
    """Seconds from process start to each wanted line on stdout."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=environment, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    times = []
    try:
        for line in process.stdout:
            if any(line.startswith(w) for w in wanted[len(times):len(times) + 1]):
                times.append(time.perf_counter() - start)
                if len(times) == len(wanted):
                    break
    finally:
        process.kill()
        process.wait(10)
        process.stdout.close()
    if len(times) != len(wanted):
        raise SystemExit(f"{argv}: never printed {wanted}")
    return times


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="desk-startup-"))
    bare_script = tmp / "bare.py"
    bare_script.write_text(BARE)
    db = tmp / "desk.db"
    desk = [PYTHON, "-m", "desk", "--db", str(db)]
    console_env = env(DESK_ANNOUNCE_READY="1", DESK_ANNOUNCE_PAINT="1")
    until_lines(desk, console_env, ["desk painted", "desk ready"])  # create + migrate once
    until_lines([PYTHON, str(bare_script)], env(), ["painted"])
    bare, painted, ready = [], [], []
    for _ in range(RUNS):
        bare += until_lines([PYTHON, str(bare_script)], env(), ["painted"])
        p, r = until_lines(desk, console_env, ["desk painted", "desk ready"])
        painted.append(p)
        ready.append(r)
    b, p, r = median(bare), median(painted), median(ready)
    print(f"bare QMainWindow, start to first paint:      median {b * 1000:.0f} ms (n={RUNS})")
    print(f"desk console, start to first paint:          median {p * 1000:.0f} ms")
    print(f"desk console, start to ready for a call:     median {r * 1000:.0f} ms")
    print(f"ratio console/bare (paint): {p / b:.2f}")
    print(f"ratio console/bare (ready): {r / b:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
