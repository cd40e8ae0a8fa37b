"""Where Desk finds its files: the database, the config and packaged resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "desk"


def default_db_path() -> Path:
    import platformdirs  # only needed when no --db is given

    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if folder.is_dir() and os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(0o700)  # our own folder, made by an older Desk with the umask's mode
    return folder / "desk.db"


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and its parents) with the last one owner-only (0700).

    An existing folder is left as it is: ``--db`` may point into a shared place."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def default_config_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "branch.toml"


def resolve_db(cli_value: str | None) -> Path:
    """``--db`` beats ``DESK_DB`` beats the per-user data dir."""
    value = cli_value or os.environ.get("DESK_DB")
    return Path(value).expanduser() if value else default_db_path()


def resolve_config(cli_value: str | None) -> tuple[Path | None, bool]:
    """Return the config path and whether the user named it explicitly.

    A named file must exist; the default file may be absent (defaults apply).
    """
    value = cli_value or os.environ.get("DESK_CONFIG")
    if value:
        return Path(value).expanduser(), True
    default = default_config_path()
    return (default if default.exists() else None), False


def resource(*parts: str) -> Path:
    """A file shipped inside the package (``resources/`` in the repo)."""
    return _resource_root().joinpath(*parts)


def _resource_root() -> Path:
    """Where the packaged resources are, without importlib.resources on the start-up path.

    Installed wheel: ``desk/resources`` (mapped from the repo's ``resources/``);
    PyInstaller bundle: the same folder under ``sys._MEIPASS``; editable install or
    source checkout: ``resources/`` beside the ``desk`` package.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    if getattr(sys, "_MEIPASS", None):
        candidates.insert(0, Path(sys._MEIPASS) / "desk" / "resources")
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError("Desk's resources folder is missing from this installation")
