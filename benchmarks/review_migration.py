"""Migration m007_review on an existing 1,000,000-call log (full-text index + indexes).

The log is a copy of the `desk demo-data` log with m007's tables, triggers and indexes
taken out again, as a log written before m007 would be. Baseline (same run, same copy):
building one plain index, calls(started_at, id).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _review_db import demo_log  # noqa: E402

M007_INDEXES = ["idx_calls_started_at_ended_at_duration_s_channel_answered_at_topic",
                "idx_calls_operator_started_at", "idx_calls_workstation_started_at",
                "idx_calls_topic_started_at", "idx_calls_outcome_started_at",
                "idx_stage_marks_call_id_stage_status_item",
                "idx_stage_marks_status_stage_item_call_id",
                "idx_stage_marks_item_status_call_id", "idx_callbacks_call_id",
                "idx_incidents_call_id"]


def before_m007(source: Path, target: Path) -> None:
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    for trigger in ("calls_fts_insert", "calls_fts_update", "calls_fts_delete"):
        conn.execute(f"drop trigger if exists {trigger}")
    for table in ("calls_fts", "merged_rows", "merges"):
        conn.execute(f"drop table if exists {table}")
    for index in M007_INDEXES:
        conn.execute(f"drop index if exists {index}")
    conn.execute("delete from _sqlite_migrations where name = 'm007_review'")
    conn.commit()
    conn.execute("vacuum")
    conn.close()


def main() -> None:
    from sqlite_utils import Database

    from desk.store.migrations import migrations

    work = Path(tempfile.mkdtemp())
    old = work / "old.db"
    before_m007(demo_log(), old)
    conn = sqlite3.connect(old)
    start = time.perf_counter()
    conn.execute("create index bench_plain on calls (started_at, id)")
    conn.commit()
    base = time.perf_counter() - start
    conn.execute("drop index bench_plain")
    conn.commit()
    conn.close()
    db = Database(sqlite3.connect(old))
    start = time.perf_counter()
    migrations.apply(db)
    took = time.perf_counter() - start
    calls = db.execute("select count(*) from calls").fetchone()[0]
    found = db.execute("select count(*) from calls_fts where calls_fts match 'invoice'"
                       ).fetchone()[0]
    db.conn.close()
    print(f"m007_review on a {calls:,}-call log: {took:.1f} s (full-text index of topics and "
          f"notes + 10 indexes; 'invoice' then finds {found:,} calls)")
    print(f"one plain index calls(started_at, id) on the same log: {base:.1f} s; "
          f"ratio {took / base:.1f}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
