"""Helpers shared by the benchmark scripts (each script prints its own figures)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            app.quit()
window = Window()
window.show()
app.exec()
"""


def env(**extra: str) -> dict[str, str]:
    home = tempfile.mkdtemp(prefix="desk-bench-")
    values = dict(os.environ)
    values.update({"QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_RUNTIME_DIR": home,
                   "XDG_DATA_HOME": str(Path(home) / "data")})
    values.update(extra)
    return values


def timed_run(argv: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=environment, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=60)
    return time.perf_counter() - start


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


PYTHON = sys.executable
