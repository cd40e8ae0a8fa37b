"""``desk sync purge --older-than DAYS``: head office's own retention, run as the owner.

The same rules as a branch's ``desk purge`` (``desk/store/retention.py``), on the server's
tables, where a row's references point at rows of the same ``log_id``: calls (with their
checklist marks and answered callbacks) and alarms started before the cutoff go; a call
whose callback is still open stays, and so does an alarm with a delivery still on its way,
and a call an alarm still points at. Counted first, deleted in one transaction.
A branch's local purge never deletes here; this is the only way rows leave the server.
"""

from __future__ import annotations

from desk.sync.branches import require_owner

OLD_INCIDENTS = ("select log_id, id from incidents i where i.raised_at < %(cutoff)s and "
                 "not exists (select 1 from deliveries d where d.log_id = i.log_id and "
                 "d.incident_id = i.id and d.status in ('queued', 'sending', 'failed'))")
OLD_CALLS = ("select log_id, id from calls c where c.ended_at is not null and "
             "c.started_at < %(cutoff)s and not exists (select 1 from callbacks cb where "
             "cb.log_id = c.log_id and cb.call_id = c.id and cb.answered_at is null) and "
             "not exists (select 1 from incidents i where i.log_id = c.log_id and "
             "i.call_id = c.id)")
OLD_CALLBACKS = ("select log_id, id from callbacks cb where cb.answered_at is not null and "
                 "((log_id, call_id) in (" + OLD_CALLS + ") or "
                 "(cb.call_id is null and cb.created_at < %(cutoff)s))")
# (table, pointing column, which rows): children first; alarms before calls, so a call is
# kept only while an alarm that stays still points at it.
STEPS = [
    ("deliveries", "incident_id", "select log_id, id from desk_purge_incidents"),
    ("incidents", "id", "select log_id, id from desk_purge_incidents"),
    ("stage_marks", "call_id", OLD_CALLS),
    ("callback_notices", "callback_id", OLD_CALLBACKS),
    ("callbacks", "id", OLD_CALLBACKS),
    ("calls", "id", OLD_CALLS),
]


def kept_back(cur, cutoff: str) -> int:
    """Old calls kept because their callback is still open."""
    cur.execute("select count(*) from calls c where c.ended_at is not null and "
                "c.started_at < %(cutoff)s and exists (select 1 from callbacks cb where "
                "cb.log_id = c.log_id and cb.call_id = c.id and cb.answered_at is null)",
                {"cutoff": cutoff})
    return cur.fetchone()[0]


def purge(conn, cutoff: str, *, dry_run: bool = False) -> dict[str, int]:
    """Delete at head office what started before ``cutoff``; rows per table. ``dry_run``
    counts exactly the same way and rolls back. Refused unless run as the owner."""
    import psycopg

    deleted: dict[str, int] = {}
    try:
        with conn.transaction(force_rollback=dry_run), conn.cursor() as cur:
            require_owner(cur)
            # Alarms are decided before their deliveries go (the condition reads them).
            cur.execute("create temp table desk_purge_incidents on commit drop as "
                        + OLD_INCIDENTS, {"cutoff": cutoff})
            for table, column, rows in STEPS:
                cur.execute(f"delete from {table} where (log_id, {column}) in ({rows})",
                            {"cutoff": cutoff})
                deleted[table] = cur.rowcount
    except psycopg.errors.InsufficientPrivilege:  # defence: the owner check came first
        from desk.sync.errors import SyncProblem

        raise SyncProblem("this role may not delete at head office; run it with the "
                          "owner's role") from None
    return deleted
