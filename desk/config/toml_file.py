"""A config file read and parsed as TOML, bounded: a regular file of a few kB, nested a
few levels at most; a mistake is reported with its line."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.config.errors import ConfigError
from desk.config.lines import line_index, line_of
from desk.config_schema import MAX_DEPTH, MAX_FILE_BYTES


@dataclass(frozen=True)
class Layer:
    """One file of an include chain: where it is, its text (for line numbers), its data."""

    path: Path | None
    text: str
    data: dict


def read_text(path: Path) -> str:
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
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(path, "not UTF-8 text") from None


def _read_regular(path: Path, most: int) -> bytes:
    """At most ``most`` bytes of a regular file; a FIFO or a device (which could block or
    never end) is refused without waiting for a writer."""
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ConfigError(path, "not a regular file")
        return file.read(most)


def parse(text: str, path: Path | None) -> dict:
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
        line = (line_of(text, section, keys[-1]) or line_of(text, None, keys[-1])
                or _deepest(text)[0]
                or next((number for (name, _), number in line_index(text).headers.items()
                         if name.startswith(dotted)), None))  # [a.b.c...] headers
        raise ConfigError(path, _too_deep(), key=dotted, line=line)
    return data


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
