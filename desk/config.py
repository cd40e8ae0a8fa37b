"""Branch config: one TOML file per branch, every key optional.

A missing file gives a working console with defaults (and no alarm channel,
which the console announces loudly). A malformed file raises ``ConfigError``
naming the file, line and key; unknown keys become warnings because they are
usually typos.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desk.config_schema import (
    CHANNEL_KEYS,
    CHANNEL_TYPES,
    DEFAULT_DEPARTMENTS,
    DEPARTMENT_KEYS,
    SECTIONS,
    Key,
)

LANGUAGES = ("en", "fi", "tl", "hi", "eo")


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
    branch: dict[str, Any] = field(default_factory=dict)
    workstation: dict[str, Any] = field(default_factory=dict)
    norms: dict[str, Any] = field(default_factory=dict)
    smtp: dict[str, Any] = field(default_factory=dict)
    security: dict[str, Any] = field(default_factory=dict)
    sync: dict[str, Any] = field(default_factory=dict)
    departments: list[Department] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # Convenience views used all over the console.
    @property
    def language(self) -> str:
        return self.branch["language"]

    @property
    def region(self) -> str:
        return self.branch["region"]

    @property
    def workstation_name(self) -> str:
        if self.workstation["name"]:
            return self.workstation["name"]
        if hasattr(os, "uname"):
            return os.uname().nodename
        return os.environ.get("COMPUTERNAME", "workstation")

    @property
    def operator(self) -> str:
        if self.workstation["operator"]:
            return self.workstation["operator"]
        import getpass

        try:
            return getpass.getuser()
        except Exception:  # no login name in some service contexts
            return "operator"

    @property
    def holidays(self) -> list[date]:
        return [date.fromisoformat(d) for d in self.norms["holidays"]]

    @property
    def target_s(self) -> float:
        return float(self.norms["call_minutes_target"]) * 60

    @property
    def max_s(self) -> float:
        return float(self.norms["call_minutes_max"]) * 60


def defaults() -> Config:
    """The config a branch gets with no file at all."""
    return _build(None, {}, "")


def load(path: Path | str | None) -> Config:
    """Read ``path``; ``None`` or a missing default file means defaults."""
    if path is None:
        return defaults()
    import tomllib

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, "file not found") from None
    except UnicodeDecodeError:
        raise ConfigError(path, "not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot read ({exc.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise ConfigError(path, f"not valid TOML ({_short(exc)})", line=line) from None
    return _build(path, data, text)


def _short(exc: Exception) -> str:
    return re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc).splitlines()[0])


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _line_of(text: str, section: str | None, key: str) -> int | None:
    """Best-effort line number of ``key`` (under ``[section]`` when given)."""
    in_section = section is None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("["):
            name = line.strip("[]").strip()
            in_section = section is None or name == section
            continue
        if in_section and re.match(rf'^"?{re.escape(key)}"?\s*=', line):
            return number
    return None


def _check_value(path, text, section, key, spec: Key, value):
    expected = spec.type if isinstance(spec.type, tuple) else (spec.type,)
    ok = isinstance(value, expected) and not (isinstance(value, bool) and bool not in expected)
    if not ok:
        names = " or ".join(t.__name__.replace("str", "text").replace("float", "number")
                            .replace("int", "whole number").replace("bool", "true/false")
                            .replace("list", "list") for t in expected)
        raise ConfigError(path, f"expected {names}, got {value!r}",
                          line=_line_of(text, section, key),
                          key=f"{section}.{key}" if section else key)


def _fill(path, text, section: str, given: dict, schema: dict[str, Key], warnings: list[str],
          table_label: str | None = None) -> dict[str, Any]:
    label = table_label or section
    out = {k: (list(s.default) if isinstance(s.default, list) else s.default)
           for k, s in schema.items()}
    for key, value in given.items():
        if key not in schema:
            line = _line_of(text, section, key)
            where = f"{path}, line {line}" if line else str(path)
            warnings.append(f"{where}: unknown key '{label}.{key}' ignored (a typo?)")
            continue
        _check_value(path, text, section, key, schema[key], value)
        out[key] = value
    return out


def _build(path: Path | None, data: dict, text: str) -> Config:
    cfg = Config(path=path)
    known = set(SECTIONS) | {"departments"}
    for key in data:
        if key == "holidays":  # also accepted at top level
            continue
        if key not in known:
            line = _line_of(text, None, key) or _line_of(text, key, "")
            cfg.warnings.append(f"{path}{f', line {line}' if line else ''}: unknown section "
                                f"or key '{key}' ignored (a typo?)")
    for section, schema in SECTIONS.items():
        given = data.get(section, {})
        if not isinstance(given, dict):
            raise ConfigError(path, "expected a [section]", line=_line_of(text, None, section),
                              key=section)
        given = dict(given)
        channels_raw = given.pop("channels", []) if section == "security" else []
        setattr(cfg, section, _fill(path, text, section, given, schema, cfg.warnings))
        if section == "security":
            cfg.channels = _channels(path, text, channels_raw, cfg.warnings)
    if "holidays" in data:
        _check_value(path, text, None, "holidays", SECTIONS["norms"]["holidays"], data["holidays"])
        cfg.norms["holidays"] = list(cfg.norms["holidays"]) + list(data["holidays"])
    _validate(cfg, text)
    if "sync" in data:  # [sync]: no password, a usable url (loaded only when present)
        from desk.sync.settings import check_section

        check_section(path, data["sync"], text)
    cfg.departments = _departments(path, text, data.get("departments", DEFAULT_DEPARTMENTS),
                                   cfg.warnings)
    return cfg


def _departments(path, text, raw, warnings) -> list[Department]:
    if not isinstance(raw, list):
        raise ConfigError(path, "use [[departments]] tables", key="departments",
                          line=_line_of(text, None, "departments"))
    out = []
    for entry in raw:
        values = _fill(path, text, "departments", entry, DEPARTMENT_KEYS, warnings)
        if not values["name"].strip():
            raise ConfigError(path, "every department needs a name", key="departments.name",
                              line=_line_of(text, "departments", "name"))
        out.append(Department(values["name"].strip(), values["email"].strip()))
    return out or [Department(**d) for d in DEFAULT_DEPARTMENTS]


def _channels(path, text, raw, warnings) -> list[Channel]:
    if not isinstance(raw, list):
        raise ConfigError(path, "use [[security.channels]] tables", key="security.channels")
    out = []
    for entry in raw:
        kind = entry.get("type")
        if kind not in CHANNEL_TYPES:
            raise ConfigError(path, f"channel type must be one of {', '.join(CHANNEL_TYPES)}, "
                              f"got {kind!r}", key="security.channels.type",
                              line=_line_of(text, "security.channels", "type"))
        values = {k: v for k, v in entry.items() if k != "type"}
        options = _fill(path, text, "security.channels", values, CHANNEL_KEYS[kind], warnings,
                        table_label=f"security.channels ({kind})")
        _require_channel_keys(path, text, kind, options)
        out.append(Channel(kind, options))
    return out


def _require_channel_keys(path, text, kind, options) -> None:
    def fail(key, message):
        raise ConfigError(path, message, key=f"security.channels.{key}",
                          line=_line_of(text, "security.channels", key))

    if kind == "webhook" and not re.match(r"^https?://", options["url"]):
        fail("url", "a webhook channel needs an http:// or https:// url")
    if kind == "email" and not options["to"]:
        fail("to", "an email channel needs at least one address in 'to'")
    if kind == "lan":
        if not options["key"]:
            fail("key", "a lan channel needs a shared 'key' to sign its messages")
        if not 0 < options["port"] < 65536:
            fail("port", "port must be between 1 and 65535")
        for peer in options["peers"]:
            if not isinstance(peer, str) or not re.match(r"^[^:\s]+:\d{1,5}$", peer):
                fail("peers", f"peer {peer!r} is not host:port")


def _validate(cfg: Config, text: str) -> None:
    path = cfg.path
    norms = cfg.norms
    if cfg.branch["language"] not in LANGUAGES:
        raise ConfigError(path, f"language must be one of {', '.join(LANGUAGES)}",
                          key="branch.language", line=_line_of(text, "branch", "language"))
    if not 0 < norms["call_minutes_target"] < norms["call_minutes_max"]:
        raise ConfigError(path, "call_minutes_target must be above 0 and below call_minutes_max",
                          key="norms.call_minutes_target",
                          line=_line_of(text, "norms", "call_minutes_target"))
    if not 0 < norms["callback_days"] <= 60:
        raise ConfigError(path, "callback_days must be between 1 and 60",
                          key="norms.callback_days", line=_line_of(text, "norms", "callback_days"))
    for day in norms["holidays"]:
        try:
            date.fromisoformat(str(day))
        except ValueError:
            raise ConfigError(path, f"holiday {day!r} is not a date like 2026-12-24",
                              key="norms.holidays",
                              line=_line_of(text, "norms", "holidays")) from None
    norms["holidays"] = [str(d) for d in norms["holidays"]]


def template() -> str:
    """A commented config file with every key at its default (``desk config init``)."""
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
        '# key = "branch-shared-secret"',
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
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)
