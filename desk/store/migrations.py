"""The schema, as named migrations. Never edit a released migration: add one.

The tables and columns here are a public interface (``docs/schema.md``):
supervisors open this file with sqlite-utils or Datasette.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desk.store.schema_steps import ORIGIN_TABLES

MIGRATION_SET = "desk"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    db["calls"].create(
        {
            "id": int,
            "started_at": str,
            "answered_at": str,
            "ended_at": str,
            "duration_s": int,
            "outcome": str,  # resolved|transferred|callback|escalated|abuse|other|interrupted
            "caller_number": str,  # E.164
            "caller_name": str,
            "caller_email": str,
            "topic": str,
            "notes": str,
            "tried": str,  # what the caller already tried
            "root_cause": str,
            "channel": str,  # phone|counter
            "stage": str,  # current stage while the call is open
            "upset": int,  # 1 while the caller is marked upset
            "end_reason": str,  # e.g. why a call was ended for abuse
            "operator": str,
            "workstation": str,
            "branch": str,
        },
        pk="id",
    )
    db["calls"].create_index(["started_at"])
    db["calls"].create_index(["caller_number", "started_at"])
    db["calls"].create_index(["caller_email", "started_at"])
    db["calls"].create_index(["ended_at"])

    db["stage_marks"].create(
        {"id": int, "call_id": int, "stage": str, "item": str, "status": str, "at": str},
        pk="id",
        foreign_keys=[("call_id", "calls", "id")],
    )
    db["stage_marks"].create_index(["call_id", "at"])

    db["callbacks"].create(
        {
            "id": int,
            "call_id": int,
            "full_name": str,
            "question": str,
            "phone": str,  # E.164
            "email": str,
            "department": str,
            "preferred_channel": str,  # phone|email
            "tried": str,
            "created_at": str,
            "due_at": str,
            "answered_at": str,
            "answered_by": str,
            "answered_how": str,
            "operator": str,  # who took it: they own it until it is answered
            "workstation": str,
        },
        pk="id",
        foreign_keys=[("call_id", "calls", "id")],
    )
    db["callbacks"].create_index(["answered_at", "due_at"])
    db["callbacks"].create_index(["phone"])
    db["callbacks"].create_index(["email"])

    db["callback_notices"].create(
        {
            "id": int,
            "callback_id": int,
            "told_at": str,
            "how": str,
            "new_due_at": str,
            "old_due_at": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("callback_id", "callbacks", "id")],
    )
    db["callback_notices"].create_index(["callback_id"])

    db["incidents"].create(
        {
            "id": int,
            "call_id": int,
            "raised_at": str,
            "acknowledged_at": str,
            "acknowledged_by": str,
            "cancelled_at": str,
            "cancel_reason": str,
            "kind": str,  # alarm|test
            "branch": str,
            "location": str,
            "workstation": str,
            "operator": str,
            "context": str,  # JSON: the live call's number, name, topic, elapsed, stage, notes
        },
        pk="id",
        foreign_keys=[("call_id", "calls", "id")],
    )
    db["incidents"].create_index(["raised_at"])

    db["deliveries"].create(
        {
            "id": int,
            "incident_id": int,
            "channel": str,  # webhook|email|lan|desktop (+ ":n" when a type appears twice)
            "message": str,  # alarm|cancel|test
            "status": str,  # queued|sending|delivered|failed|acknowledged|cancelled
            "attempts": int,
            "last_error": str,
            "next_attempt_at": str,
            "created_at": str,
            "delivered_at": str,
        },
        pk="id",
        foreign_keys=[("incident_id", "incidents", "id")],
    )
    db["deliveries"].create_index(["status", "next_attempt_at"])
    db["deliveries"].create_index(["incident_id"])

    # Forwarding of callbacks to departments, retried like alarm deliveries.
    db["callback_forwards"].create(
        {
            "id": int,
            "callback_id": int,
            "to_addr": str,
            "status": str,  # queued|sending|sent|failed
            "attempts": int,
            "last_error": str,
            "next_attempt_at": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("callback_id", "callbacks", "id")],
    )
    db["callback_forwards"].create_index(["status", "next_attempt_at"])

    # Whatever the operator is typing in a dialog, saved as typed (crash-safe).
    db["drafts"].create(
        {"kind": str, "call_id": int, "data": str, "updated_at": str}, pk="kind"
    )

    # Small workstation facts: last shift start, last reminder, etc.
    db["meta"].create({"key": str, "value": str}, pk="key")


@migrations()
def m002_phone_events(db: Database) -> None:
    # The phone system (or a script) tells the running console about calls:
    # `desk incoming|answered|hangup` write here, the console consumes them.
    db["phone_events"].create(
        {
            "id": int,
            "kind": str,  # incoming|answered|hangup
            "number": str,  # E.164
            "name": str,
            "at": str,
            "workstation": str,  # empty: any console on this database
            "consumed_at": str,
        },
        pk="id",
    )
    db["phone_events"].create_index(["consumed_at", "id"])


@migrations()
def m003_callback_events(db: Database) -> None:
    # Everything that happens to a callback after it is taken (moved, answered, forwarded,
    # delay notices), so supervisors can follow it; nothing is overwritten without a trace.
    db["callback_events"].create(
        {"id": int, "callback_id": int, "at": str, "kind": str, "detail": str, "operator": str},
        pk="id",
        foreign_keys=[("callback_id", "callbacks", "id")],
    )
    db["callback_events"].create_index(["callback_id", "at"])
    db["callbacks"].create_index(["department", "answered_at", "due_at"])
    db["callback_forwards"].create_index(["callback_id"])
    # Caller history looks callbacks up by contact: these beat the (answered_at, due_at) index.
    db["callbacks"].create_index(["phone", "due_at"])
    db["callbacks"].create_index(["email", "due_at"])


@migrations()
def m004_log_id(db: Database) -> None:
    # Each log's own random id: merged and synced rows are told apart by (log_id, local id),
    # never by host name (machines cloned from one image share it).
    import uuid

    db.execute("insert or ignore into meta (key, value) values ('log_id', ?)",
               [uuid.uuid4().hex])


@migrations()
def m005_outbox_states(db: Database) -> None:
    # The alarm is sent from memory before the log has a row for it: the uid made at the
    # click ties the row, the fallback journal and every channel's message together.
    # Incidents from before keep the uid their receivers were sent.
    db["incidents"].add_column("uid", str)
    db.execute("update incidents set uid = coalesce(branch, '') || '/' || "
               "coalesce(workstation, '') || '/' || id || '/' || coalesce(raised_at, '') "
               "where uid is null")
    db["incidents"].create_index(["uid"], unique=True)
    # Closed at the desk has its own columns; acknowledged_at is only ever security's.
    db["incidents"].add_column("closed_at", str)
    db["incidents"].add_column("closed_by", str)
    db.execute("update incidents set closed_at = acknowledged_at, closed_by = acknowledged_by, "
               "acknowledged_at = null, acknowledged_by = null "
               "where acknowledged_by like '%(closed at the desk)'")
    db["deliveries"].create_index(["incident_id", "channel", "message"])


@migrations()
def m006_lan_replay(db: Database) -> None:
    # Each LAN sender's highest message counter this console accepted, kept so that a
    # packet recorded on the network and replayed after a restart is still refused.
    # Rows are dropped once expires_at passes: by then the packet's time is stale anyway.
    db["lan_replay"].create(
        {"sender": str, "high_water": int, "expires_at": str, "updated_at": str},
        pk="sender",
    )


@migrations()
def m008_shift_and_warnings(db: Database) -> None:
    # Start of shift: one row per operator per day once the readiness checklist is done
    # (``items`` holds the ticked item ids as JSON, in the order shown).
    db["shift_checks"].create(
        {"day": str, "operator": str, "workstation": str, "done_at": str, "items": str},
        pk=("day", "operator"),
    )
    # Things that happen during a call and need their own time stamp, e.g. the warning
    # given before a call is ended for abuse (kind "abuse_warning", detail: what was said).
    db["call_events"].create(
        {"id": int, "call_id": int, "at": str, "kind": str, "detail": str, "operator": str},
        pk="id",
        foreign_keys=[("call_id", "calls", "id")],
    )
    db["call_events"].create_index(["call_id", "kind"])


@migrations()
def m009_ring_times(db: Database) -> None:
    # Calls the phone system reports: when it started ringing, and how long it rang before
    # it was picked up, judged against answer_by_ring x ring_seconds (1 = answered late).
    db["calls"].add_column("rang_at", str)
    db["calls"].add_column("answer_s", float)
    db["calls"].add_column("answer_late", int)


@migrations()
def m007_review(db: Database) -> None:
    # Supervisor review: full-text search over topics and notes, and the indexes its filters
    # and summaries use. The FTS table keeps no copy of the text (external content); triggers
    # keep it in step. An SQLite built without FTS5 skips it: the review then searches with
    # LIKE and says so.
    indexes = [
        # Covers the summary's scans of a date range: no trip to the (wide) call rows.
        ("calls", ["started_at", "ended_at", "duration_s", "channel", "answered_at", "topic"]),
        ("calls", ["operator", "started_at"]),
        ("calls", ["workstation", "started_at"]),
        ("calls", ["topic", "started_at"]),
        ("calls", ["outcome", "started_at"]),
        ("stage_marks", ["call_id", "stage", "status", "item"]),
        ("stage_marks", ["status", "stage", "item", "call_id"]),  # skipped items, per stage
        ("stage_marks", ["item", "status", "call_id"]),  # one item's use (the wrap-up)
        ("callbacks", ["call_id"]),
        ("incidents", ["call_id"]),
    ]
    for table, columns in indexes:
        db[table].create_index(columns, if_not_exists=True)
    # desk merge: where each merged row came from, (log_id, table, id in that log), so
    # merging the same log twice adds nothing; and one line per merge run.
    db["merged_rows"].create({"log_id": str, "tbl": str, "source_id": int, "local_id": int},
                             pk=("log_id", "tbl", "source_id"))
    db["merges"].create({"id": int, "log_id": str, "source": str, "merged_at": str,
                         "added": int, "skipped": int, "detail": str}, pk="id")
    try:
        db.execute("create virtual table calls_fts using fts5(topic, notes, content='calls', "
                   "content_rowid='id', detail='column', "
                   "tokenize='unicode61 remove_diacritics 2')")
    except Exception as exc:  # sqlite3.OperationalError: no such module: fts5
        if "fts5" not in str(exc):
            raise
        return
    db.execute("""create trigger calls_fts_insert after insert on calls begin
        insert into calls_fts (rowid, topic, notes) values (new.id, new.topic, new.notes);
        end""")
    db.execute("""create trigger calls_fts_delete after delete on calls begin
        insert into calls_fts (calls_fts, rowid, topic, notes)
        values ('delete', old.id, old.topic, old.notes);
        end""")
    db.execute("""create trigger calls_fts_update after update of topic, notes on calls begin
        insert into calls_fts (calls_fts, rowid, topic, notes)
        values ('delete', old.id, old.topic, old.notes);
        insert into calls_fts (rowid, topic, notes) values (new.id, new.topic, new.notes);
        end""")
    db.execute("insert into calls_fts (calls_fts) values ('rebuild')")


SYNC_ON = "(select value from meta where key = 'sync_queue') = 'on'"
SYNC_TABLES = ("calls", "stage_marks", "callbacks", "callback_notices", "incidents",
               "deliveries")


@migrations()
def m010_sync_outbox(db: Database) -> None:
    # Head-office sync: every committed change to a synced table queues (table, row id) in
    # the same transaction, by trigger, so no code path can forget it. The queue is
    # append-only (a conflict clause on the outer statement cannot swallow an entry); the
    # pusher reads each row's current state and removes entries it has pushed.
    # Triggers fire only once sync is switched on (meta 'sync_queue' = 'on'), so a branch
    # without [sync] keeps no queue at all.
    db.execute("create table sync_outbox (seq integer primary key autoincrement, "
               "tbl text not null, row_id integer not null)")
    on = SYNC_ON
    for table in SYNC_TABLES:
        add = "insert into sync_outbox (tbl, row_id)"
        db.execute(f"create trigger sync_{table}_insert after insert on {table} when {on} "
                   f"begin {add} values ('{table}', new.id); end")
        db.execute(f"create trigger sync_{table}_update after update on {table} when {on} "
                   f"begin {add} values ('{table}', new.id); "
                   f"{add} select '{table}', old.id where old.id is not new.id; end")
        db.execute(f"create trigger sync_{table}_delete after delete on {table} when {on} "
                   f"begin {add} values ('{table}', old.id); end")


# Tables whose rows leave the log (desk merge, head-office sync), children after parents.
CHANGED_AT_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


@migrations()
def m011_origins(db: Database) -> None:
    # Rows carry where they came from and when they last changed, so merge and sync are
    # upserts by origin: a later change wins, re-running changes nothing.
    # changed_at: NULL = as first written; every later change stamps it (UTC, ms), by
    # trigger, so no code path can forget it. A merge copies the source's stamp as is.
    import secrets

    for table in ORIGIN_TABLES:
        db.execute(f"alter table {table} add column changed_at text")
        _stamp_changes(db, table)
    # Each log's secret: copied with the log, never shown; a merged file keeps the secret
    # of every log it received rows from (``origins``), and a claim to carry another
    # log's rows is only believed with that log's secret.
    db.execute("insert or ignore into meta (key, value) values ('log_secret', ?)",
               [secrets.token_hex(16)])
    db["origins"].create({"log_id": str, "secret": str, "direct": int, "first_seen_at": str,
                          "source": str}, pk="log_id")
    db["merged_rows"].create_index(["tbl", "local_id"], unique=True, if_not_exists=True)
    # Rows refused at merge or push because a value does not fit its column.
    db["quarantine"].create({"id": int, "at": str, "stage": str, "source": str,
                             "log_id": str, "tbl": str, "row_id": int, "reason": str,
                             "row": str}, pk="id")
    db["quarantine"].create_index(["stage", "tbl", "log_id", "row_id"], unique=True)


def _stamp_changes(db: Database, table: str) -> None:
    """(Re)create ``table``'s change-stamp trigger and its sync update trigger over its
    columns as they are now. Each names every other column, so its own stamp does not fire
    it again (sqlite-utils turns recursive triggers on): a migration that adds a column to
    one of these tables calls this again."""
    columns = ", ".join(f"[{c}]" for c in db[table].columns_dict
                        if c not in ("id", "changed_at"))
    db.execute(f"drop trigger if exists changed_{table}")
    db.execute(f"create trigger changed_{table} after update of {columns} on {table} "
               f"when new.changed_at is old.changed_at begin "
               f"update {table} set changed_at = {CHANGED_AT_NOW} where id = new.id; end")
    if table in SYNC_TABLES:  # the stamp itself queues nothing more for head office
        add = "insert into sync_outbox (tbl, row_id)"
        db.execute(f"drop trigger if exists sync_{table}_update")
        db.execute(f"create trigger sync_{table}_update after update of id, {columns} "
                   f"on {table} when {SYNC_ON} begin {add} values ('{table}', new.id); "
                   f"{add} select '{table}', old.id where old.id is not new.id; end")


@migrations()
def m012_mark_source(db: Database) -> None:
    # Who ticked an item: the operator (Space, a click, Ctrl+Enter for the stage) or the
    # console itself from what the operator did (a name typed, a callback saved, the phone
    # answered; desk/core/auto_ticks.py). Older rows were all the operator's.
    db.execute("alter table stage_marks add column [by] text not null default 'operator'")
    _stamp_changes(db, "stage_marks")  # its change triggers name every column


@migrations()
def m013_resend_later_columns(db: Database) -> None:
    # Head office gained the columns added here after its first step (server step s004:
    # answer speed, how an incident was closed, who ticked an item). Rows already pushed
    # without them are queued once more, only those with something to add; the push is an
    # upsert, so nothing doubles. A log that does not sync queues nothing.
    for table, where in (("calls", "rang_at is not null or answer_s is not null "
                                   "or answer_late is not null"),
                         ("stage_marks", "[by] <> 'operator'"),
                         ("incidents", "1")):
        db.execute(f"insert into sync_outbox (tbl, row_id) select '{table}', id from {table} "
                   f"where {SYNC_ON} and ({where}) order by id")
