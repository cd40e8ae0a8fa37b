"""Branch config: one TOML file per branch, every key optional.

A missing file gives a working console with defaults (and no alarm channel,
which the console announces loudly). Every value is checked against
``config_schema`` — type (true/false is not a number), finiteness, range, list
items, the shape of nested tables — and a bad one raises ``ConfigError`` naming
the file, line and key; unknown keys become warnings because they are usually typos.

Each section is a frozen dataclass (``cfg.security.ack_timeout_s``) that still
reads like the dict it used to be (``cfg.security["ack_timeout_s"]``).
"""

from __future__ import annotations

import functools
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field, make_dataclass
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from desk.config_schema import (
    CHANNEL_KEYS,
    CHANNEL_TYPES,
    DEFAULT_DEPARTMENTS,
    DEPARTMENT_KEYS,
    MAX_CHANNELS,
    MAX_DEPARTMENTS,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    REMOVED_KEYS,
    SECTIONS,
    Key,
)

LANGUAGES = ("en", "fi", "tl", "hi", "eo")
MAX_WARNINGS = 50  # unknown keys listed one by one; the rest are counted


class ConfigError(Exception):
    """A config file that cannot be used; ``str()`` is the one-line message."""

    def __init__(self, path: Path | None, message: str, line: int | None = None,
                 key: str | None = None):
        self.path, self.line, self.key = path, line, key
        where = str(path) if path else "config"
        if line:
            where += f", line {line}"
        if key:
            where += f", key '{key}'"
        super().__init__(f"{where}: {message}")


class Section:
    """Read-only mapping view of a section dataclass: ``section["from"]``, ``**section``."""

    _keys: ClassVar[dict[str, str]] = {}  # TOML key -> attribute name

    def __getitem__(self, key: str) -> Any:
        return getattr(self, self._keys[key])

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, self._keys[key]) if key in self._keys else default

    def keys(self):
        return self._keys.keys()

    def items(self):
        return [(k, self[k]) for k in self._keys]

    def values(self):
        return [self[k] for k in self._keys]

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys


def _attr(key: str) -> str:
    return key + "_" if key in ("from", "type") else key


def _section_class(name: str, schema: dict[str, Key]) -> type:
    fields = [(_attr(k), _annotation(spec), field(default=_frozen(spec.default)))
              for k, spec in schema.items()]
    cls = make_dataclass(name, fields, bases=(Section,), frozen=True)
    cls._keys = {k: _attr(k) for k in schema}
    return cls


def _annotation(spec: Key) -> Any:
    if spec.type is list:
        return tuple
    return spec.type if isinstance(spec.type, type) else float


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


BranchSection = _section_class("BranchSection", SECTIONS["branch"])
WorkstationSection = _section_class("WorkstationSection", SECTIONS["workstation"])
NormsSection = _section_class("NormsSection", SECTIONS["norms"])
SmtpSection = _section_class("SmtpSection", SECTIONS["smtp"])
SecuritySection = _section_class("SecuritySection", SECTIONS["security"])
SyncSection = _section_class("SyncSection", SECTIONS["sync"])
SECTION_CLASSES = {"branch": BranchSection, "workstation": WorkstationSection,
                   "norms": NormsSection, "smtp": SmtpSection, "security": SecuritySection,
                   "sync": SyncSection}


@dataclass(frozen=True)
class Department:
    name: str
    email: str = ""


@dataclass(frozen=True)
class Channel:
    type: str
    options: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.options[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


@dataclass
class Config:
    path: Path | None = None
    branch: BranchSection = field(default_factory=BranchSection)
    workstation: WorkstationSection = field(default_factory=WorkstationSection)
    norms: NormsSection = field(default_factory=NormsSection)
    smtp: SmtpSection = field(default_factory=SmtpSection)
    security: SecuritySection = field(default_factory=SecuritySection)
    sync: SyncSection = field(default_factory=SyncSection)
    departments: list[Department] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # Convenience views used all over the console.
    @property
    def language(self) -> str:
        return self.branch.language

    @property
    def region(self) -> str:
        return self.branch.region

    @property
    def workstation_name(self) -> str:
        if self.workstation.name:
            return self.workstation.name
        if hasattr(os, "uname"):
            return os.uname().nodename
        return os.environ.get("COMPUTERNAME", "workstation")

    @property
    def operator(self) -> str:
        if self.workstation.operator:
            return self.workstation.operator
        import getpass

        try:
            return getpass.getuser()
        except Exception:  # no login name in some service contexts
            return "operator"

    @property
    def holidays(self) -> list[date]:
        return [date.fromisoformat(d) for d in self.norms.holidays]

    @property
    def target_s(self) -> float:
        return float(self.norms.call_minutes_target) * 60

    @property
    def max_s(self) -> float:
        return float(self.norms.call_minutes_max) * 60


def defaults() -> Config:
    """The config a branch gets with no file at all."""
    return _build(None, {}, "")


def load(path: Path | str | None) -> Config:
    """Read ``path``; ``None`` or a missing default file means defaults."""
    if path is None:
        return defaults()

    path = Path(path)
    try:
        raw = _read_regular(path, MAX_FILE_BYTES + 1)  # never more: a config is a few kB
    except FileNotFoundError:
        raise ConfigError(path, "file not found") from None
    except PermissionError:
        hint = ("; the machine-wide config the Linux installer writes is readable by the "
                "group 'desk' only: ask IT to add this account to it (usermod -aG desk NAME)"
                if os.name == "posix" else "")
        raise ConfigError(path, f"this account may not read it (permission denied){hint}") \
            from None
    except OSError as exc:
        raise ConfigError(path, f"cannot read ({exc.strerror})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigError(path, _too_big())
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(path, "not UTF-8 text") from None
    return load_text(text, path)


def _read_regular(path: Path, most: int) -> bytes:
    """At most ``most`` bytes of a regular file; a FIFO or a device (which could block or
    never end) is refused without waiting for a writer."""
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ConfigError(path, "not a regular file")
        return file.read(most)


def load_text(text: str, path: Path | None = None) -> Config:
    """The config in ``text`` (``path`` only names it in messages)."""
    import tomllib

    if len(text) > MAX_FILE_BYTES:
        raise ConfigError(path, _too_big())
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise ConfigError(path, f"not valid TOML ({_short(exc)})", line=line) from None
    except RecursionError:  # tomllib recurses once per level of [ or {
        line, key = _deepest(text)
        raise ConfigError(path, _too_deep(), line=line, key=key) from None
    keys = _too_deep_at(data)
    if keys is not None:
        section = ".".join(keys[:-1]) or None
        dotted = ".".join(keys)
        line = (_line_of(text, section, keys[-1]) or _line_of(text, None, keys[-1])
                or _deepest(text)[0]
                or next((number for (name, _), number in _line_index(text).headers.items()
                         if name.startswith(dotted)), None))  # [a.b.c...] headers
        raise ConfigError(path, _too_deep(), key=dotted, line=line)
    return _build(path, data, text)


def _too_big() -> str:
    return f"too large (more than {MAX_FILE_BYTES // 1024} kB): a branch config is a few kB"


def _too_deep() -> str:
    return f"nested more than {MAX_DEPTH} levels deep (tables and lists): not a branch config"


def _too_deep_at(data: dict) -> list[str] | None:
    """The keys leading to the first value nested deeper than ``MAX_DEPTH``, else ``None``.

    Iterative, so that the check itself cannot run out of stack."""
    stack: list[tuple[Any, int, tuple[str, ...]]] = [(data, 1, ())]
    while stack:
        value, depth, keys = stack.pop()
        if depth > MAX_DEPTH:
            return list(keys[:4]) or ["?"]
        if isinstance(value, dict):
            stack.extend((v, depth + 1, (*keys, str(k))) for k, v in value.items()
                         if isinstance(v, dict | list))
        else:
            stack.extend((v, depth + 1, keys) for v in value if isinstance(v, dict | list))
    return None


_TOKENS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                     r"|'[^'\n]*'|#[^\n]*|[\[\]{}\n=]")


def _deepest(text: str) -> tuple[int | None, str | None]:
    """Line and key where ``[``/``{`` nesting first passes ``MAX_DEPTH`` (a cheap scan that
    skips strings and comments; tomllib has the final word on the syntax)."""
    line, depth, key, section = 1, 0, None, ""
    start = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
            start = match.end()
        elif token == "=" and depth == 0:
            name = text[start:match.start()].strip().strip('"\'')
            key = f"{section}.{name}" if section else name
        elif token in "[{":
            if depth == 0 and token == "[" and not text[start:match.start()].strip():
                section = text[match.end():text.find("\n", match.end())].split("#")[0]
                section = section.strip().strip("[]").strip()  # a [table] header
            depth += 1
            if depth > MAX_DEPTH:
                return line, key
        elif token in "]}":
            depth = max(depth - 1, 0)
        else:
            line += token.count("\n")
    return None, key


def _short(exc: Exception) -> str:
    return re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc).splitlines()[0])


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _line_of(text: str, section: str | None, key: str, nth: int = 0) -> int | None:
    """Best-effort line number of ``key`` (under the ``nth`` ``[section]`` when given)."""
    index = _line_index(text)
    if section is None:
        return index.anywhere.get(key)
    if not key:
        return index.headers.get((section, nth))
    return (index.keys.get((section, nth, key))
            or index.anywhere.get(section.split(".")[-1]))  # written inline: point there


class _LineIndex:
    """Where every header and key of a file is, found in one pass: looking up thousands of
    (unknown) keys stays linear in the size of the file."""

    KEY = re.compile(r'^"?([^"=]*?)"?\s*=')

    def __init__(self, text: str):
        self.headers: dict[tuple[str, int], int] = {}  # ([section], nth) -> line
        self.keys: dict[tuple[str, int, str], int] = {}  # (section, nth, key) -> first line
        self.anywhere: dict[str, int] = {}  # key -> first line in any table
        seen: dict[str, int] = {}
        current: tuple[str, int] | None = None
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.strip()
            if line.startswith("["):
                name = line.strip("[]").strip()
                seen[name] = seen.get(name, -1) + 1
                current = (name, seen[name])
                self.headers.setdefault(current, number)
                continue
            match = self.KEY.match(line)
            if match:
                key = match.group(1)
                self.anywhere.setdefault(key, number)
                if current is not None:
                    self.keys.setdefault((*current, key), number)


@functools.lru_cache(maxsize=4)
def _line_index(text: str) -> _LineIndex:
    return _LineIndex(text)


class _Checker:
    """Checks values of one file, raising ``ConfigError`` with file, line and key."""

    def __init__(self, path: Path | None, text: str, warnings: list[str]):
        self.path, self.text, self.warnings = path, text, warnings
        self.unknown_count = 0

    def unknown(self, line: int | None, message: str) -> None:
        """One warning per unknown key, up to ``MAX_WARNINGS``; then a count of the rest."""
        self.unknown_count += 1
        if self.unknown_count <= MAX_WARNINGS:
            where = str(self.path or "config") + (f", line {line}" if line else "")
            self.warnings.append(f"{where}: {message}")

    def finish(self) -> None:
        extra = self.unknown_count - MAX_WARNINGS
        if extra > 0:
            self.warnings.append(f"{self.path or 'config'}: {extra} more unknown keys ignored")

    def fail(self, section: str | None, key: str, message: str, nth: int = 0,
             label: str | None = None):
        full = f"{label or section}.{key}" if section else key
        raise ConfigError(self.path, message, line=_line_of(self.text, section, key, nth)
                          or _line_of(self.text, section, "", nth), key=full)

    def value(self, section, key, spec: Key, value, nth=0, label=None) -> Any:
        def fail(message):
            self.fail(section, key, message, nth, label)

        expected = spec.type if isinstance(spec.type, tuple) else (spec.type,)
        if isinstance(value, bool) and bool not in expected or not isinstance(value, expected):
            fail(f"expected {_type_names(expected)}, got {_show(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            fail(f"expected a finite number, got {_show(value)}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if spec.above is not None and not value > spec.above:
                fail(f"must be greater than {spec.above:g}, got {_show(value)}")
            if spec.minimum is not None and value < spec.minimum:
                fail(f"must be at least {spec.minimum:g}, got {_show(value)}")
            if spec.maximum is not None and value > spec.maximum:
                fail(f"must be at most {spec.maximum:g}, got {_show(value)}")
        if isinstance(value, str) and spec.nonempty and not value.strip():
            fail("must not be empty")
        if isinstance(value, str) and ("\n" in value or "\r" in value):
            fail("must be a single line")
        if isinstance(value, str):
            self.text_value(value, spec, fail)
        if isinstance(value, list):
            if spec.nonempty and not value:
                fail("needs at least one entry")
            if len(value) > spec.max_items:
                fail(f"at most {spec.max_items} entries, got {len(value)}")
            for item in value:
                if spec.items is not None and (isinstance(item, bool)
                                               or not isinstance(item, spec.items)):
                    fail(f"every entry must be {_type_names((spec.items,))}, got {_show(item)}"
                         + (' (write it in quotes, e.g. ["112"])'
                            if isinstance(item, int | float) else ""))
                if isinstance(item, str) and (spec.nonempty and not item.strip()
                                              or "\n" in item or "\r" in item):
                    fail(f"entry {_show(item)} must be one non-empty line")
                if isinstance(item, str):
                    self.text_value(item, spec, lambda message, i=item:
                                    fail(f"entry {_show(i)}: {message}"))
            return tuple(value)
        return value

    @staticmethod
    def text_value(value: str, spec: Key, fail) -> None:
        """Text goes into headers, packets, file names and the log: bounded, no control
        characters (they break an HTTP header or a terminal long after ``config check``)."""
        if len(value) > spec.max_length:
            fail(f"at most {spec.max_length} characters, got {len(value)}")
        bad = next((c for c in value if unicodedata.category(c) == "Cc"), None)
        if bad is not None:
            fail(f"must not contain control characters (U+{ord(bad):04X})")

    def table(self, section: str, given, schema: dict[str, Key], nth=0,
              label: str | None = None) -> dict[str, Any]:
        """Defaults overlaid with the checked ``given`` values of one table."""
        label = label or section
        if not isinstance(given, dict):
            self.fail(None, section, f"expected a table ([{section}]), got {_show(given)}",
                      nth)
        out = {k: _frozen(s.default) for k, s in schema.items()}
        for key, value in given.items():
            removed = REMOVED_KEYS.get(f"{section}.{key}")
            if removed:
                self.fail(section, key, removed, nth)
            if key not in schema:
                line = _line_of(self.text, section, key, nth)
                self.unknown(line, f"unknown key '{label}.{key}' ignored (a typo?)")
                continue
            out[key] = self.value(section, key, schema[key], value, nth,
                                  label=label.split(" ")[0])
        return out


def _type_names(types) -> str:
    names = {"str": "text", "float": "number", "int": "whole number", "bool": "true/false",
             "list": "list", "dict": "table"}
    return " or ".join(dict.fromkeys(names.get(t.__name__, t.__name__) for t in types))


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _build(path: Path | None, data: dict, text: str) -> Config:
    cfg = Config(path=path)
    check = _Checker(path, text, cfg.warnings)
    known = set(SECTIONS) | {"departments"}
    for key in data:
        if key == "holidays":  # also accepted at top level
            continue
        if key not in known:
            check.unknown(_line_of(text, None, key) or _line_of(text, key, ""),
                          f"unknown section or key '{key}' ignored (a typo?)")
    values: dict[str, dict] = {}
    channels_raw: Any = []
    for section, schema in SECTIONS.items():
        given = data.get(section, {})
        if isinstance(given, dict) and section == "security":
            given = dict(given)
            channels_raw = given.pop("channels", [])
        values[section] = check.table(section, given, schema)
    if "holidays" in data:
        extra = check.value(None, "holidays", SECTIONS["norms"]["holidays"], data["holidays"])
        values["norms"]["holidays"] = tuple(values["norms"]["holidays"]) + tuple(extra)
    _validate(check, values)
    if "sync" in data:  # [sync]: no password, a usable url (loaded only when present)
        from desk.sync.settings import section_problem

        if problem := section_problem(data["sync"]):
            key, message = problem
            raise ConfigError(path, message, key=f"sync.{key}", line=_line_of(text, "sync", key))
    for section, cls in SECTION_CLASSES.items():
        setattr(cfg, section, cls(**{_attr(k): v for k, v in values[section].items()}))
    cfg.channels = _channels(check, channels_raw)
    cfg.departments = _departments(check, data.get("departments", DEFAULT_DEPARTMENTS))
    check.finish()
    return cfg


def _entries(check: _Checker, raw, section: str, what: str, most: int) -> list[dict]:
    parent, _, key = section.rpartition(".")  # security.channels sits under [security]
    if not isinstance(raw, list):
        check.fail(parent or None, key, f"use [[{section}]] tables, got {_show(raw)}")
    if len(raw) > most:
        check.fail(parent or None, key, f"at most {most} [[{section}]] tables, got {len(raw)}")
    for entry in raw:
        if not isinstance(entry, dict):
            check.fail(parent or None, key, f"every {what} must be a [[{section}]] table, "
                       f"got {_show(entry)}")
    return raw


def _departments(check: _Checker, raw) -> list[Department]:
    out = []
    for nth, entry in enumerate(_entries(check, raw, "departments", "department",
                                              MAX_DEPARTMENTS)):
        if "name" not in entry:
            check.fail("departments", "name", "every department needs a name", nth)
        values = check.table("departments", entry, DEPARTMENT_KEYS, nth)
        out.append(Department(values["name"].strip(), values["email"].strip()))
    return out or [Department(**d) for d in DEFAULT_DEPARTMENTS]


def _channels(check: _Checker, raw) -> list[Channel]:
    section = "security.channels"
    out = []
    for nth, entry in enumerate(_entries(check, raw, section, "channel", MAX_CHANNELS)):
        kind = entry.get("type")
        if not isinstance(kind, str) or kind not in CHANNEL_TYPES:
            check.fail(section, "type", f"channel type must be one of "
                       f"{', '.join(CHANNEL_TYPES)}, got {_show(kind)}", nth)
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


def _check_channel(check: _Checker, kind: str, options: dict, nth: int) -> None:
    def fail(key, message):
        check.fail("security.channels", key, message, nth)

    if kind == "webhook":
        from urllib.parse import urlsplit

        parts = urlsplit(options["url"])
        if any(c.isspace() for c in options["url"]):
            fail("url", "the url must not contain spaces (write them as %20)")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            fail("url", "a webhook channel needs an http:// or https:// url with a host")
        if not _host_name_ok(parts.hostname):
            fail("url", f"{parts.hostname!r} is not a host name or address")
        try:
            parts.port  # noqa: B018 - raises on a port out of range
        except ValueError:
            fail("url", "the url's port must be between 1 and 65535")
    if kind == "email" and options["smtp_host"] and not _host_name_ok(options["smtp_host"]):
        fail("smtp_host", f"{options['smtp_host']!r} is not a host name or address")
    if kind == "lan":
        import ipaddress

        from desk.core.branch_key import key_problem

        problem = key_problem(options["key"])
        if problem:
            fail("key", problem)
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
            if not _host_name_ok(match.group(1)):
                fail("peers", f"peer {peer!r}: {match.group(1)!r} is not a host name or address")


def _host_name_ok(host: str) -> bool:
    """A name the resolver can be asked about (IDNA-encodable, labels of 1-63 characters)
    or an IP address: anything else fails only when the alarm is sent."""
    import ipaddress

    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        encoded = host.encode("idna")
    except UnicodeError:
        return False
    return len(encoded) <= 253 and all(
        re.fullmatch(rb"[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?", label)
        for label in encoded.rstrip(b".").split(b"."))


def _validate(check: _Checker, values: dict[str, dict]) -> None:
    norms = values["norms"]
    if values["branch"]["language"] not in LANGUAGES:
        check.fail("branch", "language", f"language must be one of {', '.join(LANGUAGES)}")
    values["branch"]["region"] = _region(check, values["branch"]["region"])
    if values["smtp"]["host"] and not _host_name_ok(values["smtp"]["host"]):
        check.fail("smtp", "host", f"{values['smtp']['host']!r} is not a host name or address")
    security = values["security"]
    security["emergency_numbers"] = tuple(_dialable(check, number)
                                          for number in security["emergency_numbers"])
    if norms["callback_day_kind"] not in ("calendar", "business"):  # desk.core.calendar
        check.fail("norms", "callback_day_kind", "callback_day_kind must be \"calendar\" or "
                   "\"business\"")
    if not norms["call_minutes_target"] < norms["call_minutes_max"]:
        check.fail("norms", "call_minutes_target",
                   "call_minutes_target must be above 0 and below call_minutes_max")
    for day in norms["holidays"]:
        try:
            date.fromisoformat(day)
        except ValueError:
            check.fail("norms", "holidays", f"holiday {day!r} is not a date like 2026-12-24")


def _region(check: _Checker, region: str) -> str:
    """``region`` in capitals, if phonenumbers knows it (it parses and shows every number)."""
    code = region.strip().upper()
    if code == SECTIONS["branch"]["region"].default:
        return code  # the default: no need to load phonenumbers at start-up
    import phonenumbers

    if code not in phonenumbers.SUPPORTED_REGIONS:
        check.fail("branch", "region", f"{region!r} is not a region code phone numbers know "
                   "(two letters, ISO 3166, e.g. \"FI\", \"SE\", \"PH\")")
    return code


DIALABLE = re.compile(r"[0-9+*# ]*[0-9][0-9+*# ]*")


def _dialable(check: _Checker, number: str) -> str:
    """An emergency number as people dial it: NFKC-normalised (fullwidth digits become
    0-9), then only digits, +, *, # and spaces; never an invisible character."""
    def fail(message):
        check.fail("security", "emergency_numbers", f"emergency number {_show(number)}: "
                   f"{message}")

    hidden = next((c for c in number if unicodedata.category(c) == "Cf"), None)
    if hidden is not None:
        fail(f"holds an invisible character (U+{ord(hidden):04X}); type it again by hand")
    normal = " ".join(unicodedata.normalize("NFKC", number).split())
    if not DIALABLE.fullmatch(normal):
        fail("use only the digits 0-9, +, *, # and spaces")
    return normal


def template() -> str:
    """A commented config file with every key at its default (``desk config init``).

    The LAN example carries a freshly generated branch key, so uncommenting it is safe."""
    from desk.core.branch_key import generate_key

    lines = ["# Desk branch configuration. Every key is optional; shown are the defaults.",
             "# Check it with: desk config check PATH", ""]
    for section, schema in SECTIONS.items():
        lines.append(f"[{section}]")
        for key, spec in schema.items():
            lines.append(f"# {spec.help}")
            lines.append(f"{key} = {_toml_value(spec.default)}")
        lines.append("")
        if section == "norms":
            lines += ["# One table per department that takes callbacks.", "[[departments]]",
                      'name = "Billing"', 'email = "billing@example.org"', ""]
    lines += [
        "# Alarm channels: add one [[security.channels]] table per channel.",
        "# Without any, alarms reach nobody and the console says so on screen.",
        "# [[security.channels]]",
        '# type = "webhook"',
        '# url = "http://127.0.0.1:8080/alarm"',
        "#",
        "# [[security.channels]]",
        '# type = "email"',
        '# to = ["security@example.org"]',
        "#",
        "# [[security.channels]]",
        '# type = "lan"',
        '# group = "239.255.77.1"',
        "# port = 47777",
        "# Branch key: the same on every console of the branch (`desk lan keygen`).",
        f'# key = "{generate_key()}"',
        "#",
        "# [[security.channels]]",
        '# type = "desktop"',
        "",
    ]
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)
