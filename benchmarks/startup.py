"""Start-up: process start to console painted, against a bare PySide6 QMainWindow.

Both processes quit at their window's first paint; alternating runs, median of 9.
Also: process start to database open and ready (the log opens after the first paint).
Target: ratio <= 1.5.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import BARE_WINDOW, PYTHON, env, median, timed_run  # noqa: E402

RUNS = 9


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="desk-startup-"))
    bare_script = tmp / "bare.py"
    bare_script.write_text(BARE_WINDOW)
    db = tmp / "desk.db"
    desk = [PYTHON, "-m", "desk", "--db", str(db)]
    timed_run(desk, env(DESK_QUIT_AFTER_SHOWN="ready"))  # create + migrate once, warm caches
    timed_run([PYTHON, str(bare_script)], env())
    bare, painted, ready = [], [], []
    for _ in range(RUNS):
        bare.append(timed_run([PYTHON, str(bare_script)], env()))
        painted.append(timed_run(desk, env(DESK_QUIT_AFTER_SHOWN="paint")))
        ready.append(timed_run(desk, env(DESK_QUIT_AFTER_SHOWN="ready")))
    b, p, r = median(bare), median(painted), median(ready)
    print(f"bare QMainWindow, start to first paint: median {b * 1000:.0f} ms (n={RUNS})")
    print(f"desk console, start to first paint:     median {p * 1000:.0f} ms")
    print(f"desk console, start to database ready:  median {r * 1000:.0f} ms")
    print(f"ratio console/bare (paint): {p / b:.2f}  (target <= 1.5)")
    print(f"ratio console/bare (ready): {r / b:.2f}")


if __name__ == "__main__":
    main()
