"""``desk purge --older-than DAYS``: the branch's retention, counted first, deleted in one
transaction. Never deleted: calls with a callback still open (the promise is not kept yet),
alarms with a delivery still on its way. Merge records (``merged_rows``) stay, so a purged
row is not merged back in from an old copy.

Retention is local: head office keeps its own. The purge's deletes are never queued for
head office (the sync triggers are paused inside the purge's transaction, and changes
still waiting for purged rows are dropped, or the pusher would find the rows gone and
delete them there). ``secure_delete`` is on for the purge, so purged caller names are
overwritten with zeros instead of staying readable in the file's free pages."""

from __future__ import annotations

from desk.sync.tables import SYNCED

QUEUE_ON = "sync_queue"  # desk.sync.queue.QUEUE_ON: the triggers fire only while 'on'

OLD_CALLS = ("select id from calls where ended_at is not null and started_at < :cutoff "
             "and id not in (select call_id from callbacks where answered_at is null "
             "and call_id is not null) "
             "and id not in (select call_id from incidents where call_id is not null)")
OLD_CALLBACKS = ("select id from callbacks where answered_at is not null and "
                 "(call_id in (" + OLD_CALLS + ") or (call_id is null and created_at < :cutoff))")
OLD_INCIDENTS = ("select id from incidents where raised_at < :cutoff and id not in "
                 "(select incident_id from deliveries where status in ('queued', 'sending', "
                 "'failed'))")
# (table, condition), children before parents (foreign keys are on). Alarms go first: a
# call is kept while any alarm still points at it (one raised later, one still being
# delivered), and the conditions below read what is left.
STEPS = [
    ("deliveries", "incident_id in (" + OLD_INCIDENTS + ")"),
    ("incidents", "id in (" + OLD_INCIDENTS + ")"),
    ("stage_marks", "call_id in (" + OLD_CALLS + ")"),
    ("callback_notices", "callback_id in (" + OLD_CALLBACKS + ")"),
    ("callback_events", "callback_id in (" + OLD_CALLBACKS + ")"),
    ("callback_forwards", "callback_id in (" + OLD_CALLBACKS + ")"),
    ("callbacks", "id in (" + OLD_CALLBACKS + ")"),
    ("calls", "id in (" + OLD_CALLS + ")"),
]


def kept_back(conn, cutoff: str) -> int:
    """Old calls kept because their callback is still open."""
    return conn.execute("select count(*) from calls where ended_at is not null and "
                        "started_at < :cutoff and id in (select call_id from callbacks where "
                        "answered_at is null)", {"cutoff": cutoff}).fetchone()[0]


def purge(conn, cutoff: str, *, dry_run: bool = False) -> dict[str, int]:
    """Delete calls (and what hangs off them) started before ``cutoff``, in one
    transaction; returns rows per table. ``dry_run`` counts exactly the same way and
    rolls back. ``conn`` must be in autocommit mode (isolation_level None)."""
    deleted = {}
    if not dry_run:
        conn.execute("pragma secure_delete = on")
    conn.execute("begin immediate")
    try:
        # Head office keeps its own retention: these deletes are not queued for it.
        queue_was = conn.execute("select value from meta where key = ?",
                                 [QUEUE_ON]).fetchone()
        conn.execute("update meta set value = 'paused by purge' where key = ?", [QUEUE_ON])
        # Incidents are decided before their deliveries go (the condition reads them).
        incident_ids = [[r[0]] for r in conn.execute(OLD_INCIDENTS, {"cutoff": cutoff})]
        for table, cond in STEPS:
            if table in ("deliveries", "incidents"):
                key = "incident_id" if table == "deliveries" else "id"
                if table in SYNCED:
                    conn.executemany(f"delete from sync_outbox where tbl = '{table}' and "
                                     f"row_id in (select id from {table} where {key} = ?)",
                                     incident_ids)
                cur = conn.executemany(f"delete from {table} where {key} = ?", incident_ids)
            else:
                if table in SYNCED:
                    conn.execute(f"delete from sync_outbox where tbl = '{table}' and row_id in "
                                 f"(select id from {table} where {cond})", {"cutoff": cutoff})
                cur = conn.execute(f"delete from {table} where {cond}", {"cutoff": cutoff})
            deleted[table] = cur.rowcount
        if queue_was is not None:
            conn.execute("update meta set value = ? where key = ?", [queue_was[0], QUEUE_ON])
    except BaseException:
        conn.execute("rollback")
        raise
    conn.execute("rollback" if dry_run else "commit")
    if not dry_run:
        # The WAL still holds the deleted pages' old images until a checkpoint rewrites the
        # file: truncate it now (a console reading meanwhile may keep part of it; its own
        # checkpoints overwrite the rest).
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.execute("pragma secure_delete = off")
    return deleted
