"""The names of the schema's migration steps, without loading sqlite-utils.

The console's start path reads these to tell, with plain ``sqlite3``, that a log is
already current (``desk.store.db.open_db(lazy=True)``); only a log that is behind loads the
migration machinery. ``tests/deploy/test_start_path.py`` checks this list against
``desk.store.migrations``: add the name of every new migration here too. (A step missing
here is still applied, right after the console's first read.)
"""

MIGRATION_SET = "desk"
SCHEMA_STEPS = (
    "m001_initial", "m002_phone_events", "m003_callback_events", "m004_log_id",
    "m005_outbox_states", "m006_lan_replay", "m008_shift_and_warnings", "m009_ring_times",
    "m007_review", "m010_sync_outbox", "m011_origins",
    "m012_mark_source", "m013_resend_later_columns",
)
# The tables whose rows carry an origin (m011): merge, push and the copy rule use it.
ORIGIN_TABLES = ("calls", "stage_marks", "callbacks", "callback_notices", "callback_events",
                 "incidents", "deliveries")

