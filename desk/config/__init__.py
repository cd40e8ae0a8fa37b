"""Branch config: ``load(path)`` gives a checked, typed ``Config`` or raises ``ConfigError``
(file, line and key). How it is read is told in ``loader``; the steps have a module each."""

from desk.config.errors import ConfigError
from desk.config.loader import defaults, load, load_text
from desk.config.model import Channel, Config, Department
from desk.config.rules import LANGUAGES
from desk.config.secret_files import DESK_GROUP, readable_by_others
from desk.config.template import template

__all__ = ["DESK_GROUP", "LANGUAGES", "Channel", "Config", "ConfigError", "Department",
           "defaults", "load", "load_text", "readable_by_others", "template"]
