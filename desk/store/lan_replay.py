"""The LAN listener's memory of each sender's high-water mark (table ``lan_replay``).

Used from the listener thread with its own short-timeout connection: a locked log must
never stall or kill the listener, so every call here either succeeds or raises
``sqlite3.Error`` for the caller to keep the mark in memory and try again later.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_S = 0.05  # the listener must not stall behind a long write


class ReplayLog:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            # Never create a file here: the console opened (and migrated) the log already.
            uri = f"{self.path.resolve().as_uri()}?mode=rw"
            self._conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S,
                                         check_same_thread=False)
        return self._conn

    def load(self, now_iso: str) -> dict[str, int]:
        """Every sender's mark that has not expired."""
        rows = self._connection().execute(
            "select sender, high_water from lan_replay where expires_at > ?", [now_iso])
        return {sender: int(high) for sender, high in rows}

    def save(self, marks: dict[str, tuple[int, str]], now_iso: str) -> None:
        """Store ``{sender: (high_water, expires_at)}`` (never lowering a mark), prune."""
        conn = self._connection()
        with conn:
            conn.executemany(
                "insert into lan_replay (sender, high_water, expires_at, updated_at) "
                "values (?, ?, ?, ?) on conflict(sender) do update set "
                "high_water = max(high_water, excluded.high_water), "
                "expires_at = max(expires_at, excluded.expires_at), "
                "updated_at = excluded.updated_at",
                [(s, h, e, now_iso) for s, (h, e) in marks.items()])
            conn.execute("delete from lan_replay where expires_at <= ?", [now_iso])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
