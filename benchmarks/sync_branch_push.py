"""What row-level security costs a push: one log pushed as a branch role (every row checked
against the role's logs) against the same log pushed as the table owner (policies do not
apply: the path every push took before branch roles), each into a fresh database, in the
same run. Scale: SYNC_BENCH_CALLS calls (10% with checklist marks); each side runs
SYNC_BENCH_ROUNDS times (fresh database each), the best is kept.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import _sync  # noqa: E402

CALLS = int(os.environ.get("SYNC_BENCH_CALLS", "50000"))
ROUNDS = int(os.environ.get("SYNC_BENCH_ROUNDS", "2"))
BRANCH_PASSWORD = "bench-branch-secret"


def push(path: Path, url: str, password: str) -> float:
    from desk.sync.push import SyncWorker
    from desk.sync.settings import SyncSettings

    os.environ["DESK_SYNC_PASSWORD"] = password
    worker = SyncWorker(path, SyncSettings(url=url, branch="Espoo", workstation="desk-1"))
    start = time.perf_counter()
    try:
        while True:
            result = worker.run_once()
            if result.error:
                raise SystemExit(result.error)
            if not result.waiting_more:
                return time.perf_counter() - start
    finally:
        worker.close()
        os.environ["DESK_SYNC_PASSWORD"] = _sync.PASSWORD  # the owner's, for the next set-up


def as_role(url: str, role: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{role}@{parts.netloc.rsplit('@', 1)[-1]}"))


def fresh_copy(template: Path, folder: Path, n: int) -> Path:
    path = folder / f"run{n}.db"
    shutil.copy(template, path)
    return path


def main() -> None:
    from desk.sync import queue
    from desk.sync.branches import add_branch
    from desk.sync.server import connect

    srv = _sync.server()
    folder = _sync.scratch()
    try:
        template = _sync.make_log(folder, "desk-1", CALLS, 1, CALLS // 10)
        import sqlite3

        conn = sqlite3.connect(template)
        queue.enable(conn)  # history queued once; every run pushes a copy of it
        conn.commit()
        conn.close()
        rows = _sync.local_rows(template)
        owner_s, branch_s, n = [], [], 0
        for _ in range(ROUNDS):
            for side in ("owner", "branch"):
                n += 1
                url = _sync.initialised(srv, f"rls{n}_")
                password = _sync.PASSWORD
                if side == "branch":
                    role = f"bench_branch_{n}"
                    with connect(url) as owner:
                        add_branch(owner, "Espoo", role, BRANCH_PASSWORD)
                    url, password = as_role(url, role), BRANCH_PASSWORD
                seconds = push(fresh_copy(template, folder, n), url, password)
                (owner_s if side == "owner" else branch_s).append(seconds)
        best_owner, best_branch = min(owner_s), min(branch_s)
        print(f"one log: {CALLS:,} calls, {rows:,} rows; best of {ROUNDS} fresh databases")
        print(f"push as the owner (no row-level security, the old path): {best_owner:.2f} s "
              f"= {rows / best_owner:,.0f} rows/s")
        print(f"push as a branch role (row-level security): {best_branch:.2f} s "
              f"= {rows / best_branch:,.0f} rows/s")
        print(f"ratio branch/owner time: {best_branch / best_owner:.2f}")
    finally:
        srv.cleanup()
        _sync.remove(folder)


if __name__ == "__main__":
    main()
