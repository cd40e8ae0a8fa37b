"""The typed config object: one frozen dataclass per section, built from the schema.

Each section (``cfg.security.ack_timeout_s``) still reads like the dict it used to be
(``cfg.security["ack_timeout_s"]``).
"""

from __future__ import annotations

import os
from dataclasses import FrozenInstanceError, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from desk.config_schema import SECTIONS, Key


class Section:
    """One frozen section: ``cfg.smtp.from_`` and, read like a mapping, ``section["from"]``,
    ``**section``. A plain class rather than a dataclass: ``make_dataclass`` writes and
    compiles each class's methods, and the config is read on every start."""

    _keys: ClassVar[dict[str, str]] = {}  # TOML key -> attribute name
    _defaults: ClassVar[dict[str, Any]] = {}  # attribute name -> default

    def __init__(self, **values: Any):
        unknown = values.keys() - self._defaults.keys()
        if unknown:
            raise TypeError(f"{type(self).__name__}: no such setting {sorted(unknown)[0]!r}")
        for name, default in self._defaults.items():
            object.__setattr__(self, name, values.get(name, default))

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._defaults)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._defaults)
        return f"{type(self).__name__}({inner})"

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


def attribute_name(key: str) -> str:
    return key + "_" if key in ("from", "type") else key


def _section_class(name: str, schema: dict[str, Key]) -> type:
    return type(name, (Section,), {
        "_keys": {k: attribute_name(k) for k in schema},
        "_defaults": {attribute_name(k): frozen_value(spec.default) for k, spec in schema.items()},
        "__annotations__": {attribute_name(k): _annotation(spec) for k, spec in schema.items()},
    })


def _annotation(spec: Key) -> Any:
    if spec.type is list:
        return tuple
    return spec.type if isinstance(spec.type, type) else float


def frozen_value(value: Any) -> Any:
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
    # "section.key" (or "departments", "security.channels") -> the file that set it;
    # keys left at their default are absent.
    sources: dict[str, Path | None] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)  # every file read, the base first

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
