"""Caller history lookup on a 1,000,000-call database, against a raw indexed sqlite3 query.

For 200 known callers (drawn with a fixed seed): desk.core.history.lookup (earlier calls
by number and e-mail, open callbacks) versus one raw ``select ... where caller_number = ?
order by started_at desc limit 20`` on the same index, same run.
Targets: median under 20 ms and at most 3x the raw query.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _bigdb import big_db  # noqa: E402
from _common import median, percentile  # noqa: E402

CALLERS = 200
REPEAT = 10


def main() -> None:
    from desk.core.history import lookup
    from desk.store.db import open_db

    path = big_db()
    db = open_db(path)
    numbers = [r[0] for r in db.execute("select distinct caller_number from calls "
                                        "where caller_number is not null limit 50000")]
    picks = random.Random(7).sample(numbers, CALLERS)
    raw = sqlite3.connect(path)
    for number in picks:  # one pass first, so both paths measure a warm page cache alike
        lookup(db, number, f"{number[1:]}@example.org")
        raw.execute("select id from calls where caller_number = ? limit 20", [number]).fetchall()
    ours, base, sizes = [], [], []
    for number in picks:
        start = time.perf_counter()
        for _ in range(REPEAT):  # sub-0.1 ms timings: repeat so timer overhead does not dominate
            history = lookup(db, number, f"{number[1:]}@example.org")
        ours.append((time.perf_counter() - start) / REPEAT)
        sizes.append(len(history.calls))
        start = time.perf_counter()
        for _ in range(REPEAT):
            raw.execute("select id, started_at, duration_s, topic, outcome, notes, tried, "
                        "operator from calls where caller_number = ? order by started_at desc "
                        "limit 20", [number]).fetchall()
        base.append((time.perf_counter() - start) / REPEAT)
    calls = db.execute("select count(*) from calls").fetchone()[0]
    m, b = median(ours), median(base)
    print(f"database: {calls:,} calls; {CALLERS} callers, median {median(sizes):.0f} "
          f"earlier calls shown")
    print(f"history lookup: median {m * 1000:.2f} ms, p90 {percentile(ours, 90) * 1000:.2f} ms "
          f"(target < 20 ms)")
    print(f"raw indexed sqlite3 query: median {b * 1000:.3f} ms")
    print(f"ratio lookup/raw: {m / b:.2f} (target <= 3)")


if __name__ == "__main__":
    main()
