"""The ``[sync]`` section: where head office's PostgreSQL is and how often to push.

The password never lives in the TOML: it comes from ``DESK_SYNC_PASSWORD`` or from libpq's
own password file / service file (``~/.pgpass``, ``PGPASSFILE``, ``PGSERVICEFILE``). A
password in the url or the section is a config error, not a warning. Any host that is not
this machine gets TLS with the server's certificate and name checked (``verify-full``).
Standard library only: the config loader calls this.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

PASSWORD_ENV = "DESK_SYNC_PASSWORD"
LOOPBACK = {"localhost", "127.0.0.1", "::1"}
SCHEMES = ("postgresql", "postgres")


class SyncUrlError(ValueError):
    """A sync url that must not be used; the message says why and what to do."""


def _hosts(parts, query: dict[str, str]) -> list[str]:
    hosts = [h for h in query.get("host", "").split(",") if h]
    netloc = parts.netloc.rsplit("@", 1)[-1]
    for item in netloc.split(","):
        host = item.rsplit(":", 1)[0] if not item.startswith("[") else item[1:].split("]")[0]
        if host:
            hosts.append(host)
    return hosts


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("/") or host.startswith("127.")


def check_url(url: str) -> str:
    """Return the url to connect with (``sslmode=verify-full`` added for remote hosts),
    or raise ``SyncUrlError``."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES or not url.startswith(f"{parts.scheme}://"):
        raise SyncUrlError(f"{url!r} is not a PostgreSQL url "
                           "(like postgresql://desk@hq.example.org/desk)")
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if "password" in query or parts.password is not None:
        raise SyncUrlError(f"the sync url must not contain a password; set {PASSWORD_ENV} "
                           "or use a pgpass file")
    if not parts.path.strip("/") and "dbname" not in query:
        raise SyncUrlError(f"{url!r} names no database (add /DBNAME after the host)")
    remote = [h for h in _hosts(parts, query) if not is_loopback(h)]
    if remote:
        mode = query.get("sslmode", "verify-full")
        if mode != "verify-full":
            raise SyncUrlError(f"sslmode={mode} is not allowed for {remote[0]}: a server "
                               "that is not on this machine needs sslmode=verify-full")
        query["sslmode"] = "verify-full"
        parts = parts._replace(query=urlencode(query))
    return urlunsplit(parts)


def password() -> str | None:
    """From the environment only; ``None`` lets libpq use pgpass / its service file."""
    return os.environ.get(PASSWORD_ENV) or None


@dataclass(frozen=True)
class SyncSettings:
    url: str  # checked, password-free, safe to show
    interval_s: float = 60.0
    enabled: bool = True
    branch: str = ""
    workstation: str = ""


def from_config(cfg) -> SyncSettings | None:
    """The branch config's sync settings, or ``None`` when sync is not configured."""
    section = getattr(cfg, "sync", None) or {}
    if not section.get("url"):
        return None
    return SyncSettings(url=check_url(section["url"]), interval_s=float(section["interval_s"]),
                        enabled=bool(section["enabled"]), branch=cfg.branch["name"],
                        workstation=cfg.workstation_name)


def section_problem(section) -> tuple[str, str] | None:
    """Config-load check of ``[sync]``: ``(key, message)`` for a password or bad url.

    ``desk.config`` turns it into a ``ConfigError`` with file and line; this module imports
    nothing from the config, so config and sync do not import each other."""
    if not isinstance(section, dict):
        return None  # the loader reports a non-table itself
    if "password" in section:
        return "password", (f"no password in the config file: set {PASSWORD_ENV} or use "
                            "a pgpass file")
    url = section.get("url")
    if isinstance(url, str) and url.strip():
        try:
            check_url(url)
        except SyncUrlError as exc:
            return "url", str(exc)
    interval = section.get("interval_s", 1)
    if isinstance(interval, int | float) and not isinstance(interval, bool) and interval <= 0:
        return "interval_s", "interval_s must be above 0"
    return None
