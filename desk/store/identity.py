"""A log knows when it has been copied.

A log's identity (meta ``log_id`` and its secret ``log_secret``) is bound to where the
file lives: meta ``log_home`` holds the log id, this machine's id and the file's inode.
A file opened at another place (copied to another machine, or beside itself) is a copy:
before it writes anything it gets a new log id and secret, its existing rows keep their
origin (``merged_rows``, as if merged from the old log, whose secret goes to
``origins``), and it says so once: a warning in the log and meta ``log_copied``, which
the console and ``desk sync status`` can show. Two copies then push as two logs and
nothing is lost at head office.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from pathlib import Path

log = logging.getLogger("desk.store")
HOME, COPIED, TOLD = "log_home", "log_copied", "log_copied_told"


def machine_id() -> str:
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(path).read_text().strip()
        except OSError:
            continue
        if text:
            return text
    import uuid  # not on the start path of a Linux console (about 3 ms with platform)

    return f"{uuid.getnode():x}"  # Windows, macOS: the network card's address


def home_of(path: Path | str, log_id: str) -> str:
    """The log id bound to this machine and this file (hashed: the machine id stays here)."""
    place = f"{machine_id()}/{os.stat(path).st_ino}"
    return f"{log_id} {hashlib.sha256(place.encode()).hexdigest()[:32]}"


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("select value from meta where key = ?", [key]).fetchone()
    return row[0] if row else None


def _set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("insert into meta (key, value) values (?, ?) on conflict (key) do update "
                 "set value = excluded.value", [key, value])


def check(conn: sqlite3.Connection, path: Path | str, now: str | None = None) -> str | None:
    """At open, before any write: bind a new log to its place, or give a copy a new
    identity. Returns the notice when this open found a copy (said once)."""
    log_id = _meta(conn, "log_id")
    if log_id is None or _meta(conn, "log_secret") is None:
        return None  # not migrated yet (read-only open)
    home = _meta(conn, HOME)
    expected = home_of(path, log_id)
    if home == expected:
        return None
    began = not conn.in_transaction
    if began:
        conn.execute("begin immediate")
    try:
        log_id, home = _meta(conn, "log_id"), _meta(conn, HOME)  # again, under the lock
        notice = None
        if home is not None and home.split(" ")[-1] != home_of(path, log_id).split(" ")[-1]:
            notice = _become_a_copy(conn, log_id, now)
            log_id = _meta(conn, "log_id")
        # No home yet (a log from before m011), a copy, or a log id set by hand (same
        # place): bind it here.
        _set(conn, HOME, home_of(path, log_id))
    except BaseException:
        if began:
            conn.execute("rollback")
        raise
    if began:
        conn.execute("commit")
    if notice:
        log.warning("%s: %s", path, notice)
    return notice


def _become_a_copy(conn: sqlite3.Connection, old_id: str, now: str | None) -> str:
    import secrets
    import uuid
    from datetime import UTC, datetime

    now = now or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    new_id = uuid.uuid4().hex
    # The old rows keep their origin: recorded as received from the old log, with its
    # secret, so this copy may still speak for them (an answered callback reaches
    # head office and merged files), and rows merged in before keep theirs.
    conn.execute("insert into origins (log_id, secret, direct, first_seen_at, source) "
                 "values (?, ?, 1, ?, 'copied from') on conflict (log_id) do nothing",
                 [old_id, _meta(conn, "log_secret"), now])
    from desk.store.schema_steps import ORIGIN_TABLES  # plain names: no sqlite-utils here

    for table in ORIGIN_TABLES:
        conn.execute(f"insert into merged_rows (log_id, tbl, source_id, local_id) "
                     f"select ?, ?, id, id from {table} where id not in "
                     f"(select local_id from merged_rows where tbl = ?)",
                     [old_id, table, table])
    _set(conn, "log_id", new_id)
    _set(conn, "log_secret", secrets.token_hex(16))
    notice = (f"this log is a copy of log {old_id} opened at a new place; from {now} it "
              f"writes as log {new_id} (its older rows keep their origin)")
    _set(conn, COPIED, notice)
    return notice


def copy_notice(conn: sqlite3.Connection) -> str | None:
    """What the console or CLI shows once: this log was found to be a copy."""
    return _meta(getattr(conn, "conn", conn), COPIED) or None


def take_copy_notice(conn: sqlite3.Connection) -> str | None:
    """The copy notice if the console has not shown it yet, marked as shown (in the
    caller's transaction: the console's log thread)."""
    conn = getattr(conn, "conn", conn)
    notice = _meta(conn, COPIED)
    if not notice or _meta(conn, TOLD) == notice:
        return None
    _set(conn, TOLD, notice)
    return notice
