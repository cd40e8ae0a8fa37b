"""Branch config: one TOML file per branch, every key optional.

A missing file gives a working console with defaults (and no alarm channel,
which the console announces loudly). Every value is checked against
``config_schema`` — type (true/false is not a number), finiteness, range, list
items, the shape of nested tables — and a bad one raises ``ConfigError`` naming
the file, line and key; unknown keys become warnings because they are usually typos.

``include = "company.toml"`` puts a base under a file's own keys (see ``include_chain``):
tables merge key by key, the including file wins, and an array of tables
(``[[departments]]``, ``[[security.channels]]``) is replaced whole by the including
file's when it has one. Every value remembers the file that set it, so a mistake in
the base is reported with the base's name and line, and ``config check --explain``
can say where each value came from.

Each section is a frozen dataclass (``cfg.security.ack_timeout_s``) that still
reads like the dict it used to be (``cfg.security["ack_timeout_s"]``).

This module puts the steps together; each has a module of its own: ``toml_file`` (read
and parse, bounded), ``includes`` (the chain of bases, merged), ``secret_files`` (who else
may read a file holding a secret), ``checker`` (each value against its schema key),
``rules`` (across keys), ``channels`` (the arrays of tables), ``model`` (the typed
``Config``), ``lines`` (the line an error names) and ``template`` (``desk config init``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk.config.channels import checked_channels, checked_departments
from desk.config.checker import Checker
from desk.config.errors import ConfigError
from desk.config.includes import include_chain, merge
from desk.config.lines import line_of
from desk.config.model import SECTION_CLASSES, Config, attribute_name
from desk.config.rules import validate
from desk.config.toml_file import Layer, parse, read_text
from desk.config_schema import DEFAULT_DEPARTMENTS, SECTIONS, TOP_KEYS


def defaults() -> Config:
    """The config a branch gets with no file at all."""
    return _build(None, {}, "")


def load(path: Path | str | None) -> Config:
    """Read ``path``; ``None`` or a missing default file means defaults."""
    if path is None:
        return defaults()

    path = Path(path)
    return load_text(read_text(path), path)


def load_text(text: str, path: Path | None = None) -> Config:
    """The config in ``text`` (``path`` names it in messages; an ``include`` is relative
    to it, or to the current folder without one)."""
    layers = include_chain(Layer(path, text, parse(text, path)))
    return _build(path, layers[-1].data, text, layers)


def _build(path: Path | None, data: dict, text: str,
           layers: list[Layer] | None = None) -> Config:
    layers = layers or [Layer(path, text, data)]
    data, origins = merge(layers)
    cfg = Config(path=path)
    cfg.files = [layer.path for layer in layers if layer.path is not None]
    cfg.sources = {key: layer.path for key, layer in origins.items()}
    check = Checker(path, text, cfg.warnings, origins)
    known = set(SECTIONS) | {"departments", "store"} | set(TOP_KEYS)
    for key in data:
        if key == "holidays":  # also accepted at top level
            continue
        if key not in known:
            check.unknown(None, key, key)
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
    validate(check, values)
    for layer in layers:  # [store]: the machine-wide config's alone (desk.store_setting)
        if "store" in layer.data:
            from desk.store_setting import check_section as check_store

            check_store(layer.path, layer.data["store"], layer.text)
    for layer in layers:  # [sync] of each file: no password, a usable url (when present)
        if "sync" in layer.data:
            from desk.sync.settings import section_problem

            if problem := section_problem(layer.data["sync"]):
                key, message = problem
                raise ConfigError(layer.path, message, key=f"sync.{key}",
                                  line=line_of(layer.text, "sync", key))
    for section, cls in SECTION_CLASSES.items():
        setattr(cfg, section, cls(**{attribute_name(k): v for k, v in values[section].items()}))
    cfg.channels = checked_channels(check, channels_raw)
    cfg.departments = checked_departments(check, data.get("departments", DEFAULT_DEPARTMENTS))
    check.finish()
    return cfg
