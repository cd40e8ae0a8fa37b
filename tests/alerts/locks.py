"""Another program holding the call log's write lock: a real second process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
print("released", flush=True)
"""


class LogLock:
    """``with LogLock(path):`` holds ``BEGIN EXCLUSIVE`` in a child process until
    ``release()`` (or the end of the block)."""

    def __init__(self, path: Path):
        self.path = path
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> LogLock:
        self.process = subprocess.Popen([sys.executable, "-c", HOLDER, str(self.path)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        if line != "locked":
            raise RuntimeError(f"the lock holder failed: {line} {self.process.stderr.read()}")
        return self

    def release(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        self.process.wait(10)
        errors = self.process.stderr.read()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()
        if answer != "released" or errors:
            raise RuntimeError(f"the lock holder did not release cleanly: {answer} {errors}")

    def __exit__(self, *exc) -> None:
        self.release()
