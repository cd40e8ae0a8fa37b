"""The bundle: start to first paint against a bare PySide6 window frozen the same way; size.

Both are PyInstaller one-folder programs, started the same way (offscreen, fresh home) and
quitting at their window's first paint; alternating runs, median of 9. The bare window is
frozen here with PyInstaller's defaults (cached under build/bench-bare). With --cold, and
if this user may drop the page cache, a cold start (caches dropped before each run) is
measured as well (it slows every other program on the machine: not by default).
Also: the desk bundle's start to database ready, and both bundles' unpacked size.
Targets: start ratio <= 2; size <= 150 MB. Needs dist/desk (packaging/build.sh), or
DESK_BUNDLE naming another build's folder or program (e.g. /work/wt/h9-deb/dist/desk).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "packaging"))
from _common import BARE_WINDOW, PYTHON, env, median, timed_run  # noqa: E402
from bundle_size import MB, sizes  # noqa: E402

RUNS = 9
def _desk_program() -> Path:
    named = os.environ.get("DESK_BUNDLE")
    if not named:
        return ROOT / "dist" / "desk" / "desk"
    path = Path(named)
    return path / "desk" if path.is_dir() else path


DESK = _desk_program()
BARE_DIR = ROOT / "build" / "bench-bare"


def bare_bundle(name: str = "bare", source: str = BARE_WINDOW) -> Path:
    """The bare window frozen with PyInstaller's defaults (``source``: what it runs)."""
    program = BARE_DIR / "dist" / name / name
    if not program.exists():
        script = BARE_DIR / f"{name}.py"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(source)
        subprocess.run([PYTHON, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level",
                        "ERROR", "--distpath", str(BARE_DIR / "dist"), "--workpath",
                        str(BARE_DIR / "work"), "--specpath", str(BARE_DIR), str(script)],
                       check=True)
    return program


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def measure(desk: list[str], bare: list[str], cold: bool) -> tuple[float, float, float]:
    bare_t, paint_t, ready_t = [], [], []
    for _ in range(RUNS):
        for argv, extra, sink in ((bare, {}, bare_t),
                                  (desk, {"DESK_QUIT_AFTER_SHOWN": "paint"}, paint_t),
                                  (desk, {"DESK_QUIT_AFTER_SHOWN": "ready"}, ready_t)):
            if cold:
                drop_caches()
            sink.append(timed_run(argv, env(**extra)))
    return median(bare_t), median(paint_t), median(ready_t)


def main() -> None:
    if not DESK.exists():
        sys.exit(f"benchmarks/bundle.py: no bundle at {DESK}: build it (bash packaging/build.sh)"
                 " or name one with DESK_BUNDLE")
    bare = [str(bare_bundle())]
    db = Path(tempfile.mkdtemp(prefix="desk-bundle-")) / "desk.db"
    desk = [str(DESK), "--db", str(db)]
    timed_run(desk, env(DESK_QUIT_AFTER_SHOWN="ready"))  # create + migrate the log once
    timed_run(bare, env())
    # Dropping the page cache slows every other program on the machine: only on request.
    modes = [("warm", False)] + ([("cold", True)] if "--cold" in sys.argv and drop_caches() else [])
    for name, cold in modes:
        b, p, r = measure(desk, bare, cold)
        print(f"{name} start, bare PySide6 window bundle to first paint: median {b * 1000:.0f} ms "
              f"(n={RUNS})")
        print(f"{name} start, desk bundle to first paint:               median {p * 1000:.0f} ms")
        print(f"{name} start, desk bundle to database ready:            median {r * 1000:.0f} ms")
        print(f"{name} ratio desk/bare (paint): {p / b:.2f}  (target <= 2); (ready): {r / b:.2f}")
    if len(modes) == 1:
        print("cold start not measured (--cold, as a user who may drop the page cache)")
    desk_size, _ = sizes(DESK.parent)
    bare_size, _ = sizes(Path(bare[0]).parent)
    print(f"size: desk bundle {desk_size / MB:.1f} MB, bare window bundle {bare_size / MB:.1f} MB "
          f"(ratio {desk_size / bare_size:.2f}); budget 150 MB ({desk_size / MB / 150:.0%})")


if __name__ == "__main__":
    main()
