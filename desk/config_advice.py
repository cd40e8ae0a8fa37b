"""What ``desk config check`` adds to a valid config: risks it can see without sending.

Errors (exit 2) are settings that cannot work safely; warnings (exit 1) are settings that
work but leak: ``http://`` to another machine, a login that will be refused, a config
file with secrets that others can read (the group ``desk`` may: the installer's root:desk
0640).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from desk.config import Config, ConfigError


def advice(cfg: Config) -> list[str]:
    """Warnings about ``cfg``; raises ``ConfigError`` for what must be fixed first."""
    from desk.alerts.webhook import redacted_url
    from desk.mail import PASSWORD_ENV, is_loopback, password_file_problem

    warnings = []
    for channel in cfg.channels:
        if channel.type == "webhook":
            parts = urlsplit(channel["url"])
            if parts.scheme == "http" and not is_loopback(parts.hostname or ""):
                warnings.append(f"webhook {redacted_url(channel['url'])} is plain http:// to "
                                "another machine: alarms (and the token) cross the network "
                                "readable; use https://")
    smtp = cfg.smtp
    if smtp.password_file:
        problem = password_file_problem(smtp.password_file)
        if problem:
            raise ConfigError(cfg.path, problem, key="smtp.password_file")
    if smtp.user:
        if not os.environ.get(PASSWORD_ENV) and not smtp.password_file:
            warnings.append(f"[smtp] user is set but no password: set {PASSWORD_ENV} or "
                            "[smtp] password_file")
        hosts = {smtp.host} | {c["smtp_host"] for c in cfg.channels
                               if c.type == "email" and c["smtp_host"]}
        if not smtp.starttls:
            for host in sorted(h for h in hosts if h):
                if not (smtp.allow_plaintext_login and is_loopback(host)):
                    warnings.append(f"mail server {host}: login without TLS will be refused; "
                                    "set starttls = true")
    if cfg.path is not None and os.name == "posix" and _holds_secrets(cfg):
        problem = _readable_by_others(cfg.path)
        if problem:
            warnings.append(f"{cfg.path} holds a key or token and {problem}")
    return warnings


def _readable_by_others(path) -> str | None:
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


DESK_GROUP = "desk"  # packaging/linux/install.sh: root:desk 0640


def _holds_secrets(cfg: Config) -> bool:
    return any((c.type == "lan" and c["key"]) or (c.type == "webhook" and c["token"])
               for c in cfg.channels)  # a lan key_file keeps the key out of the config
