"""Compile the translation sources into what the console loads: desk_<lang>.ts -> .qm.

    python scripts/build_qm.py

Uses ``pyside6-lrelease`` from the PySide6 wheel (beside this Python, or on PATH).
``tests/test_translations.py`` checks the committed ``.qm`` files match their ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: it comes with PySide6 (pip install PySide6)")
    return found


def build(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True, timeout=120)


def main() -> int:
    for ts in sorted(I18N.glob("desk_*.ts")):
        build(ts, ts.with_suffix(".qm"))
        print(f"{ts.with_suffix('.qm').relative_to(ROOT)}: {ts.with_suffix('.qm').stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
