"""`desk export --format csv` of all 1,000,000 calls, and its peak memory.

Baseline (same run): raw sqlite3 `select` of the same columns written with csv.writer,
no cell made safe. Targets: under 20 s; peak memory under 300 MB.
"""

from __future__ import annotations

import csv
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _review_db import ROOT, demo_log, desk_env  # noqa: E402

from desk.report.listing import EXPORT_COLUMNS  # noqa: E402


def main() -> None:
    path = demo_log()
    out = Path(tempfile.mkdtemp()) / "calls.csv"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desk", "export", "--db", str(path), "--format",
                    "csv", "--out", str(out)], cwd=ROOT, env=desk_env(), check=True,
                   stdout=subprocess.DEVNULL)
    took = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows = sum(1 for _ in out.open(encoding="utf-8")) - 1
    size_mb = out.stat().st_size / 1e6
    raw_out = out.with_name("raw.csv")
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    with raw_out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        writer.writerows(conn.execute(f"select {', '.join(EXPORT_COLUMNS)} from calls "
                                      "where ended_at is not null order by started_at, id"))
    conn.close()
    base = time.perf_counter() - start
    print(f"desk export --format csv: {rows:,} calls, {size_mb:.0f} MB in {took:.1f} s "
          f"(target < 20 s); peak memory {peak_mb:.0f} MB (target < 300)")
    print(f"raw sqlite3 + csv.writer of the same rows: {base:.1f} s; ratio {took / base:.2f}")
    out.unlink()
    raw_out.unlink()


if __name__ == "__main__":
    main()
