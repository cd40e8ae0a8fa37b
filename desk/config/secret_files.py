"""A secret (the schema's ``secret`` keys) may come only from a file nobody else can read
or change; ``readable_by_others`` is also what ``desk config check`` warns of."""

from __future__ import annotations

import os
from pathlib import Path

from desk.config.errors import ConfigError
from desk.config.lines import line_of
from desk.config.toml_file import Layer
from desk.config_schema import CHANNEL_KEYS, SECTIONS


def _secrets_in(data: dict) -> list[tuple[str, str, int]]:
    """(section, key, nth) of every secret value ``data`` holds (the schema's ``secret``)."""
    found = [(section, key, 0) for section, schema in SECTIONS.items()
             if isinstance(data.get(section), dict)
             for key, spec in schema.items() if spec.secret and data[section].get(key)]
    security = data.get("security")
    channels = security.get("channels") if isinstance(security, dict) else None
    for nth, entry in enumerate(channels if isinstance(channels, list) else []):
        kind = entry.get("type") if isinstance(entry, dict) else None
        if isinstance(kind, str):
            found += [("security.channels", key, nth)
                      for key, spec in CHANNEL_KEYS.get(kind, {}).items()
                      if spec.secret and entry.get(key)]
    return found


def check_private(layer: Layer) -> None:
    """A base file is shared (the company's, on a share): a secret in it is refused unless
    only its owner (this account or root) and at most the group ``desk`` may read it and
    nobody else may change it. Windows files have ACLs instead: not checked there."""
    found = _secrets_in(layer.data)
    if not found or os.name != "posix" or layer.path is None:
        return
    info = os.stat(layer.path)
    if info.st_uid not in (os.getuid(), 0):
        problem = f"it belongs to another account (uid {info.st_uid})"
    elif info.st_mode & 0o002:
        problem = f"every account can change it (mode {info.st_mode & 0o777:o})"
    else:
        problem = readable_by_others(layer.path)
    if problem:
        section, key, nth = found[0]
        raise ConfigError(layer.path, "a secret may come only from a file that no other "
                          f"account can read or change, and {problem}",
                          line=line_of(layer.text, section, key, nth),
                          key=f"{section}.{key}")


DESK_GROUP = "desk"  # packaging/linux/install.sh: the machine-wide config is root:desk 0640


def readable_by_others(path: Path) -> str | None:
    """Who else can read (or change) ``path``: every account, or a group other than the
    ``desk`` group the installer gives the machine-wide config (root:desk 0640)."""
    import grp

    info = path.stat()
    mode = info.st_mode & 0o777
    if mode & 0o007:
        return f"every account can read it (mode {mode:o}): chmod 600 {path}"
    if mode & 0o020:
        return f"its group can change it (mode {mode:o}): chmod 640 {path}"
    if mode & 0o040:
        try:
            group = grp.getgrgid(info.st_gid).gr_name
        except KeyError:
            group = str(info.st_gid)
        if group != DESK_GROUP:
            return (f"the group {group!r} can read it (mode {mode:o}): chmod 600 {path}, "
                    f"or give it to the group {DESK_GROUP!r} that runs Desk")
    return None
