"""`desk report --format pdf` (the weekly report) on a 1,000,000-call log, against
`desk report --format json` for the same period on the same log, measured in the same run.

The PDF computes the JSON's figures, those of the previous week (the comparison), the trend
per day and the incidents, then starts Qt offscreen and draws 1–3 A4 pages. Target: the
weekly PDF in under 5 s. Also printed, for scale: a PDF over the whole log's last 8 weeks.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import median  # noqa: E402
from _review_db import ROOT, demo_log, desk_env  # noqa: E402

RUNS = 3


def timed(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desk", "report", *args], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    path = demo_log(calls)
    env = desk_env()
    out = Path(tempfile.mkdtemp(prefix="desk-bench-pdf-")) / "week.pdf"
    week = ["--since", "7d", "--until", "yesterday"]
    json_t, pdf_t, json_cmp_t = [], [], []
    for _ in range(RUNS):  # interleaved: the page cache helps every side alike
        json_t.append(timed(["--db", str(path), "--format", "json", *week], env))
        json_cmp_t.append(timed(["--db", str(path), "--format", "json", *week,
                                 "--compare", "previous"], env))
        pdf_t.append(timed(["--db", str(path), "--format", "pdf", "--out", str(out), *week],
                           env))
    eight = timed(["--db", str(path), "--format", "pdf", "--out", str(out), "--since", "56d",
                   "--until", "yesterday"], env)
    j, jc, p = median(json_t), median(json_cmp_t), median(pdf_t)
    print(f"weekly report on a log of {calls:,} calls (n={RUNS}, medians):")
    print(f"  `desk report --format json` (last 7 days):            {j:.2f} s")
    print(f"  `... --format json --compare previous`:                {jc:.2f} s   "
          f"ratio {jc / j:.2f}")
    print(f"  `desk report --format pdf` (same week, compared):      {p:.2f} s   "
          f"ratio {p / j:.2f}   (target < 5 s: {'yes' if p < 5 else 'NO'})")
    print(f"  `desk report --format pdf --since 56d` (8 weeks, n=1): {eight:.2f} s   "
          f"ratio {eight / j:.2f}")
    print(f"  PDF size {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
