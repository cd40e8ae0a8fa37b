"""desk purge is local: nothing is queued for head office, purged names are not left
readable in the file."""

from __future__ import annotations

import sqlite3
from datetime import date


def test_purge_queues_nothing_for_head_office_and_leaves_no_names_behind(desk_cli, demo_db):
    from desk.sync import queue

    conn = sqlite3.connect(demo_db, isolation_level=None)
    queue.enable(conn)
    conn.execute("delete from sync_outbox")  # as after a push: everything is at head office
    oldest = conn.execute("select min(id) from calls").fetchone()[0]
    conn.execute("update calls set caller_name = 'Zebulon Quartermaine' where id = ?", [oldest])
    conn.close()
    days = (date.today() - date(2026, 11, 16)).days  # demo calls run 2 Nov to 20 Nov
    status, out, _err = desk_cli("purge", "--db", str(demo_db), "--older-than", str(days),
                                 "--yes")
    assert status == 0 and "deleted" in out and "head office keeps" in out
    conn = sqlite3.connect(demo_db)
    left = conn.execute("select count(*) from calls where id = ?", [oldest]).fetchone()[0]
    waiting = conn.execute("select count(*) from sync_outbox").fetchone()[0]
    state = conn.execute("select value from meta where key = 'sync_queue'").fetchone()[0]
    conn.close()
    # The queue is still on, and the purge queued no delete for head office.
    assert left == 0 and waiting == 0 and state == "on"
    files = [demo_db, demo_db.with_name(demo_db.name + "-wal")]
    data = b"".join(f.read_bytes() for f in files if f.exists())
    assert b"Zebulon Quartermaine" not in data
