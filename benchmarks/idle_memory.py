"""Idle memory: RSS of the console (database open, on a demo log) minus a bare window.

Both processes are started, left idle until ready, and read from /proc/PID/status.
Target: at most 40 MB above the bare window.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import PYTHON, env  # noqa: E402

BARE_IDLE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
window = QMainWindow(); window.show()
QTimer.singleShot(300, lambda: print("ready", flush=True))
app.exec()
"""


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def measure(argv: list[str], environment: dict[str, str], ready_line: str) -> float:
    process = subprocess.Popen(argv, env=environment, stdout=subprocess.PIPE, text=True,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if ready_line in line:
                break
        time.sleep(1.0)  # let it settle into idle
        return rss_mb(process.pid)
    finally:
        process.kill()
        process.wait()


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="desk-mem-"))
    db = tmp / "demo.db"
    subprocess.run([PYTHON, "-m", "desk", "demo-data", "--calls", "2000", "--db", str(db)],
                   env=env(), check=True, stdout=subprocess.DEVNULL)
    bare_script = tmp / "bare.py"
    bare_script.write_text(BARE_IDLE)
    bare = measure([PYTHON, str(bare_script)], env(), "ready")
    console = measure([PYTHON, "-m", "desk", "--db", str(db)],
                      env(DESK_ANNOUNCE_READY="1"), "desk ready")
    print(f"bare window RSS: {bare:.1f} MB")
    print(f"console RSS:     {console:.1f} MB (idle, database open, 2000-call demo log)")
    print(f"difference: {console - bare:.1f} MB (target <= 40 MB); ratio {console / bare:.2f}")


if __name__ == "__main__":
    main()
