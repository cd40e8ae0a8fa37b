"""Counting rows on both sides: central counts must equal the sum of the local ones."""

from __future__ import annotations

from desk.sync.tables import SYNCED


def local_counts(*dbs) -> dict[str, int]:
    totals = dict.fromkeys(SYNCED, 0)
    for db in dbs:
        for table in SYNCED:
            totals[table] += db.execute(f"select count(*) from {table}").fetchone()[0]
    return totals


def central_counts(url: str) -> dict[str, int]:
    from desk.sync.server import connect

    with connect(url) as conn:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in SYNCED}


def central_duplicates(url: str) -> int:
    from desk.sync.server import connect

    with connect(url) as conn:
        return sum(conn.execute(f"select count(*) - count(distinct (log_id, id)) from {t}")
                   .fetchone()[0] for t in SYNCED)


def settings(url: str, branch: str = "Espoo", workstation: str = "desk-1", **extra):
    from desk.sync.settings import SyncSettings

    return SyncSettings(url=url, branch=branch, workstation=workstation, **extra)


def sync_all(db_path, url: str, **extra):
    """Push everything waiting in one log, as ``desk sync now`` does."""
    from desk.sync.push import SyncWorker

    worker = SyncWorker(db_path, settings(url, **extra), batch_rows=200)
    try:
        while True:
            result = worker.run_once()
            assert result.error is None, result.error
            if not result.waiting_more:
                return result
    finally:
        worker.close()


def merge_logs(paths, into) -> None:
    """A merged SQLite file of several logs, ids shifted per log (what ``desk merge`` does),
    to check the central numbers against."""
    import sqlite3

    from desk.sync.tables import COLUMNS, REFERENCES

    target = sqlite3.connect(into)
    for n, path in enumerate(paths, start=1):
        source = sqlite3.connect(path)
        shift = n * 10_000_000
        for table, columns in COLUMNS.items():
            names = list(columns)
            moved = {"id", *REFERENCES.get(table, {})}
            rows = [[v + shift if name in moved and v is not None else v
                     for name, v in zip(names, row, strict=True)]
                    for row in source.execute(f"select {', '.join(names)} from {table}")]
            target.executemany(f"insert into {table} ({', '.join(names)}) values "
                               f"({', '.join('?' for _ in names)})", rows)
        source.close()
    target.commit()
    target.close()
