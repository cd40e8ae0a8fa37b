"""Another program holding the call log's write lock, as a real separate process.

``with LockHolder(path): ...`` starts ``python`` that runs ``BEGIN EXCLUSIVE`` on the file
and keeps it until the block ends (it then rolls back, changing nothing).
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
print("released", flush=True)
"""


class LockHolder:
    def __init__(self, path):
        self.path = str(path)
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> LockHolder:
        self.process = subprocess.Popen([sys.executable, "-c", SCRIPT, self.path],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        if line != "locked":
            raise RuntimeError(f"lock holder did not start: {self.process.stderr.read()}")
        return self

    def release(self) -> None:
        if self.process is None:
            return
        out, errors = self.process.communicate("\n", timeout=10)
        self.process = None
        assert not errors.strip(), errors  # an unexpected error in the child fails the test
        assert out.strip() == "released"

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            if exc[0] is None:
                self.release()
            else:
                self.process.kill()
                self.process.communicate(timeout=10)
