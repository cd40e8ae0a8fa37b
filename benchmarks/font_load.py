"""Start-up cost of the bundled Devanagari font, against creating the QApplication itself.

Each run is a fresh process (fonts register once per process): it times
``QApplication([])`` and then ``load_bundled_fonts(app)``; median of 9.
The font must stay a small part of start-up (target: ratio <= 0.25).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import PYTHON, env, median  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9
PROBE = """
import json, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
t1 = time.perf_counter()
from desk.ui.fonts import load_bundled_fonts
families = load_bundled_fonts(app)
t2 = time.perf_counter()
print(json.dumps({"app": t1 - t0, "fonts": t2 - t1, "families": families}))
"""


def main() -> None:
    apps, fonts = [], []
    for _ in range(RUNS + 1):
        out = subprocess.run([PYTHON, "-c", PROBE], env=env(), cwd=ROOT, check=True,
                             capture_output=True, text=True, timeout=60).stdout
        result = json.loads(out.strip().splitlines()[-1])
        apps.append(result["app"])
        fonts.append(result["fonts"])
    apps, fonts = apps[1:], fonts[1:]  # the first run warms the disk cache
    a, f = median(apps), median(fonts)
    print(f"QApplication created (import + construct): median {a * 1000:.1f} ms (n={RUNS})")
    print(f"bundled fonts registered ({', '.join(result['families'])}): "
          f"median {f * 1000:.1f} ms")
    print(f"ratio fonts/QApplication: {f / a:.2f}  (target <= 0.25)")


if __name__ == "__main__":
    main()
