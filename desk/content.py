"""Etiquette content as data: ``resources/content/<lang>.toml``.

English is the reference and decides the structure (which stages, items, steps
and which service sin each stage reminds of); a language file gives the words.
Anything a language file lacks is shown in English and logged as a warning, so
a half-translated file still works (and ``tests/content`` fails in CI).
"""

from __future__ import annotations

import logging
import string
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from desk.paths import resource

FALLBACK = "en"
STAGE_IDS = ("greeting", "clarification", "confirmation", "closing")
log = logging.getLogger("desk.content")


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    phrases: tuple[str, ...] = ()
    sin: str = ""  # the service sin to remind of while this item is selected


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    reminder: str  # "Sin: what to do instead", the stage's own service-sin reminder
    items: tuple[Item, ...]
    sin: str = ""

    def item_ids(self) -> list[str]:
        return [item.id for item in self.items]


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    text: str
    phrase: str = ""


@dataclass(frozen=True)
class Content:
    language: str
    name: str
    stages: tuple[Stage, ...]
    wrapup_phrases: tuple[str, ...]
    sales_prompts: tuple[str, ...]
    outcomes: dict[str, str]
    playbook: tuple[Step, ...]
    sins: tuple[Step, ...]
    shift: tuple[Step, ...]
    missing: tuple[str, ...] = ()  # keys this language lacked (shown in English)
    extra: dict = field(default_factory=dict)

    def stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def next_stage(self, stage_id: str) -> str | None:
        ids = [s.id for s in self.stages]
        index = ids.index(stage_id)
        return ids[index + 1] if index + 1 < len(ids) else None

    def sin(self, sin_id: str) -> Step:
        for sin in self.sins:
            if sin.id == sin_id:
                return sin
        raise KeyError(sin_id)

    def reminder_for(self, stage_id: str, item_id: str | None = None) -> Step:
        """The service sin to keep in mind: the item's own, else the stage's."""
        stage = self.stage(stage_id)
        item = next((i for i in stage.items if i.id == item_id), None)
        return self.sin(item.sin if item is not None and item.sin else stage.sin)


class ContentError(Exception):
    pass


def language_name(lang: str) -> str:
    """A language's own name (``name = "…"`` at the top of its file), without parsing the
    whole file: the Language menu lists all five at start-up."""
    import tomllib

    path = resource("content", f"{lang}.toml")
    head = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            if line.startswith("["):
                break
            head.append(line)
    return tomllib.loads("".join(head)).get("name") or lang


def available_languages() -> list[str]:
    folder = resource("content")
    return sorted(p.name[:-5] for p in folder.iterdir()
                  if p.name.endswith(".toml") and "-" not in p.name)  # not fi-formal


def _read(lang: str) -> dict | None:
    node = resource("content", f"{lang}.toml")
    if not node.is_file():
        return None
    try:
        return tomllib.loads(node.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"content/{lang}.toml: {exc}") from None


class _Words:
    """Looks words up in the language, falling back to English and noting each gap."""

    def __init__(self) -> None:
        self.missing: list[str] = []

    def get(self, where: str, own: dict | None, base: dict, key: str, default=""):
        if own is not None and key in own:
            return own[key]
        if key in base:
            self.missing.append(f"{where}.{key}" if where else key)
        return base.get(key, default)


def _by_id(rows: list[dict] | None) -> dict[str, dict]:
    return {row["id"]: row for row in rows or [] if "id" in row}


def _steps(words: _Words, section: str, rows: list[dict] | None,
           base: list[dict]) -> tuple[Step, ...]:
    own = _by_id(rows)
    return tuple(
        Step(b["id"], *(words.get(f"{section}.{b['id']}", own.get(b["id"]), b, key)
                        for key in ("title", "text", "phrase")))
        for b in base
    )


def _overlay(data: dict, over: dict) -> dict:
    """``over``'s words on top of ``data``: tables key by key, lists of tables by ``id``."""
    merged = dict(data)
    for key, value in over.items():
        mine = merged.get(key)
        if isinstance(value, dict) and isinstance(mine, dict):
            merged[key] = _overlay(mine, value)
        elif (isinstance(value, list) and isinstance(mine, list) and value
              and all(isinstance(row, dict) and "id" in row for row in value)):
            changes = _by_id(value)
            merged[key] = [_overlay(row, changes[row.get("id")]) if row.get("id") in changes
                           else row for row in mine]
        else:
            merged[key] = value
    return merged


@lru_cache(maxsize=16)
def load(lang: str = FALLBACK, formal: bool = False) -> Content:
    """Content for ``lang``; English fills (and the log names) anything the language lacks.

    ``formal`` (``[branch] formal = true``): the language's polite register where it has
    one, ``content/<lang>-formal.toml``, which holds only the sentences that change
    (Finnish *te*; Hindi and Tagalog already address callers politely: no overlay)."""
    base = _read(FALLBACK)
    if base is None:
        raise ContentError("content/en.toml is missing from the installation")
    data = (_read(lang) if lang != FALLBACK else None) or base
    if data is base and lang != FALLBACK:
        log.warning("content/%s.toml is missing: the etiquette content is shown in English",
                    lang)
    polite = _read(f"{lang}-formal") if formal else None
    if polite:
        data = _overlay(data, polite)
    words = _Words()
    sins = _steps(words, "sins", data.get("sins"), base["sins"])
    sin_text = {s.id: f"{s.title}: {s.text}" for s in sins}
    own_stages = _by_id(data.get("stages"))
    stages = []
    for b in base["stages"]:
        own = own_stages.get(b["id"])
        own_items = _by_id(own.get("items") if own else None)
        items = tuple(
            Item(bi["id"],
                 words.get(f"stages.{b['id']}.{bi['id']}", own_items.get(bi["id"]), bi, "text"),
                 tuple(words.get(f"stages.{b['id']}.{bi['id']}", own_items.get(bi["id"]), bi,
                                 "phrases", [])),
                 bi.get("sin", ""))
            for bi in b["items"]
        )
        stages.append(Stage(b["id"], words.get(f"stages.{b['id']}", own, b, "title"),
                            sin_text[b["sin"]], items, b["sin"]))
    if tuple(s.id for s in stages) != STAGE_IDS:
        raise ContentError("content/en.toml must define the four stages in order")
    wrapup = data.get("wrapup")
    content = Content(
        language=lang,
        name=words.get("", data, base, "name"),
        stages=tuple(stages),
        wrapup_phrases=tuple(words.get("wrapup", wrapup, base["wrapup"], "phrases")),
        sales_prompts=tuple(words.get("wrapup", wrapup, base["wrapup"], "sales_prompts", [])),
        outcomes={k: words.get("outcomes", data.get("outcomes"), base["outcomes"], k)
                  for k in base["outcomes"]},
        playbook=_steps(words, "playbook", data.get("playbook"), base["playbook"]),
        sins=sins,
        shift=_steps(words, "shift", data.get("shift"), base["shift"]),
        missing=tuple(words.missing),
        # The repeat caller's thanks for their patience (seed 003), under [wrapup].
        extra={"patience": words.get("wrapup", wrapup, base["wrapup"], "patience", "")},
    )
    if words.missing:
        log.warning("content/%s.toml lacks %d entries, shown in English: %s", lang,
                    len(words.missing), ", ".join(words.missing[:10]))
    return content


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a sentence needs."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def fill(text: str, **values: object) -> str | None:
    """The sentence with its placeholders filled, or ``None`` while any has no value:
    a caller must never hear "{department}"."""
    known = {k: str(v) for k, v in values.items() if v not in (None, "")}
    if not placeholders(text) <= known.keys():
        return None
    return text.format_map(known)
