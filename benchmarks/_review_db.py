"""Demo logs for the review benchmarks, made by ``desk demo-data`` and cached under /tmp.

The cache key includes a hash of the schema and the demo generator, so a changed schema
never reuses an old file.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _key() -> str:
    text = b"".join((ROOT / p).read_bytes() for p in ("desk/store/migrations.py",
                                                     "desk/core/demo.py"))
    return hashlib.sha256(text).hexdigest()[:10]


def demo_log(calls: int = 1_000_000, seed: int = 42) -> Path:
    cache = Path(os.environ.get("DESK_BENCH_CACHE", Path(tempfile.gettempdir()) / "desk-bench"))
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"review-{calls}-s{seed}-{_key()}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in cache.glob(partial.name + "*"):
        leftover.unlink()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desk", "demo-data", "--calls", str(calls),
                    "--seed", str(seed), "--db", str(partial)], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL)
    import sqlite3

    conn = sqlite3.connect(partial)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    partial.rename(path)
    print(f"(desk demo-data --calls {calls:,}: built {path.name} in "
          f"{time.perf_counter() - start:.0f} s)")
    return path


def desk_env() -> dict[str, str]:
    home = tempfile.mkdtemp(prefix="desk-bench-")
    return {**os.environ, "PYTHONPATH": str(ROOT), "HOME": home, "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(Path(home) / "config"), "XDG_DATA_HOME": str(Path(home) / "d")}
