"""``ConfigError``: a config that cannot be used, named by file, line and key; ``show``: a
wrong value as a message quotes it."""

from __future__ import annotations

from typing import Any

# Defined with the schema, on the floor below: the [store] setting (``desk.store_setting``),
# read before any config is loaded, raises it too.
from desk.config_schema import ConfigError  # noqa: F401


def show(value: Any) -> str:
    """A value as a message quotes it: a table by its kind, long text cut short."""
    if isinstance(value, dict):
        return "a table"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
