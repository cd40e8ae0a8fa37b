"""Placeholders are always filled: every content string and every translated message,
rendered with its parameters in every language, leaves no ``{name}`` and no ``%1``."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk import content as content_mod
from desk.core import vocab
from desk.core.callbacks import CallbackForm, CallbackInvalid, validate
from desk.core.contacts import ContactError, normalise_email, normalise_phone

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["en", "fi", "tl", "hi", "eo"]
LEFTOVER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%\d|%n")
# What the console fills content with (resources/content/en.toml lists them).
CONTENT_VALUES = {"unit": "Asiakaspalvelu", "branch": "Espoo", "operator": "Aino",
                  "answer_by_ring": 3, "request": "a new card", "department": "Billing",
                  "due_date": "9.12.2026", "alarm_key": "Ctrl+Alt+S", "test_days": 30}


def strings(node):
    """Every text of a loaded ``Content``, however deep."""
    if isinstance(node, str):
        yield node
    elif dataclasses.is_dataclass(node):
        for item in dataclasses.fields(node):
            if item.name not in ("language", "missing"):
                yield from strings(getattr(node, item.name))
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from strings(value)


def leftovers(text: str) -> list[str]:
    return LEFTOVER.findall(text)


@pytest.mark.parametrize("lang", LANGS)
def test_every_content_string_renders_completely(lang):
    content = content_mod.load(lang)
    texts = list(strings(content))
    assert len(texts) > 100
    for text in texts:
        filled = content_mod.fill(text, **CONTENT_VALUES)
        assert filled is not None, f"{lang}: unknown placeholder in {text!r}"
        assert leftovers(filled) == [], f"{lang}: {text!r} -> {filled!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_item_texts_the_review_and_report_show_are_filled(lang):
    pytest.importorskip("PySide6")
    from desk.ui.vocab import item_text

    content = content_mod.load(lang)
    for stage in content.stages:
        for item in stage.items:
            shown = item_text(content, item.id, answer_by_ring=3)
            assert leftovers(shown) == [], f"{lang}: {shown!r}"


def _render(text: str, source: str) -> str:
    """A translation with the parameters its source takes, filled as the code fills them:
    ``%1``… and ``%n`` by position, ``{name}`` by name; anything else stays as it is."""
    for marker in set(re.findall(r"%\d|%n", source)):
        text = text.replace(marker, f"<{marker[1]}>")
    for name in re.findall(r"\{([a-z_]+)\}", source):
        text = text.replace("{" + name + "}", f"<{name}>")
    return text


@pytest.mark.parametrize("lang", LANGS[1:])
def test_every_translated_message_renders_completely(lang):
    tree = ET.parse(ROOT / "resources" / "i18n" / f"desk_{lang}.ts")
    checked = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or \
            [translation.text or ""]
        for form in forms:
            rendered = _render(form, source)
            assert leftovers(rendered) == [], f"{lang}: {source!r} -> {form!r}"
            checked += 1
    assert checked > 400


def _every_problem():
    """Each problem the core can name, from real inputs (so the table and the core agree);
    the callback actions' refusals with the parameters they carry."""
    from desk.core.problems import Problem

    found = [Problem(code) for code in ("answer_in_future", "answer_before_taken",
                                        "told_in_future", "told_before_taken",
                                        "answered_how_missing", "told_how_missing",
                                        "new_date_past")]
    found += [Problem("no_callback", {"id": 7}), Problem("department_unknown",
                                                         {"department": "Sales"})]
    for text in ("", "4" * 41, "12ab", "12"):
        try:
            normalise_phone(text, "FI")
        except ContactError as exc:
            found.append(exc.problem)
    for text in ("", "laura", "@x.org", "a@", "a b@x.org", "a@-x.org", "x" * 70 + "@x.org"):
        try:
            normalise_email(text)
        except ContactError as exc:
            found.append(exc.problem)
    for form in (CallbackForm(), CallbackForm(full_name="x" * 201, question="q" * 10_001,
                                              phone="1", department="Nowhere")):
        try:
            validate(form, "FI", ["Billing"])
        except CallbackInvalid as invalid:
            found.extend(invalid.errors.values())
    return found


def test_the_core_names_only_problems_the_vocabulary_has_words_for():
    written = {code for path in (ROOT / "desk" / "core").glob("*.py")
               for code in re.findall(r"(?:Refused|ContactError|Problem)\(\"([a-z_]+)\"",
                                      path.read_text(encoding="utf-8"))}
    assert len(written) > 10 and written <= vocab.PROBLEMS.keys()
    codes = {problem.code for problem in _every_problem()}
    assert codes <= vocab.PROBLEMS.keys()
    assert vocab.PROBLEMS.keys() - codes <= {"email_too_long"}  # the validator's rare one


@pytest.mark.parametrize("lang", LANGS)
def test_every_problem_renders_completely_on_the_command_line(lang):
    from desk.commands import words

    words.use(lang)
    try:
        for problem in _every_problem():
            text = words.problem(problem)
            assert text and leftovers(text) == [], f"{lang}: {problem} -> {text!r}"
    finally:
        words.use("en")


def test_the_render_check_catches_an_unfilled_placeholder():
    assert leftovers(_render("Soittaja %1 ei vastannut %2", "Caller %1 did not answer")) \
        == ["%2"]
    assert leftovers(_render("Vastaus {answer_by}", "Answer {answer_by_ring}")) == ["{answer_by}"]
    assert leftovers(_render("%1 · %2×", "%1 · %2×")) == []
    assert leftovers("Picked up by ring {answer_by_ring}") == ["{answer_by_ring}"]
