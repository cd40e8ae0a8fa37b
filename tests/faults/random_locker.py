"""Other programs taking the call log's write lock at random, as real separate processes.

``with RandomLockers(path, count=2, hold_ms=(10, 400)) as lockers: ...`` starts ``count``
``python`` processes; each, until told to stop, waits a random pause, takes the write lock
(``BEGIN IMMEDIATE``), holds it for a random 10–400 ms and rolls back (changing nothing).
``lockers.taken`` says how many locks they held and for how long in all.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import random, select, sqlite3, sys, time
path, seed, low, high, gap = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:6])
rng = random.Random(seed)
conn = sqlite3.connect(path, timeout=30, isolation_level=None)
print("ready", flush=True)
taken, held = 0, 0.0

def told_to_stop(seconds):
    return bool(select.select([sys.stdin], [], [], seconds)[0])

while not told_to_stop(rng.uniform(0, gap)):
    conn.execute("BEGIN IMMEDIATE")
    start = time.monotonic()
    told = told_to_stop(rng.uniform(low, high) / 1000)
    conn.execute("ROLLBACK")
    taken, held = taken + 1, held + time.monotonic() - start
    if told:
        break
conn.close()
print(f"{taken} {held:.3f}", flush=True)
"""


class RandomLockers:
    def __init__(self, path, count: int = 2, hold_ms: tuple[int, int] = (10, 400),
                 gap_s: float = 0.3, seed: int = 18):
        self.path, self.count, self.gap_s, self.seed = str(path), count, gap_s, seed
        self.hold_ms = hold_ms
        self.processes: list[subprocess.Popen] = []
        self.taken = 0  # locks held, once stopped
        self.held_s = 0.0  # seconds the lock was held in all, once stopped

    def __enter__(self) -> RandomLockers:
        for n in range(self.count):
            process = subprocess.Popen(
                [sys.executable, "-c", SCRIPT, self.path, str(self.seed + n),
                 str(self.hold_ms[0]), str(self.hold_ms[1]), str(self.gap_s)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True)
            self.processes.append(process)
            line = process.stdout.readline().strip()
            if line != "ready":
                raise RuntimeError(f"random locker did not start: {process.stderr.read()}")
        return self

    def stop(self) -> None:
        for process in self.processes:
            out, errors = process.communicate("stop\n", timeout=30)
            assert not errors.strip(), errors  # an error in a locker fails the test
            taken, held = out.split()
            self.taken += int(taken)
            self.held_s += float(held)
        self.processes = []

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.stop()
        for process in self.processes:
            process.kill()
            process.communicate(timeout=10)
