"""Branch config (see ``loader``): ``load``, ``Config``, ``ConfigError`` and friends."""

from desk.config.loader import (
    DESK_GROUP,
    LANGUAGES,
    Channel,
    Config,
    ConfigError,
    Department,
    _toml_value,
    defaults,
    load,
    load_text,
    readable_by_others,
    template,
)

__all__ = ["DESK_GROUP", "LANGUAGES", "Channel", "Config", "ConfigError", "Department",
           "_toml_value", "defaults", "load", "load_text",
           "readable_by_others", "template"]
