"""``desk lan keygen``: a new branch key for the LAN alarm channel."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    @cli.group("lan")
    def lan_group() -> None:
        """Alarms between the consoles of a branch."""

    @lan_group.command("keygen")
    def keygen() -> None:
        """Print a new branch key: 32 random bytes, base64.

        Put the same line in every console's [[security.channels]] table of type "lan":
        key = "..."
        """
        from desk.core.branch_key import generate_key

        click.echo(generate_key())
