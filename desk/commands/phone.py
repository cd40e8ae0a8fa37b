"""``desk incoming NUMBER [--name NAME]``, ``desk answered``, ``desk hangup``.

For a phone system or a script: tell the console on this workstation's database
about a call. The console picks the event up within a second.
"""

from __future__ import annotations

import click

from desk.commands.env import common_options, fail


def _queue(env, kind: str, number: str | None = None, name: str | None = None) -> None:
    from desk.core.clock import to_iso
    from desk.store.phone_events import add_event

    db = env.open_db(create=True)
    add_event(db, kind, to_iso(env.clock().now()), number, name)
    db.conn.close()


def register(cli: click.Group) -> None:
    @cli.command("incoming")
    @click.argument("number")
    @click.option("--name", default=None, help="Caller's name, if the phone system knows it.")
    @common_options
    def incoming(env, number: str, name: str | None) -> None:
        """A call is ringing: the console starts it with the caller's history."""
        from desk.core.contacts import ContactError, normalise_phone

        cfg = env.config()
        try:
            e164 = normalise_phone(number, cfg.region)
        except ContactError as exc:
            fail(f"NUMBER: {exc}")
        if name is not None and len(name) > 200:
            fail("--name: at most 200 characters")
        _queue(env, "incoming", e164, name)
        click.echo(f"incoming call from {e164} queued for the console")

    @cli.command("answered")
    @common_options
    def answered(env) -> None:
        """The ringing call was picked up: its answer time is recorded."""
        _queue(env, "answered")
        click.echo("answered")

    @cli.command("hangup")
    @common_options
    def hangup(env) -> None:
        """The call ended on the phone: the console asks for its outcome."""
        _queue(env, "hangup")
        click.echo("hangup")
