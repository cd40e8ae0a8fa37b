"""Catch-up after a day offline: 10,000 calls (each with its stage marks) wait in the queue
of a console whose server was away; ``desk sync now`` pushes them all. Target < 30 s.

Baseline in the same run: a plain COPY of the same rows into unindexed tables.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import _sync  # noqa: E402

CALLS = 10_000


def main() -> None:
    srv = _sync.server()
    folder = _sync.scratch()
    try:
        url = _sync.initialised(srv, "catchup")
        config = folder / "branch.toml"
        config.write_text(f'[branch]\nname = "Espoo"\n\n[sync]\nurl = "{url}"\n')
        log = _sync.make_log(folder, "desk-1", CALLS, 1, CALLS)  # the day: all with marks
        rows = _sync.local_rows(log)
        env = dict(os.environ, PYTHONPATH=str(_sync.ROOT))
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "desk", "--db", str(log), "--config",
                               str(config), "sync", "now"], env=env, capture_output=True,
                              text=True, timeout=600)
        catch_up_s = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        raw_s, raw_rows = _sync.baseline_copy(srv, [log])
        assert raw_rows == rows
        print(f"a day offline: {CALLS} calls, {rows} rows (calls, stage marks, callbacks, notices, incidents, deliveries)")
        print(f"desk sync now (process start to all pushed): {catch_up_s:.1f} s "
              f"= {rows / catch_up_s:,.0f} rows/s (target < 30 s)")
        print(f"baseline plain COPY of the same rows: {raw_s:.2f} s")
        print(f"ratio catch-up/plain COPY: {catch_up_s / raw_s:.1f}")
    finally:
        srv.cleanup()
        _sync.remove(folder)


if __name__ == "__main__":
    main()
