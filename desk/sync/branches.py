"""Branch roles at head office (``desk sync add-branch URL NAME``), run as the owner.

Each branch pushes with a login role of its own. Row-level security (server step s003)
lets a role see, change and delete only rows of the logs it registered; this module creates
or updates the role, sets its password and grants exactly what a push needs. The password
reaches the server only as a SCRAM verifier computed here (never as text in a statement a
server log could keep).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from desk.sync import schema
from desk.sync.errors import SyncProblem
from desk.sync.tables import SYNCED

ROLE_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")
PASSWORD_BYTES = 24  # 32 characters of URL-safe base64


def default_role(branch: str) -> str:
    """``desk_branch_espoo`` for "Espoo": lower case, other characters as ``_``."""
    slug = re.sub(r"[^a-z0-9]+", "_", branch.strip().lower()).strip("_")
    return ("desk_branch_" + slug)[:63] if slug else ""


def check_role_name(role: str) -> str:
    if not ROLE_PATTERN.fullmatch(role) or role.startswith("pg_"):
        raise ValueError(f"{role!r} is not a usable role name (lower-case letters, digits "
                         "and _, up to 63, not starting with pg_)")
    return role


def new_password() -> str:
    return secrets.token_urlsafe(PASSWORD_BYTES)


@dataclass(frozen=True)
class BranchRole:
    role: str
    branch: str
    created: bool  # False: an existing role got a new password
    adopted_logs: int  # logs pushed before s003 under this branch's name, now its own


def grants(role: str, database: str) -> list[str]:
    """Exactly what a branch's pushes need; rows are then limited by row-level security."""
    from psycopg import sql

    who, tables = sql.Identifier(role), sql.SQL(", ").join(
        sql.Identifier(t) for t in ("logs", *SYNCED))
    return [
        sql.SQL("grant connect, temporary on database {} to {}").format(
            sql.Identifier(database), who),
        sql.SQL("grant usage on schema public to {}").format(who),
        sql.SQL("grant select, insert, update, delete on {} to {}").format(tables, who),
        sql.SQL("grant usage on sequence logs_log_no_seq to {}").format(who),
        sql.SQL("grant select on desk_migrations to {}").format(who),
        sql.SQL("grant execute on function desk_logs_of_others(text[]) to {}").format(who),
    ]


def require_owner(cur) -> None:
    cur.execute("select pg_has_role(relowner, 'MEMBER') from pg_class "
                "where oid = 'public.logs'::regclass")
    if not cur.fetchone()[0]:
        cur.execute("select current_user")
        raise SyncProblem(f"role {cur.fetchone()[0]} is not the owner of the Desk schema; "
                          "run this with the owner's role (the one that ran desk sync init)")


def add_branch(conn, branch: str, role: str, password: str) -> BranchRole:
    """Create ``role`` (or give it a new password), record it for ``branch``, grant what a
    push needs, and give it the branch's logs that have no owner yet; one transaction."""
    from psycopg import sql

    schema.check_current(conn)
    verifier = conn.pgconn.encrypt_password(password.encode(), role.encode(),
                                            b"scram-sha-256").decode()
    with conn.transaction(), conn.cursor() as cur:
        require_owner(cur)
        cur.execute("select branch from desk_branches where role = %s", [role])
        known = cur.fetchone()
        cur.execute("select rolsuper, rolcanlogin from pg_roles where rolname = %s", [role])
        existing = cur.fetchone()
        if known and known[0] != branch:
            raise SyncProblem(f"role {role} already pushes for branch {known[0]!r}; "
                              "give this branch another --role")
        if existing and not known:
            raise SyncProblem(f"role {role} exists on the server but is not a Desk branch "
                              "role of this database; give this branch another --role")
        if existing and (existing[0] or not existing[1]):
            raise SyncProblem(f"role {role} is a superuser or cannot log in; it is not a "
                              "branch role any more: give this branch another --role")
        if existing:
            cur.execute(sql.SQL("alter role {} with login noinherit password {}").format(
                sql.Identifier(role), sql.Literal(verifier)))
            cur.execute("update desk_branches set password_set_at = now() where role = %s",
                        [role])
        else:
            cur.execute(sql.SQL("create role {} with login noinherit password {}").format(
                sql.Identifier(role), sql.Literal(verifier)))
            cur.execute("insert into desk_branches (role, branch) values (%s, %s)",
                        [role, branch])
        cur.execute("select current_database()")
        for statement in grants(role, cur.fetchone()[0]):
            cur.execute(statement)
        cur.execute("update logs set owner_role = %s where owner_role is null "
                    "and branch = %s", [role, branch])
        adopted = cur.rowcount
    return BranchRole(role, branch, created=not existing, adopted_logs=adopted)
