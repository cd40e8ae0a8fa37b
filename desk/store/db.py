"""Open the Desk database: create, check, back up, migrate — or refuse clearly.

Every refusal is a ``DatabaseProblem`` whose text is one plain sentence for a
receptionist or an IT admin. The file is never overwritten or "repaired".

sqlite-utils and the migrations load only when needed: ``open_db(lazy=True)`` (the
console's start path) tells a current log with plain ``sqlite3`` and hands back a
``LazyDatabase``; ``finish_lazy_open`` builds the rest after the first read.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk.store import identity
from desk.store.lazy_db import LazyDatabase
from desk.store.schema_steps import MIGRATION_SET, SCHEMA_STEPS

if TYPE_CHECKING:
    from sqlite_utils import Database

LOCK_TIMEOUT_S = 3.0  # opening and migrating: once per connection
# The one busy wait of every connection the console writes or reads with (``set_busy_wait``):
# short, because the log thread retries a longer lock itself and meanwhile says what waits.
BUSY_WAIT_S = 0.25


def _steps():
    """The migrations (sqlite-utils loads with them): only for a log that is new or behind.
    Also ``desk.store.db.migrations``, which a test may replace."""
    found = globals().get("migrations")
    if found is None:
        from desk.store.migrations import migrations as found

        globals()["migrations"] = found
    return found


def __getattr__(name: str):
    if name == "migrations":
        return _steps()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def set_busy_wait(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_WAIT_S * 1000)}")


class DatabaseProblem(Exception):
    """The database cannot be used; the message says why and what to do."""


class DatabaseCorrupt(DatabaseProblem):
    pass


class DatabaseLocked(DatabaseProblem):
    pass


class DatabaseReadOnly(DatabaseProblem):
    pass


class NotADeskDatabase(DatabaseProblem):
    pass


class DatabaseTooNew(DatabaseProblem):
    pass


def open_db(path: Path | str, *, create: bool = True, migrate: bool = True,
            lazy: bool = False) -> Database:
    """Open (and if needed create and migrate) the database at ``path``.

    ``lazy``: a log whose schema is current (checked with plain ``sqlite3``) comes back as a
    ``LazyDatabase``, without loading sqlite-utils; one that is new or behind opens as usual."""
    path = Path(path)
    shared = _shared_log(path)  # the machine's one log for every account: group-shared
    if shared is not None:
        _check_member(shared)  # before the folder says only "permission denied"
    refuse_special_file(path)
    fresh = not path.exists() or path.stat().st_size == 0
    if fresh and not create:
        raise DatabaseProblem(f"{path}: no such database")
    if shared is not None:
        _prepare_shared(path, shared, fresh)
    elif fresh:
        _create_private_file(path)
    if not fresh and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
        raise DatabaseReadOnly(
            f"{path}: the database is read-only for this user; Desk needs to write to it "
            "(ask IT to fix the file permissions)")
    try:
        conn = sqlite3.connect(str(path), timeout=LOCK_TIMEOUT_S)
        current = lazy and not fresh and _schema_is_current(conn)  # also the first read
        db = LazyDatabase(conn)
        if not current:
            db = db.materialize()
            _check_identity(path, db, fresh)
        _switch_to_wal(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        # FULL: an incident, a callback or a call the screen showed as stored survives a
        # power cut (NORMAL in WAL mode may roll the last commits back).
        conn.execute("PRAGMA synchronous=FULL")
        if migrate and not current:
            _migrate_if_behind(db, path, fresh)
        identity.check(conn, path)  # a copy opened elsewhere gets its own log id first
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from None
    return db


def _schema_is_current(conn: sqlite3.Connection) -> bool:
    """Plain ``sqlite3``: the log has exactly the steps this Desk knows (``SCHEMA_STEPS``)."""
    tables = {row[0] for row in conn.execute(
        "select name from sqlite_master where type = 'table'")}
    if "_sqlite_migrations" not in tables:
        return False
    applied = {row[0] for row in conn.execute(
        "select name from _sqlite_migrations where migration_set = ?", [MIGRATION_SET])}
    return applied == set(SCHEMA_STEPS)


def _migrate_if_behind(db: Database, path: Path, fresh: bool) -> bool:
    migrations = _steps()

    if not migrations.pending(db):
        return False
    if not fresh and migrations.applied(db):
        backup(db, path)
    _migrate_once(db)
    return True


def finish_lazy_open(db, path: Path | str) -> None:
    """After the console's first read (on the log thread, off the start path): build the
    sqlite-utils ``Database`` of a lazily opened log, and apply a step ``SCHEMA_STEPS``
    does not list yet (a list left behind by a new migration: said in the log)."""
    if not isinstance(db, LazyDatabase):
        return
    real = db.materialize()
    try:
        if _migrate_if_behind(real, Path(path), fresh=False):
            import logging

            logging.getLogger("desk.store").error(
                "desk/store/schema_steps.py does not list every migration; applied the rest")
    except sqlite3.DatabaseError as exc:
        raise explain(Path(path), exc) from None


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """WAL mode. Switching a new file's journal mode returns "locked" at once, without
    SQLite's busy wait, while another connection opens the same file: retry it for as long
    as the busy timeout would have waited."""
    import time

    deadline = time.monotonic() + LOCK_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)  # a real wait for another connection, as SQLite's own would


def _migrate_once(db: Database) -> None:
    """Apply pending migrations under the write lock, checking again once it is held: two
    threads or processes opening a new log at once (the console's log thread and its alarm
    recorder, say) must not both create the same tables."""
    migrations = _steps()

    db.conn.execute("BEGIN IMMEDIATE")  # waits for the lock up to the busy timeout
    try:
        if migrations.pending(db):
            migrations.apply(db)  # each step nests as a savepoint in this transaction
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def explain(path: Path, exc: sqlite3.Error) -> DatabaseProblem:
    """Turn an sqlite3 error into a sentence a user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(f"{path}: the database is locked by another program; "
                              "close the other Desk window or tool using it and try again")
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(f"{path}: the database is read-only for this user")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(f"{path}: the file is damaged or is not an SQLite database; "
                               "it was left untouched — restore a backup or choose another file")
    return DatabaseProblem(f"{path}: database error: {exc}")


def refuse_special_file(path: Path) -> None:
    """A FIFO (which would hang the open), a device, a folder or a link to nothing is
    not a database: say so in one line instead of hanging or creating the link's target."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise DatabaseProblem(f"{path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)
        except OSError:
            raise DatabaseProblem(f"{path}: is a link to a file that does not exist "
                                  f"({os.readlink(path)}); Desk does not create files through "
                                  "links: give the real path") from None
    if stat.S_ISREG(info.st_mode):
        return
    kind = ("a folder" if stat.S_ISDIR(info.st_mode) else
            "a named pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else
            "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else
            "a socket" if stat.S_ISSOCK(info.st_mode) else "not a regular file")
    raise DatabaseProblem(f"{path}: is {kind}, not a database file; give the path of a "
                          ".db file")


def foreign_owner(path: Path | str) -> str | None:
    """The other account a call log belongs to, unless it is the machine's shared log (one
    log for every account by design): None when it is this account's own (or root's)."""
    from desk.store.owned_files import other_owner

    owner = other_owner(path)
    return None if owner is None or _shared_log(Path(path)) is not None else owner


def _shared_log(path: Path):
    from desk.store.shared_log import setting_for

    return setting_for(path)


def _check_member(shared) -> None:
    from desk.store.shared_log import SharedLogProblem, check_member

    try:
        check_member(shared)
    except SharedLogProblem as exc:
        raise DatabaseProblem(str(exc)) from None


def _prepare_shared(path: Path, shared, fresh: bool) -> None:
    from desk.store.shared_log import SharedLogProblem, prepare

    try:
        prepare(path, shared, fresh=fresh)
    except SharedLogProblem as exc:
        raise DatabaseProblem(str(exc)) from None
    except OSError as exc:
        raise DatabaseProblem(f"{path}: the shared call log cannot be prepared "
                              f"({exc.strerror or exc}); ask IT to check its folder") from None


def _create_private_file(path: Path) -> None:
    """The log is owner-only from its first byte: created 0600 (and an empty file someone
    made beforehand is made 0600 before anything is written into it)."""
    from desk.paths import ensure_private_dir

    ensure_private_dir(path.parent)
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        if os.name == "posix" and os.fstat(fd).st_size == 0:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _check_identity(path: Path, db: Database, fresh: bool) -> None:
    migrations = _steps()

    tables = set(db.table_names())  # also the first read: raises on a damaged file
    if fresh or not tables:
        return
    if "_sqlite_migrations" not in tables:
        raise NotADeskDatabase(f"{path}: this SQLite file is not a Desk database "
                               "(it has other tables); it was left untouched")
    applied = {m.name for m in migrations.applied(db)}
    if not applied:
        raise NotADeskDatabase(f"{path}: this SQLite file is not a Desk database; "
                               "it was left untouched")
    known = {m.name for m in migrations._migrations}
    unknown = applied - known
    if unknown:
        raise DatabaseTooNew(f"{path}: this database was written by a newer Desk "
                             f"(schema steps {', '.join(sorted(unknown))}); update Desk to open it")


def backup(db: Database, path: Path) -> Path:
    """Copy the database aside with SQLite's backup API before migrating it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for attempt in range(100):
        extra = f"-{attempt}" if attempt else ""
        target = path.with_name(f"{path.stem}.backup-{stamp}{extra}{path.suffix or '.db'}")
        try:
            # Created owner-only and empty before a single page is copied into it.
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY
                             | getattr(os, "O_NOFOLLOW", 0), 0o600))
            break
        except FileExistsError:
            continue
    else:
        raise DatabaseProblem(f"{path}: cannot choose a name for the backup")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def schema_version(db: Database) -> list[str]:
    migrations = _steps()

    return [m.name for m in migrations.applied(db)]


__all__ = ["open_db", "DatabaseProblem", "MIGRATION_SET", "backup", "explain"]
