"""``[branch] formal = true`` addresses callers with the polite register (Finnish *te*):
an overlay of only the sentences that change; the default stays *sinä*."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from desk import config as config_mod
from desk import content as content_mod
from desk.content import placeholders

ROOT = Path(__file__).resolve().parents[2]
SINA = re.compile(r"\b(sinua|sinut|sinuun|sinulle|haluaisit|valitsit|huomasit|olet)\b"
                  r"|\w+(si|isi)\?$")


def caller_phrases(content) -> list[str]:
    """What the operator says to the caller (items' phrases, wrap-up, playbook phrases)."""
    return [p for s in content.stages for i in s.items for p in i.phrases] + \
        list(content.wrapup_phrases) + list(content.sales_prompts) + \
        [step.phrase for step in content.playbook if step.phrase]


def test_the_finnish_formal_register_says_te_to_every_caller():
    informal, formal = content_mod.load("fi"), content_mod.load("fi", formal=True)
    assert any(SINA.search(p) for p in caller_phrases(informal))  # the default is unchanged
    assert [p for p in caller_phrases(formal) if SINA.search(p)] == []
    assert "Saisinko nimenne?" in caller_phrases(formal)
    # What is said to the operator, and everything else, stays as in fi.toml.
    assert formal.stages[0].items[0].text == informal.stages[0].items[0].text
    assert formal.missing == ()


def test_the_overlay_keeps_ids_and_placeholders_of_finnish():
    over = tomllib.loads((ROOT / "resources" / "content" / "fi-formal.toml")
                         .read_text(encoding="utf-8"))
    informal = content_mod.load("fi")
    items = {i.id: i for s in informal.stages for i in s.items}
    for stage in over["stages"]:
        for item in stage["items"]:
            assert item["id"] in items
            assert [placeholders(p) for p in item["phrases"]] == \
                [placeholders(p) for p in items[item["id"]].phrases]


def test_languages_without_an_overlay_are_unchanged_and_the_key_is_read(tmp_path):
    assert content_mod.load("hi", formal=True) == content_mod.load("hi")
    assert "fi-formal" not in content_mod.available_languages()
    path = tmp_path / "branch.toml"
    path.write_text('[branch]\nlanguage = "fi"\nformal = true\n', encoding="utf-8")
    assert config_mod.load(path).branch.formal is True
    assert config_mod.load(None).branch.formal is False
