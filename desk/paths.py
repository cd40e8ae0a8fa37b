"""Where Desk finds its files: the database, the config and packaged resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ConfigSource:
    """Which branch config a command reads, and why that one (for ``config check``, About)."""

    path: Path | None
    reason: str
    named: bool = False  # named by the user: it must exist

    def describe(self) -> str:
        if self.path is None:
            return "no config file found: using defaults"
        return f"{self.path} ({self.reason})"


def executable_dir() -> Path | None:
    """The folder of a PyInstaller bundle's program (where an installer puts ``branch.toml``).

    A pip install has no such folder of its own (``sys.executable`` is Python), so ``None``.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def site_config_dirs() -> list[Path]:
    """The machine-wide config dirs: ``/etc/xdg/desk`` (each of ``XDG_CONFIG_DIRS``) on
    Linux, ``C:\\ProgramData\\desk`` on Windows."""
    import platformdirs

    joined = platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=True)
    return [Path(p) for p in joined.split(os.pathsep) if p]


def machine_config_dirs() -> list[Path]:
    """The folders an installer (IT) writes and a desk's user cannot: beside a bundled
    program, then the machine-wide config dirs. Searched before the user's own."""
    beside = executable_dir()
    return ([beside] if beside is not None else []) + site_config_dirs()


def config_candidates() -> list[tuple[Path, str]]:
    """Where an unnamed config is looked for, in order, each with its reason."""
    found: list[tuple[Path, str]] = []
    beside = executable_dir()
    if beside is not None:
        found.append((beside / "branch.toml", "next to the program"))
    found += [(d / "branch.toml", "machine-wide config dir") for d in site_config_dirs()]
    found.append((default_config_path(), "user config dir"))
    return found


def config_source(cli_value: str | None = None) -> ConfigSource:
    """``--config`` beats ``DESK_CONFIG`` beats ``branch.toml`` next to the program, the
    machine-wide config dir and the user's config dir; the first file that exists wins."""
    if cli_value:
        return ConfigSource(Path(cli_value).expanduser(), "named with --config", True)
    if os.environ.get("DESK_CONFIG"):
        return ConfigSource(Path(os.environ["DESK_CONFIG"]).expanduser(), "from DESK_CONFIG",
                            True)
    for path, reason in config_candidates():
        try:
            if path.is_file():
                return ConfigSource(path, reason)
        except PermissionError:  # a folder this account may not enter: loading says so
            return ConfigSource(path, reason)
    return ConfigSource(None, "none of the usual places has a branch.toml")


def resolve_config(cli_value: str | None) -> tuple[Path | None, bool]:
    """Return the config path and whether the user named it explicitly.

    A named file must exist; an unnamed one may be absent everywhere (defaults apply).
    """
    source = config_source(cli_value)
    return source.path, source.named


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
