"""What ``desk config check`` adds to a valid config: risks it can see without sending.

Errors (exit 2) are settings that cannot work safely; warnings (exit 1) are settings that
work but leak: ``http://`` to another machine, a login that will be refused, a config
file with secrets that others can read (the group ``desk`` may: the installer's root:desk
0640).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from desk.config import Config, ConfigError, readable_by_others


def advice(cfg: Config) -> list[str]:
    """Warnings about ``cfg``; raises ``ConfigError`` for what must be fixed first."""
    from desk.alerts.webhook import redacted_url
    from desk.mail.smtp import PASSWORD_ENV, is_loopback, password_file_problem

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
            raise ConfigError(cfg.sources.get("smtp.password_file", cfg.path), problem,
                              key="smtp.password_file")
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
    holder = cfg.sources.get("security.channels", cfg.path)  # with a base: maybe not this file
    if holder is not None and os.name == "posix" and _holds_secrets(cfg):
        problem = readable_by_others(holder)
        if problem:
            warnings.append(f"{holder} holds a key or token and {problem}")
    return warnings


def _holds_secrets(cfg: Config) -> bool:
    return any((c.type == "lan" and c["key"]) or (c.type == "webhook" and c["token"])
               for c in cfg.channels)  # a lan key_file keeps the key out of the config
