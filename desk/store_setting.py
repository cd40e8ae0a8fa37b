"""The ``[store]`` setting: which one call log every account of a machine shares.

Only the machine-wide config (IT's, root-owned) may set ``[store] path`` (and ``group``):
a user's own config could otherwise point everyone's console at a file of its choosing.
This is the config side, read before anything opens a log (``resolve_db``); the file
side (group, modes, the cross-account lock) is ``desk.store.shared_log``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desk.config_schema import ConfigError

DEFAULT_GROUP = "desk"


@dataclass(frozen=True)
class SharedLog:
    path: Path
    group: str
    source: Path  # the machine-wide config that set it


# -- the machine-wide config ------------------------------------------------------------

def is_machine_config(path: Path | str | None) -> bool:
    """``path`` is the machine-wide config: in a folder only IT writes (beside the bundled
    program, the machine's config dirs) and, on POSIX, root's and not writable by others."""
    if path is None:
        return False
    from desk.paths import machine_config_dirs

    path = Path(path)
    try:
        folder = path.resolve().parent
        folders = {d.resolve() for d in machine_config_dirs()}
        info = os.stat(path)
    except OSError:
        return False
    if folder not in folders:
        return False
    if os.name == "posix":
        return info.st_uid == 0 and not info.st_mode & 0o022
    return True


def check_section(path: Path | None, given, text: str) -> SharedLog | None:
    """Check ``[store]`` of the config at ``path``; ``ConfigError`` if it is a user's own
    config or a value is wrong. ``None`` when no path is set (each account its own log)."""
    from desk.config_schema import STORE_KEYS

    if not is_machine_config(path):
        raise ConfigError(path, "[store] may be set only in the machine-wide config (IT's, "
                          "e.g. /etc/xdg/desk/branch.toml or C:\\ProgramData\\desk\\branch.toml,"
                          " owned by root/Administrators): a user's own config cannot move "
                          "the call log; remove [store] from this file", key="store")
    if not isinstance(given, dict):
        raise ConfigError(path, "expected a table ([store])", key="store")
    for key, value in given.items():
        if key not in STORE_KEYS:
            raise ConfigError(path, f"unknown key (known: {', '.join(STORE_KEYS)})",
                              key=f"store.{key}")
        if not isinstance(value, str) or "\n" in value or "\r" in value:
            raise ConfigError(path, "expected one line of text", key=f"store.{key}")
    values = {key: given.get(key, spec.default) for key, spec in STORE_KEYS.items()}
    if not values["path"]:
        return None
    log_path = Path(values["path"])
    if not log_path.is_absolute():
        raise ConfigError(path, f"the shared log's path must be absolute, got "
                          f"{values['path']!r}", key="store.path")
    return SharedLog(Path(os.path.normpath(log_path)), values["group"] or DEFAULT_GROUP,
                     Path(path))


def configured() -> SharedLog | None:
    """The shared log the machine-wide config names (the first machine config found, as
    ``desk.paths.config_candidates`` orders them), or ``None``."""
    import tomllib

    from desk.paths import machine_config_dirs

    for folder in machine_config_dirs():
        source = folder / "branch.toml"
        try:
            text = source.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            continue
        except (OSError, UnicodeDecodeError):
            return None  # the config loader says what is wrong with it
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            return None  # as above
        store = data.get("store")
        return check_section(source, store, text) if store is not None else None
    return None


def setting_for(db_path: Path | str) -> SharedLog | None:
    """The machine's shared log if ``db_path`` is that log, else ``None``."""
    shared = configured()
    if shared is None:
        return None
    if Path(os.path.normpath(Path(db_path).absolute())) == shared.path:
        return shared
    return None


def resolve_db(cli_value: str | None) -> Path:
    """``--db`` beats ``DESK_DB`` beats the machine's shared log (``[store] path`` in the
    machine-wide config: one log for every account) beats the per-user data dir."""
    from desk.paths import default_db_path

    value = cli_value or os.environ.get("DESK_DB")
    if value:
        return Path(value).expanduser()
    shared = configured()  # raises ConfigError for a wrong [store]
    return shared.path if shared is not None else default_db_path()
