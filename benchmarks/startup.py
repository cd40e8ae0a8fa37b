"""Start-up: process start to the console on screen and to ready for a call, against a bare
PySide6 QMainWindow started the same way.

Each process prints a line the moment it gets there (the bare window at its first paint;
the console at its first paint, then when its call log is open) and is then stopped: what
is timed is start-up, not shutdown. Alternating runs, median of 9 (DESK_BENCH_RUNS).
Cold start (the first start after boot): as root, the page cache is dropped before each run
of either program (median of 3, DESK_BENCH_COLD_RUNS; 0 skips it); not root: skipped, said.
Targets: console ready for a call <= 1.5x the bare window's first paint (warm);
<= 2x the bare window started cold (cold). The "floor" line times a window of 15 widgets
and a status bar with nothing of Desk in it, against the same bare window: what any
PySide6 console that shows text starts at.
Then the same for the bundle, when one is built (dist/desk or DESK_BUNDLE): start to the
printed line against a bare window frozen the same way that prints at its first paint
(target <= 2x), and start to exit as ``benchmarks/bundle.py`` times it (the console's exit
waits for its threads, so that figure holds shutdown too).
Bytecode: each run reads the compiled modules an installed Desk has (pip and the bundle
compile them at install time), kept in a folder of this run's own (PYTHONPYCACHEPREFIX,
written by the first, unmeasured start): a PYTHONDONTWRITEBYTECODE set in the calling shell
would otherwise make the console compile ~100 modules on every start while the bare window
reads PySide6's compiled files. DESK_BENCH_BYTECODE=0 keeps the calling shell's setting.
DESK_BENCH_CONFIG=<file>: the console starts with that branch config (e.g. one with its
alarm channels) instead of the defaults (no channel).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import BARE_WINDOW, PYTHON, env, median, timed_run  # noqa: E402

RUNS = int(os.environ.get("DESK_BENCH_RUNS", "9"))
COLD_RUNS = int(os.environ.get("DESK_BENCH_COLD_RUNS", "3"))
BARE = BARE_WINDOW.replace("app.quit()", 'print("painted", flush=True)')
# The least a console of this kind pays: the bare window with a few widgets that show
# text, one touch of the ``Qt`` namespace's enums, and the two modules a call log and a
# config need. No config, content, call log or feature of Desk's.
FLOOR = BARE.replace("window = Window()\n", """window = Window()
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget
import sqlite3, tomllib
central = QWidget(window)
window.setCentralWidget(central)
rows = QVBoxLayout(central)
name = QLabel("Desk - Espoo", central)
name.setTextFormat(Qt.TextFormat.PlainText)
rows.addWidget(name)
rows.addWidget(QPushButton("Start call (F2)", central))
rows.addWidget(QPushButton("SECURITY ALARM", central))
for item in range(12):
    rows.addWidget(QCheckBox(f"Checklist item {item}", central))
window.statusBar().showMessage("Ready")
window.resize(1100, 720)
""")


def compiled_like_installed(tmp: Path) -> bool:
    """Both programs read compiled modules, as installed (see the docstring)."""
    if os.environ.get("DESK_BENCH_BYTECODE", "1") == "0":
        return False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")  # env() copies os.environ
    return True


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


def cold_reason() -> str | None:
    """Why no cold start can be measured here (None: it can)."""
    if not COLD_RUNS:
        return "DESK_BENCH_COLD_RUNS=0"
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "dropping the page cache needs root"
    if not os.access("/proc/sys/vm/drop_caches", os.W_OK):
        return "/proc/sys/vm/drop_caches is not writable here"
    return None


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def measure(desk: list[str], bare: list[str], runs: int, cold: bool):
    console_env = env(DESK_ANNOUNCE_READY="1", DESK_ANNOUNCE_PAINT="1")
    bare_t, painted, ready = [], [], []
    for _ in range(runs):
        if cold:
            drop_caches()
        bare_t += until_lines(bare, env(), ["painted"])
        if cold:
            drop_caches()
        p, r = until_lines(desk, console_env, ["desk painted", "desk ready"])
        painted.append(p)
        ready.append(r)
    return median(bare_t), median(painted), median(ready)


def report(name: str, runs: int, figures, target: float) -> None:
    b, p, r = figures
    print(f"{name}: bare QMainWindow, start to first paint:  median {b * 1000:.0f} ms (n={runs})")
    print(f"{name}: desk console, start to first paint:      median {p * 1000:.0f} ms")
    print(f"{name}: desk console, start to ready for a call: median {r * 1000:.0f} ms")
    print(f"{name}: ratio console/bare (paint): {p / b:.2f}")
    print(f"{name}: ratio console/bare (ready): {r / b:.2f}  (target <= {target:g})")


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="desk-startup-"))
    installed = compiled_like_installed(tmp)
    print("bytecode: " + ("compiled once, as installed" if installed else
                          "as the calling shell has it (DESK_BENCH_BYTECODE=0)"))
    bare_script = tmp / "bare.py"
    bare_script.write_text(BARE)
    db = tmp / "desk.db"
    desk = [PYTHON, "-m", "desk", "--db", str(db)]
    if os.environ.get("DESK_BENCH_CONFIG"):
        desk += ["--config", os.environ["DESK_BENCH_CONFIG"]]
        print(f"config: {os.environ['DESK_BENCH_CONFIG']}")
    bare = [PYTHON, str(bare_script)]
    console_env = env(DESK_ANNOUNCE_READY="1", DESK_ANNOUNCE_PAINT="1")
    until_lines(desk, console_env, ["desk painted", "desk ready"])  # create + migrate once
    until_lines(bare, env(), ["painted"])
    warm = measure(desk, bare, RUNS, cold=False)
    report("warm", RUNS, warm, 1.5)
    floor(tmp, bare)
    hand_over(desk, warm[0])
    reason = cold_reason()
    if reason:
        print(f"cold: not measured ({reason})")
    else:
        report("cold", COLD_RUNS, measure(desk, bare, COLD_RUNS, cold=True), 2)
        print("cold: target is within 2x a bare window started cold")
    bundle_figures(tmp, reason)


def floor(tmp: Path, bare: list[str]) -> None:
    """Where 1.5x stands: a window of 15 widgets and a status bar (``FLOOR``) against the
    bare window, alternating runs."""
    script = tmp / "floor.py"
    script.write_text(FLOOR)
    floor_argv = [PYTHON, str(script)]
    until_lines(floor_argv, env(), ["painted"])
    bare_t, floor_t = [], []
    for _ in range(RUNS):
        bare_t += until_lines(bare, env(), ["painted"])
        floor_t += until_lines(floor_argv, env(), ["painted"])
    print(f"warm: floor, a window of 15 widgets and a status bar (one Qt enum, sqlite3 and "
          f"tomllib imported; none of Desk): median {median(floor_t) * 1000:.0f} ms vs "
          f"{median(bare_t) * 1000:.0f} ms: ratio {median(floor_t) / median(bare_t):.2f}")


def hand_over(desk: list[str], bare: float) -> None:
    """A second start while a console runs on the log (a second click, Desk kept in the
    notification area): start to exit, the running console asked to come to the front."""
    console_env = env(DESK_ANNOUNCE_READY="1")
    running = subprocess.Popen(desk, env=console_env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        for line in running.stdout:
            if line.startswith("desk ready"):
                break
        # The console listens a turn after ready: the first hand-over may find it not yet.
        timed_run(desk, console_env)
        times = [timed_run(desk, console_env) for _ in range(RUNS)]
    finally:
        running.kill()
        running.wait(10)
        running.stdout.close()
    print(f"warm: second start, a console running: median {median(times) * 1000:.0f} ms to "
          f"exit, the console asked to the front (ratio to the bare window {median(times) / bare:.2f})")


def bundle_figures(tmp: Path, cold_reason_: str | None) -> None:
    import bundle as frozen

    if not frozen.DESK.exists():
        print(f"bundle: not measured (no bundle at {frozen.DESK}; packaging/build.sh, or "
              "DESK_BUNDLE=<folder>)")
        return
    bare = [str(frozen.bare_bundle())]
    desk = [str(frozen.DESK), "--db", str(tmp / "bundle.db")]
    timed_run(desk, env(DESK_QUIT_AFTER_SHOWN="ready"))  # create + migrate the log once
    timed_run(bare, env())
    bare_lines = [str(frozen.bare_bundle("bare_painted", BARE))]  # prints at its first paint
    modes = [("warm", RUNS, False)] + ([] if cold_reason_ else [("cold", COLD_RUNS, True)])
    for name, runs, cold in modes:
        # Start-up, as for the source: to the line each prints (the target's measure).
        b, p, r = measure(desk, bare_lines, runs, cold)
        print(f"bundle {name}: bare frozen window, start to first paint: median "
              f"{b * 1000:.0f} ms (n={runs})")
        print(f"bundle {name}: desk, to first paint / to ready: {p * 1000:.0f} / "
              f"{r * 1000:.0f} ms")
        print(f"bundle {name}: ratio desk/bare (paint): {p / b:.2f}; (ready): {r / b:.2f}  "
              "(target <= 2)")
        # And to the process's exit (what benchmarks/bundle.py times): the console's exit
        # waits for its threads (the log thread may be loading sqlite-utils by then).
        frozen.RUNS = runs
        b, p, r = frozen.measure(desk, bare, cold)
        print(f"bundle {name}, to exit: bare {b * 1000:.0f} ms; desk at first paint / at "
              f"ready {p * 1000:.0f} / {r * 1000:.0f} ms; ratios {p / b:.2f} / {r / b:.2f}")
    if cold_reason_:
        print(f"bundle cold: not measured ({cold_reason_})")


if __name__ == "__main__":
    main()
