"""Every value checked against its schema ``Key``: type (true/false is not a number),
finiteness, range, list items, text length; unknown keys become warnings."""

from __future__ import annotations

import math
import unicodedata
from pathlib import Path
from typing import Any

from desk.config.errors import ConfigError, show
from desk.config.lines import line_of
from desk.config.model import frozen_value
from desk.config.toml_file import Layer
from desk.config_schema import REMOVED_KEYS, Key
from desk.placeholders import numbered

MAX_WARNINGS = 50  # unknown keys listed one by one; the rest are counted


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a source for lupdate (the same name as Qt's marker); Qt-free here."""
    return source


# What a warning says, in English, with %1… for its values: the console and the command line
# say it again in their language (``ConfigWarning.say``).
UNKNOWN_KEY = {
    (False, False): QT_TRANSLATE_NOOP("ConfigWarning", "%1: unknown key '%2' ignored (a typo?)"),
    (False, True): QT_TRANSLATE_NOOP(
        "ConfigWarning", "%1, line %3: unknown key '%2' ignored (a typo?)"),
    (True, False): QT_TRANSLATE_NOOP(
        "ConfigWarning", "%1: unknown section or key '%2' ignored (a typo?)"),
    (True, True): QT_TRANSLATE_NOOP(
        "ConfigWarning", "%1, line %3: unknown section or key '%2' ignored (a typo?)"),
}
MORE_UNKNOWN = QT_TRANSLATE_NOOP("ConfigWarning", "%1: %2 more unknown keys ignored")


class ConfigWarning(str):
    """A config warning: its English text (it is a ``str``), and what a translation needs
    to say it again: the source sentence and its values (file, key, line)."""

    def __new__(cls, source: str, *values) -> ConfigWarning:
        values = tuple(str(v) for v in values)
        warning = super().__new__(cls, numbered(source, *values))
        warning.source, warning.values = source, values
        return warning

    def say(self, translate) -> str:
        """In the language of ``translate(context, source)``."""
        source = getattr(self, "source", str(self))
        return numbered(translate("ConfigWarning", source), *getattr(self, "values", ()))


def unknown_count(warnings: list[str]) -> int:
    """How many settings the warnings say were ignored: one each, and the rest they count
    ("… N more unknown keys ignored") beyond the ones listed."""
    return sum(int(w.values[1]) if getattr(w, "source", None) == MORE_UNKNOWN else 1
               for w in warnings)


def say_warning(warning: str, translate) -> str:
    """Any warning in ``translate``'s language: ours are ``ConfigWarning``s; others stay."""
    return warning.say(translate) if isinstance(warning, ConfigWarning) else warning


class Checker:
    """Checks values of one file, raising ``ConfigError`` with file, line and key."""

    def __init__(self, path: Path | None, text: str, warnings: list[str],
                 origins: dict[str, Layer] | None = None):
        self.path, self.text, self.warnings = path, text, warnings
        self.origins = origins or {}  # with includes: the file that set each dotted key
        self.unknown_count = 0

    def origin(self, section: str | None, key: str) -> tuple[Path | None, str]:
        """Path and text of the file that set ``section.key`` (its table, else this file)."""
        names = [f"{section}.{key}", section, section.split(".")[0]] if section else [key]
        for name in names:
            layer = self.origins.get(name)
            if layer is not None:
                return layer.path, layer.text
        return self.path, self.text

    def unknown(self, section: str | None, key: str, name: str, nth: int = 0) -> None:
        """One warning per unknown key (``name`` as the file spells it, with its table), up
        to ``MAX_WARNINGS``; then a count of the rest."""
        self.unknown_count += 1
        if self.unknown_count <= MAX_WARNINGS:
            path, text = self.origin(section, key)
            line = (line_of(text, section, key, nth) if section
                    else line_of(text, None, key) or line_of(text, key, ""))
            source = UNKNOWN_KEY[(section is None, bool(line))]
            self.warnings.append(ConfigWarning(source, path or "config", name,
                                               *([line] if line else [])))

    def finish(self) -> None:
        extra = self.unknown_count - MAX_WARNINGS
        if extra > 0:
            self.warnings.append(ConfigWarning(MORE_UNKNOWN, self.path or "config", extra))

    def fail(self, section: str | None, key: str, message: str, nth: int = 0,
             label: str | None = None):
        full = f"{label or section}.{key}" if section else key
        path, text = self.origin(section, key)
        raise ConfigError(path, message, line=line_of(text, section, key, nth)
                          or line_of(text, section, "", nth), key=full)

    def value(self, section, key, spec: Key, value, nth=0, label=None) -> Any:
        def fail(message):
            self.fail(section, key, message, nth, label)

        expected = spec.type if isinstance(spec.type, tuple) else (spec.type,)
        if isinstance(value, bool) and bool not in expected or not isinstance(value, expected):
            fail(f"expected {_type_names(expected)}, got {show(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            fail(f"expected a finite number, got {show(value)}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if spec.above is not None and not value > spec.above:
                fail(f"must be greater than {spec.above:g}, got {show(value)}")
            if spec.minimum is not None and value < spec.minimum:
                fail(f"must be at least {spec.minimum:g}, got {show(value)}")
            if spec.maximum is not None and value > spec.maximum:
                fail(f"must be at most {spec.maximum:g}, got {show(value)}")
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
                    fail(f"every entry must be {_type_names((spec.items,))}, got {show(item)}"
                         + (' (write it in quotes, e.g. ["112"])'
                            if isinstance(item, int | float) else ""))
                if isinstance(item, str) and (spec.nonempty and not item.strip()
                                              or "\n" in item or "\r" in item):
                    fail(f"entry {show(item)} must be one non-empty line")
                if isinstance(item, str):
                    self.text_value(item, spec, lambda message, i=item:
                                    fail(f"entry {show(i)}: {message}"))
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
            self.fail(None, section, f"expected a table ([{section}]), got {show(given)}",
                      nth)
        out = {k: frozen_value(s.default) for k, s in schema.items()}
        for key, value in given.items():
            removed = REMOVED_KEYS.get(f"{section}.{key}")
            if removed:
                self.fail(section, key, removed, nth)
            if key not in schema:
                self.unknown(section, key, f"{label}.{key}", nth)
                continue
            out[key] = self.value(section, key, schema[key], value, nth,
                                  label=label.split(" ")[0])
        return out


def _type_names(types) -> str:
    names = {"str": "text", "float": "number", "int": "whole number", "bool": "true/false",
             "list": "list", "dict": "table"}
    return " or ".join(dict.fromkeys(names.get(t.__name__, t.__name__) for t in types))
