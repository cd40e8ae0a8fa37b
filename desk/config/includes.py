"""``include = "company.toml"``: a chain of base files merged under a file's own keys.

Tables merge key by key, the including file wins, and an array of tables
(``[[departments]]``, ``[[security.channels]]``) is replaced whole by the including
file's when it has one. Every value remembers the file that set it (its ``Layer``), so
a mistake in the base is reported with the base's name and line.
"""

from __future__ import annotations

import os
from pathlib import Path

from desk.config.errors import ConfigError, show
from desk.config.lines import line_of
from desk.config.secret_files import check_private
from desk.config.toml_file import Layer, parse, read_text
from desk.config_schema import MAX_INCLUDES


def include_chain(top: Layer) -> list[Layer]:
    """``top`` and the bases it includes, the outermost base first.

    A base of a base is allowed up to ``MAX_INCLUDES`` levels; a cycle is refused with
    both files named; a base that holds a secret must be private (``check_private``)."""
    chain = [top]
    while "include" in chain[-1].data:
        layer = chain[-1]

        def fail(message: str, layer=layer) -> None:
            raise ConfigError(layer.path, message, key="include",
                              line=line_of(layer.text, None, "include"))

        target = layer.data["include"]
        if not isinstance(target, str) or not target.strip():
            fail(f"expected the path of a base file (text), got {show(target)}")
        folder = layer.path.parent if layer.path is not None else Path.cwd()
        target = Path(os.path.normpath(folder / Path(target).expanduser()))
        seen = [other for other in chain if other.path is not None
                and _same_file(other.path, target)]
        if seen:
            fail(f"includes {target}, which already includes this file (a cycle: "
                 f"{' -> '.join(str(other.path) for other in chain)} -> {target})")
        if len(chain) > MAX_INCLUDES:
            fail(f"includes nest more than {MAX_INCLUDES} levels deep "
                 f"({' -> '.join(str(other.path) for other in chain)} -> {target})")
        if not target.exists():
            fail(f"the base file {target} does not exist")
        text = read_text(target)
        base = Layer(target, text, parse(text, target))
        check_private(base)
        chain.append(base)
    return chain[::-1]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop (Python 3.11)
        return False



def merge(layers: list[Layer]) -> tuple[dict, dict[str, Layer]]:
    """The layers' data merged (later files win) and which layer set each dotted key."""
    merged: dict = {}
    origins: dict[str, Layer] = {}
    for layer in layers:
        _overlay(merged, {k: v for k, v in layer.data.items() if k != "include"},
                 layer, origins, "")
    return merged, origins


def _overlay(into: dict, data: dict, layer: Layer, origins: dict, prefix: str) -> None:
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            if not isinstance(into.get(key), dict):
                into[key] = {}
                origins[dotted] = layer
            into[key] = dict(into[key])
            _overlay(into[key], value, layer, origins, dotted + ".")
        else:  # a value or a list (an array of tables too): replaced whole
            into[key] = value
            origins[dotted] = layer
