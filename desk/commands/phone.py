"""``desk incoming NUMBER [--name NAME]``, ``desk answered``, ``desk hangup``.

For a phone system or a script: tell the console on this workstation's database
about a call. The event is queued durably in the log, then the running console is woken
over its local socket so it reacts at once; ``incoming`` starts the console if none runs.
"""

from __future__ import annotations

import click

from desk.commands.env import common_options, fail


def _queue(env, kind: str, number: str | None = None, name: str | None = None) -> bool:
    """Queue the event, then wake the console; ``False`` when no console runs."""
    from desk import instance_link
    from desk.core.clock import to_iso

    at = to_iso(env.clock().now())
    if not _queue_fast(env.db_path, kind, at, number, name):
        from desk.store.phone_events import add_event

        db = env.open_db(create=True)  # a new or older log: create, check, migrate
        add_event(db, kind, at, number, name)
        db.conn.close()
    try:
        instance_link.send(env.db_path, {"do": instance_link.PHONE})
    except (instance_link.NoConsole, OSError):
        return False  # the event waits in the log for the next console
    return True


def _queue_fast(path, kind: str, at: str, number: str | None, name: str | None) -> bool:
    """Queue into a log that is already set up, with plain sqlite3.

    A phone event is on the path from the ring to the call on screen: this skips loading
    sqlite-utils and the migration check (~0.1 s). ``False``: use the full open instead.
    """
    import sqlite3

    from desk.store.phone_events import KINDS

    if kind not in KINDS or not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=3.0)
    except sqlite3.Error:
        return False
    try:
        with conn:
            if conn.execute("select 1 from _sqlite_migrations where migration_set = 'desk' "
                            "and name = 'm002_phone_events'").fetchone() is None:
                return False
            conn.execute("insert into phone_events (kind, number, name, at, workstation) "
                         "values (?, ?, ?, ?, '')", [kind, number, name, at])
    except sqlite3.Error:
        return False  # not a Desk log, damaged, locked: the full open explains it
    finally:
        conn.close()
    return True


def _start_console(env) -> None:
    """Start the console detached (it reads the queued call as soon as its log is open)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    if getattr(sys, "frozen", False):  # the bundle: the windowed program beside this one
        gui = Path(sys.executable).with_name("desk.exe" if os.name == "nt" else "desk")
        command = [str(gui if gui.exists() else sys.executable)]
    else:
        command = [sys.executable, "-m", "desk"]
    command += ["--db", str(env.db_path)]
    if env.config_option:
        command += ["--config", env.config_option]
    if env.lang:
        command += ["--lang", env.lang]
    detach = ({"creationflags": subprocess.DETACHED_PROCESS
               | subprocess.CREATE_NEW_PROCESS_GROUP} if os.name == "nt"
              else {"start_new_session": True})
    subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, close_fds=True, **detach)


def register(cli: click.Group) -> None:
    @cli.command("incoming")
    @click.argument("number")
    @click.option("--name", default=None, help="Caller's name, if the phone system knows it.")
    @click.option("--no-start", is_flag=True,
                  help="Only queue the call; do not start the console if none runs.")
    @common_options
    def incoming(env, number: str, name: str | None, no_start: bool) -> None:
        """A call is ringing: the console starts it with the caller's history."""
        from desk.commands.words import problem, use_for
        from desk.core.contacts import ContactError, normalise_phone
        from desk.core.textsafety import NAME_MAX, NUMBER_MAX, decoded_arg, terminal_safe

        # The phone system passes what the caller's network says: bytes that are not UTF-8
        # become U+FFFD here (SQLite cannot store them); the console shows the rest as text.
        number, name = decoded_arg(number), decoded_arg(name)
        cfg = env.config()
        if len(number) > NUMBER_MAX:
            fail(f"NUMBER: at most {NUMBER_MAX} characters")
        try:
            e164 = normalise_phone(number, cfg.region)
        except ContactError as exc:
            use_for(env, cfg)
            fail(f"NUMBER: {terminal_safe(problem(exc.problem))}")
        if name is not None and len(name) > NAME_MAX:
            # The caller's network said it, not a person at this desk: the call still
            # rings on the console, with the name cut (as the console would show it).
            name = name[:NAME_MAX] + "…"
            click.echo(f"desk: --name: longer than {NAME_MAX} characters; cut", err=True)
        woke = _queue(env, "incoming", e164, name)
        if not woke and not no_start:
            _start_console(env)
            click.echo(f"incoming call from {e164}: started the console")
            return
        click.echo(f"incoming call from {e164} " + ("handed to the console" if woke
                                                    else "queued for the console"))

    @cli.command("answered")
    @click.argument("number", required=False)  # softphones such as MicroSIP append it
    @common_options
    def answered(env, number: str | None) -> None:
        """The ringing call was picked up: its answer time is recorded."""
        _queue(env, "answered")
        click.echo("answered")

    @cli.command("hangup")
    @click.argument("number", required=False)  # softphones such as MicroSIP append it
    @common_options
    def hangup(env, number: str | None) -> None:
        """The call ended on the phone: the console asks for its outcome."""
        _queue(env, "hangup")
        click.echo("hangup")
