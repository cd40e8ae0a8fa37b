"""The central PostgreSQL schema, as named migrations applied by ``desk sync init URL``.

Never edit a released migration: append one. The server keeps which ones ran in
``desk_migrations``; a server that ran a step this program does not know was set up by a
newer Desk and is refused, as is a database that already holds another program's tables.

Layout (``docs/schema.md``): ``public`` has one table per synced local table, keyed by
``(log_id, id)``; schema ``desk_report`` has views with the local tables' names and
columns, whose ids are made global (``log_no << 40 | id``), so the report SQL written for
a (merged) SQLite file runs unchanged on the server.
"""

from __future__ import annotations

from collections.abc import Callable

from desk.sync.errors import SyncProblem
from desk.sync.tables import ADDED, COLUMNS, REFERENCES

REPORT_SCHEMA = "desk_report"
LOCK_KEY = 0x6465736B  # 'desk': one migrator at a time
_LATER = {(table, column) for added in ADDED.values() for table, columns in added.items()
          for column in columns}
S001_TABLES = {name: {c: kind for c, kind in columns.items() if (name, c) not in _LATER}
               for name, columns in COLUMNS.items()}  # frozen at s001
S001_REFERENCES = {name: dict(refs) for name, refs in REFERENCES.items()}
S001_INDEXES = [
    ("calls", "started_at"), ("calls", "branch, started_at"), ("calls", "ended_at"),
    ("calls", "g_id"), ("callbacks", "g_call_id"), ("stage_marks", "g_call_id"),
    ("stage_marks", "log_id, call_id"), ("callbacks", "answered_at, due_at"),
    ("callbacks", "log_id, call_id"), ("callback_notices", "log_id, callback_id"),
    ("incidents", "raised_at"), ("incidents", "log_id, call_id"),
    ("deliveries", "log_id, incident_id"),
]


def _global(column: str) -> str:
    return f"(log_no::bigint << 40) + {column}"


def s001_initial(cur) -> None:
    cur.execute("create table logs (log_id text primary key, log_no serial unique, "
                "branch text, workstation text, first_push_at text, last_push_at text, "
                "rows_pushed bigint not null default 0)")
    for table, columns in S001_TABLES.items():
        body = ", ".join(f"{name} {kind}" for name, kind in columns.items())
        # Global ids as stored columns: the planner has statistics for them (joins on
        # expressions were estimated badly, 3x slower on 300,000 calls).
        global_ids = ", ".join(
            f"g_{name} bigint generated always as ({_global(name)}) stored"
            for name in ("id", *S001_REFERENCES.get(table, {})))
        cur.execute(f"create table {table} (log_id text not null, log_no integer not null, "
                    f"sync_seq bigint not null, {body}, {global_ids}, "
                    f"primary key (log_id, id))")
    for table, columns in S001_INDEXES:
        name = f"{table}_{columns.replace(', ', '_')}_idx"
        cur.execute(f"create index {name} on {table} ({columns})")
    cur.execute(f"create schema {REPORT_SCHEMA}")
    for table, columns in S001_TABLES.items():
        cur.execute(f"create view {REPORT_SCHEMA}.{table} as select "
                    f"{_view_select(table, columns)}, log_id, log_no from public.{table}")


def s002_changed_at(cur) -> None:
    # Rows carry their last change time (local m011): of two pushers of one row (its own
    # log and a merged file holding it), the later change wins. Additive only.
    for table in S001_TABLES:
        cur.execute(f"alter table {table} add column changed_at text")
    # sha256 of the log's secret (local meta log_secret), set by its first push: rows
    # claimed for that log by a file that does not hold the secret are refused.
    cur.execute("alter table logs add column fingerprint text")


# s003: every branch pushes with a login role of its own (``desk sync add-branch``) and row-
# level security keeps branches apart: a role sees, changes and deletes only rows of the logs
# it registered (``logs.owner_role``, set on a log's first push). The table owner is not
# subject to it (``desk sync init``, ``add-branch``, ``sync purge``), nor are the
# ``desk_report`` views: they run with their owner's rights, and only the reader role is
# granted them. Logs pushed before s003 (one shared role) have no owner until
# ``add-branch`` gives a branch's old logs to its new role.
BRANCH_POLICY = ("exists (select 1 from public.logs l where l.log_id = {t}.log_id "
               "and l.owner_role = current_user{extra})")


def s003_branches(cur) -> None:
    cur.execute("alter table logs add column owner_role name")  # old logs: no owner yet
    cur.execute("alter table logs alter column owner_role set default current_user")
    cur.execute("create table desk_branches (role name primary key, branch text not null, "
                "created_at timestamptz not null default now(), "
                "password_set_at timestamptz not null default now())")
    cur.execute("alter table logs enable row level security")
    cur.execute("create policy own_logs on logs using (owner_role = current_user) "
                "with check (owner_role = current_user)")
    for table in S001_TABLES:
        cur.execute(f"alter table {table} enable row level security")
        cur.execute(f"create policy own_rows on {table} "
                    f"using ({BRANCH_POLICY.format(t=table, extra='')}) "
                    f"with check ({BRANCH_POLICY.format(t=table, extra=f' and l.log_no = {table}.log_no')})")
    # For a push that carries rows of several origin logs (a merged file): which of them it
    # may not write, asked before writing, so it can set those rows aside instead of having
    # its whole batch refused. Reveals only that an id the caller already holds is taken.
    cur.execute("create function desk_logs_of_others(ids text[]) returns setof text "
                "language sql stable security definer set search_path = pg_catalog, public "
                "as $$ select log_id from public.logs where log_id = any(ids) "
                "and owner_role is distinct from session_user $$")
    cur.execute("revoke all on function desk_logs_of_others(text[]) from public")
    # The reader reads logs through here (public.logs shows a role only its own logs).
    cur.execute(f"create view {REPORT_SCHEMA}.logs as select log_id, log_no, branch, "
                "workstation, first_push_at, last_push_at, rows_pushed, owner_role "
                "from public.logs")


def _view_select(table: str, columns) -> str:
    refs = S001_REFERENCES.get(table, {})
    return ", ".join(f"g_{name} as {name}" if name == "id" or name in refs else name
                     for name in columns)


def s004_later_columns(cur) -> None:
    # Columns the local log gained after s001 (answer speed m009, how an incident was closed
    # m005, who ticked an item m012) reach head office too; the local step m013 queues the
    # rows that were pushed without them. Additive: a view may only gain columns at its end.
    for table, added in ADDED["s004_later_columns"].items():
        for column in added:
            # Marks pushed before were all the operator's (as local m012 says of its rows).
            default = " default 'operator'" if (table, column) == ("stage_marks", "by") else ""
            cur.execute(f"alter table {table} add column {column} {COLUMNS[table][column]}"
                        f"{default}")
        cur.execute(f"create or replace view {REPORT_SCHEMA}.{table} as select "
                    f"{_view_select(table, S001_TABLES[table])}, log_id, log_no, "
                    f"{', '.join(added)} from public.{table}")


MIGRATIONS: list[tuple[str, Callable]] = [("s001_initial", s001_initial),
                                          ("s002_changed_at", s002_changed_at),
                                          ("s003_branches", s003_branches),
                                          ("s004_later_columns", s004_later_columns)]
KNOWN = [name for name, _ in MIGRATIONS]


def applied(cur) -> list[str] | None:
    """Names of the steps this server ran; ``None`` when it has no Desk schema at all."""
    cur.execute("select to_regclass('public.desk_migrations') is not null")
    if not cur.fetchone()[0]:
        return None
    cur.execute("select name from desk_migrations order by name")
    return [row[0] for row in cur.fetchall()]


def _foreign_tables(cur) -> list[str]:
    cur.execute("select table_schema || '.' || table_name from information_schema.tables "
                "where table_schema not in ('pg_catalog', 'information_schema') "
                "order by 1 limit 5")
    return [row[0] for row in cur.fetchall()]


def _refuse_newer(done: list[str]) -> None:
    unknown = sorted(set(done) - set(KNOWN))
    if unknown:
        raise SyncProblem(f"the server's Desk schema is newer than this program (steps "
                          f"{', '.join(unknown)}); update Desk on this machine first")


def check_current(conn) -> None:
    """Before a push or a report: a Desk schema, not newer, not older than this program."""
    with conn.cursor() as cur:
        done = applied(cur)
    if done is None:
        raise SyncProblem("the server database has no Desk schema yet; "
                          "run: desk sync init URL")
    _refuse_newer(done)
    missing = [name for name in KNOWN if name not in done]
    if missing:
        raise SyncProblem(f"the server's Desk schema is older than this program (missing "
                          f"{', '.join(missing)}); run: desk sync init URL")


def init(conn) -> list[str]:
    """Apply the missing steps in one transaction; returns their names."""
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("select pg_advisory_xact_lock(%s)", [LOCK_KEY])
        done = applied(cur)
        if done is None:
            others = _foreign_tables(cur)
            if others:
                raise SyncProblem(f"the server database already holds another program's "
                                  f"tables ({', '.join(others)}); give Desk its own database")
            cur.execute("create table desk_migrations (name text primary key, "
                        "applied_at timestamptz not null default now())")
            done = []
        _refuse_newer(done)
        ran = []
        for name, step in MIGRATIONS:
            if name not in done:
                step(cur)
                cur.execute("insert into desk_migrations (name) values (%s)", [name])
                ran.append(name)
        return ran
