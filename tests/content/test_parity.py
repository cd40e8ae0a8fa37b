"""Every language file says everything English says, with the same ids and placeholders."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

import pytest

from desk import content as content_mod
from desk.content import fill, placeholders

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "resources" / "content"
LANGS = ["fi", "tl", "hi", "eo"]
STRUCTURE_KEYS = {"id", "sin", "language"}  # not words: must match English exactly or be left out


def read(lang: str) -> dict:
    return tomllib.loads((CONTENT / f"{lang}.toml").read_text(encoding="utf-8"))


def shape(node, path="") -> dict[str, object]:
    """Flatten a content file to {path: what must match}: ids, key sets and placeholders.

    Lists of tables are keyed by their ``id`` so that a reordered or renamed id shows up.
    """
    out: dict[str, object] = {}
    if isinstance(node, dict):
        out[path + "{}"] = sorted(k for k in node if k not in {"sin", "language"})
        for key, value in node.items():
            if key in STRUCTURE_KEYS:
                continue
            out.update(shape(value, f"{path}{key}."))
    elif isinstance(node, list) and node and isinstance(node[0], dict):
        out[path + "[ids]"] = [row.get("id") for row in node]
        for row in node:
            out.update(shape(row, f"{path}{row.get('id')}."))
    elif isinstance(node, list):
        out[path + "[placeholders]"] = [sorted(placeholders(t)) for t in node]
    elif isinstance(node, str):
        out[path + "{placeholders}"] = sorted(placeholders(node))
    return out


def structure_mismatches(english: dict, other: dict) -> list[str]:
    want, got = shape(english), shape(other)
    return [f"{key}: en {want.get(key)!r} vs {got.get(key)!r}"
            for key in sorted(want.keys() | got.keys()) if want.get(key) != got.get(key)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_every_key_id_and_placeholder_of_english(lang):
    assert structure_mismatches(read("en"), read(lang)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_language_copies_an_english_sentence(lang):
    english = {v for k, v in _texts(read("en"))}
    same = [k for k, v in _texts(read(lang)) if v in english and len(v) > 12]
    assert same == [], f"{lang} still says these in English"


def _texts(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in STRUCTURE_KEYS:
                yield from _texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def test_the_parity_check_catches_a_lost_placeholder_a_missing_item_and_a_new_id():
    en = read("en")
    fi = read("fi")
    fi["stages"][2]["items"][2]["phrases"] = ["Pyyntösi menee eteenpäin."]
    del fi["stages"][1]["items"][0]
    fi["shift"].append({"id": "coffee", "text": "Kahvi"})
    problems = "\n".join(structure_mismatches(en, fi))
    assert "said_next_step.phrases" in problems
    assert "listened_first" in problems
    assert "coffee" in problems


def test_a_missing_entry_is_shown_in_english_and_logged(tmp_path, monkeypatch, caplog):
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "en.toml").write_bytes((CONTENT / "en.toml").read_bytes())
    partial = (CONTENT / "fi.toml").read_text(encoding="utf-8").replace(
        'title = "Tervehdys"\n', "", 1)
    (folder / "fi.toml").write_text(partial, encoding="utf-8")
    monkeypatch.setattr(content_mod, "resource", lambda *parts: tmp_path.joinpath(*parts))
    content_mod.load.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="desk.content"):
            loaded = content_mod.load("fi")
    finally:
        content_mod.load.cache_clear()
    assert loaded.stage("greeting").title == "Greeting"
    assert loaded.stage("clarification").title == "Selvitys"
    assert loaded.missing == ("stages.greeting.title",)
    assert "fi.toml lacks 1 entries" in caplog.text and "stages.greeting.title" in caplog.text


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_each_language_loads_complete(lang):
    loaded = content_mod.load(lang)
    assert loaded.missing == ()
    assert [s.id for s in loaded.stages] == list(content_mod.STAGE_IDS)


def test_all_seven_service_sins_are_reminded_somewhere_in_the_call():
    en = content_mod.load("en")
    reachable = {en.reminder_for(stage.id, item.id).id
                 for stage in en.stages for item in stage.items}
    assert reachable == {s.id for s in en.sins}
    assert len(en.sins) == 7


def test_personal_question_comes_before_name_and_contact_details():
    ids = content_mod.load("en").stage("clarification").item_ids()
    assert ids.index("personal_question") < ids.index("asked_name") < ids.index("asked_contact")


def test_threat_playbook_starts_with_the_alarm_and_answer_ring_comes_from_config():
    en = content_mod.load("en")
    assert en.playbook[0].id == "safety" and "{alarm_key}" in en.playbook[0].text
    ring = en.stage("greeting").items[0]
    assert fill(ring.text, answer_by_ring=4) == "Picked up by ring 4"
    assert "3" not in ring.text


def test_no_advice_the_seeds_do_not_give():
    text = (CONTENT / "en.toml").read_text(encoding="utf-8").lower()
    assert "rush the goodbye" not in text
    assert "anything else i can do" not in text


def test_an_unfilled_placeholder_hides_the_sentence():
    phrase = "Your request goes to {department}; they will answer you by {due_date}."
    assert fill(phrase, department="Billing") is None
    assert fill(phrase, department="Billing", due_date="") is None
    assert fill(phrase, department="Billing", due_date="Thursday 26 November") == \
        "Your request goes to Billing; they will answer you by Thursday 26 November."
    assert fill("Good morning!") == "Good morning!"
