"""Etiquette content as data: ``resources/content/<lang>.toml``.

English is the reference: a language file may leave things out and English
fills the gaps, item by item, so a half-translated file still works.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from desk.paths import resource

FALLBACK = "en"
STAGE_IDS = ("greeting", "clarification", "confirmation", "closing")


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    reminder: str
    items: tuple[Item, ...]

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
    stages: tuple[Stage, ...]
    wrapup_phrases: tuple[str, ...]
    sales_prompts: tuple[str, ...]
    outcomes: dict[str, str]
    playbook: tuple[Step, ...]
    sins: tuple[Step, ...]
    shift_items: tuple[str, ...]
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


class ContentError(Exception):
    pass


def available_languages() -> list[str]:
    folder = resource("content")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def _read(lang: str) -> dict | None:
    node = resource("content", f"{lang}.toml")
    if not node.is_file():
        return None
    try:
        return tomllib.loads(node.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"content/{lang}.toml: {exc}") from None


def _steps(raw: list[dict], base: list[dict]) -> tuple[Step, ...]:
    by_id = {s["id"]: s for s in raw}
    return tuple(
        Step(b["id"], by_id.get(b["id"], b).get("title", b["title"]),
             by_id.get(b["id"], b).get("text", b["text"]),
             by_id.get(b["id"], b).get("phrase", b.get("phrase", "")))
        for b in base
    )


@lru_cache(maxsize=8)
def load(lang: str = FALLBACK) -> Content:
    """Content for ``lang``, English filling anything the language lacks."""
    base = _read(FALLBACK)
    if base is None:
        raise ContentError("content/en.toml is missing from the installation")
    data = (_read(lang) if lang != FALLBACK else None) or base
    stages_by_id = {s["id"]: s for s in data.get("stages", [])}
    stages = []
    for b in base["stages"]:
        s = stages_by_id.get(b["id"], b)
        items_by_id = {i["id"]: i for i in s.get("items", [])}
        items = tuple(
            Item(bi["id"], items_by_id.get(bi["id"], bi).get("text", bi["text"]),
                 tuple(items_by_id.get(bi["id"], bi).get("phrases", bi.get("phrases", []))))
            for bi in b["items"]
        )
        stages.append(Stage(b["id"], s.get("title", b["title"]),
                            s.get("reminder", b["reminder"]), items))
    if tuple(s.id for s in stages) != STAGE_IDS:
        raise ContentError("content/en.toml must define the four stages in order")
    wrapup = {**base["wrapup"], **data.get("wrapup", {})}
    return Content(
        language=data.get("language", FALLBACK),
        stages=tuple(stages),
        wrapup_phrases=tuple(wrapup["phrases"]),
        sales_prompts=tuple(wrapup.get("sales_prompts", [])),
        outcomes={**base["outcomes"], **data.get("outcomes", {})},
        playbook=_steps(data.get("playbook", []), base["playbook"]),
        sins=_steps(data.get("sins", []), base["sins"]),
        shift_items=tuple(data.get("shift", base["shift"]).get("items", base["shift"]["items"])),
    )


def fill(phrase: str, **values: str) -> str:
    """Put known values into a phrase; unknown ``{placeholders}`` stay visible."""

    class Keep(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return phrase.format_map(Keep(values))
