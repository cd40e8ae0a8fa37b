"""``desk lan keygen``: a new branch key for the LAN alarm channel."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    @cli.group("lan")
    def lan_group() -> None:
        """Alarms between the consoles of a branch."""

    @lan_group.command("keygen")
    @click.option("--key-file", "key_file", type=click.Path(dir_okay=False),
                  help="Write the key to this new file (mode 0600) instead of printing it; "
                       "then set key_file = \"PATH\" in the lan channel.")
    def keygen(key_file: str | None) -> None:
        """Print a new branch key: 32 random bytes, base64.

        Put the same line in every console's [[security.channels]] table of type "lan":
        key = "..."  (or copy the file written with --key-file to each console and set
        key_file = "...": owned by the account that runs Desk or root, chmod 600 or 640)
        """
        from desk.core.branch_key import generate_key

        if key_file is None:
            click.echo(generate_key())
            return
        _write_new_private(key_file, generate_key() + "\n")
        click.echo(f"wrote a new branch key to {key_file} (mode 0600)")


def _write_new_private(path: str, text: str) -> None:
    """Create ``path`` owner-only; never overwrite, never follow a link (exit 2)."""
    import os

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise click.UsageError(f"{path} exists already: a branch key is never overwritten "
                               "(remove it first if you mean to replace it)") from None
    except OSError as exc:
        raise click.UsageError(f"cannot create {path}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
