"""The arrays of tables: alarm channels (``[[security.channels]]``, each checked for its
type: a usable url, a multicast group, a branch key) and ``[[departments]]``."""

from __future__ import annotations

import re
from pathlib import Path

from desk.config.checker import Checker
from desk.config.errors import show
from desk.config.model import Channel, Department
from desk.config.rules import host_name_ok
from desk.config_schema import (
    CHANNEL_KEYS,
    CHANNEL_TYPES,
    DEFAULT_DEPARTMENTS,
    DEPARTMENT_KEYS,
    MAX_CHANNELS,
    MAX_DEPARTMENTS,
)


def _entries(check: Checker, raw, section: str, what: str, most: int) -> list[dict]:
    parent, _, key = section.rpartition(".")  # security.channels sits under [security]
    if not isinstance(raw, list):
        check.fail(parent or None, key, f"use [[{section}]] tables, got {show(raw)}")
    if len(raw) > most:
        check.fail(parent or None, key, f"at most {most} [[{section}]] tables, got {len(raw)}")
    for entry in raw:
        if not isinstance(entry, dict):
            check.fail(parent or None, key, f"every {what} must be a [[{section}]] table, "
                       f"got {show(entry)}")
    return raw


def checked_departments(check: Checker, raw) -> list[Department]:
    out = []
    for nth, entry in enumerate(_entries(check, raw, "departments", "department",
                                              MAX_DEPARTMENTS)):
        if "name" not in entry:
            check.fail("departments", "name", "every department needs a name", nth)
        values = check.table("departments", entry, DEPARTMENT_KEYS, nth)
        out.append(Department(values["name"].strip(), values["email"].strip()))
    return out or [Department(**d) for d in DEFAULT_DEPARTMENTS]


def checked_channels(check: Checker, raw) -> list[Channel]:
    section = "security.channels"
    out = []
    for nth, entry in enumerate(_entries(check, raw, section, "channel", MAX_CHANNELS)):
        kind = entry.get("type")
        if not isinstance(kind, str) or kind not in CHANNEL_TYPES:
            check.fail(section, "type", f"channel type must be one of "
                       f"{', '.join(CHANNEL_TYPES)}, got {show(kind)}", nth)
        values = {k: v for k, v in entry.items() if k != "type"}
        schema = CHANNEL_KEYS[kind]
        for key, spec in schema.items():
            if spec.nonempty and key not in values and spec.type is not list:
                check.fail(section, key, f"a {kind} channel needs '{key}'", nth)
            if spec.nonempty and key not in values and spec.type is list:
                check.fail(section, key, f"a {kind} channel needs at least one entry in "
                           f"'{key}'", nth)
        options = check.table(section, values, schema, nth, label=f"{section} ({kind})")
        _check_channel(check, kind, options, nth)
        out.append(Channel(kind, {k: list(v) if isinstance(v, tuple) else v
                                  for k, v in options.items()}))
    return out


def _check_channel(check: Checker, kind: str, options: dict, nth: int) -> None:
    def fail(key, message):
        check.fail("security.channels", key, message, nth)

    if kind == "webhook":
        from urllib.parse import urlsplit

        parts = urlsplit(options["url"])
        if any(c.isspace() for c in options["url"]):
            fail("url", "the url must not contain spaces (write them as %20)")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            fail("url", "a webhook channel needs an http:// or https:// url with a host")
        if not host_name_ok(parts.hostname):
            fail("url", f"{parts.hostname!r} is not a host name or address")
        try:
            parts.port  # noqa: B018 - raises on a port out of range
        except ValueError:
            fail("url", "the url's port must be between 1 and 65535")
    if kind == "email" and options["smtp_host"] and not host_name_ok(options["smtp_host"]):
        fail("smtp_host", f"{options['smtp_host']!r} is not a host name or address")
    if kind == "lan":
        import ipaddress

        from desk.core.branch_key import channel_key_problem

        if options["key_file"] and check.path is not None:  # relative to this file
            options["key_file"] = str(Path(check.path).parent / options["key_file"])
        problem = channel_key_problem(options)
        if problem:
            fail(*problem)
        try:
            if not ipaddress.IPv4Address(options["group"]).is_multicast:
                fail("group", f"{options['group']!r} is not a multicast address "
                     "(224.0.0.0 to 239.255.255.255)")
        except ipaddress.AddressValueError:
            fail("group", f"{options['group']!r} is not an IPv4 address")
        if options["interface"]:
            try:
                ipaddress.IPv4Address(options["interface"])
            except ipaddress.AddressValueError:
                fail("interface", f"{options['interface']!r} is not an IPv4 address")
        for peer in options["peers"]:
            match = re.match(r"^([^:\s]+):(\d{1,5})$", peer)
            if not match or not 0 < int(match.group(2)) < 65536:
                fail("peers", f"peer {peer!r} is not host:port (port 1 to 65535)")
            if not host_name_ok(match.group(1)):
                fail("peers", f"peer {peer!r}: {match.group(1)!r} is not a host name or address")
