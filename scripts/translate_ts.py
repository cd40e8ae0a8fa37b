"""Fill the Qt translation sources from the translators' dictionaries.

    python scripts/translate_ts.py              # all languages: .ts <- translations/<lang>.json
    python scripts/translate_ts.py fi --todo    # also write translations/fi.todo.json
    python scripts/translate_ts.py fi --merge   # fold the filled-in fi.todo.json into fi.json

``resources/i18n/translations/<lang>.json`` maps an English source text to its
translation; a key ``"Context::source"`` overrides it for one Qt context (class).
A plural message (``%n``) takes a list, one text per plural form of the language.
Messages without a translation stay "unfinished" and are listed (exit 1);
``--todo`` writes them to ``<lang>.todo.json`` with empty values, ready to fill in
and merge into ``<lang>.json``. Run after ``pyside6-lupdate`` (see
``scripts/update_translations.sh``), then build the ``.qm`` files (``build_qm.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("fi", "tl", "hi", "eo")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def load_dictionary(lang: str) -> dict[str, str | list[str]]:
    path = I18N / "translations" / f"{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def lupdate_layout(root: ET.Element) -> str:
    """The XML laid out as lupdate writes it, so a re-run of lupdate changes few lines."""
    ET.indent(root, space="    ")
    lines = ET.tostring(root, encoding="unicode").replace(" />", "/>").split("\n")
    return "\n".join(line[4:] if line.startswith("    ") else line for line in lines)


def fill(lang: str, write_todo: bool = False) -> list[str]:
    """Write the translations into ``desk_<lang>.ts``; return the sources still missing."""
    ts = I18N / f"desk_{lang}.ts"
    tree = ET.parse(ts)
    words = load_dictionary(lang)
    used: set[str] = set()
    missing: dict[str, str] = {}
    for ctx in tree.getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            key = f"{context}::{source}" if f"{context}::{source}" in words else source
            value = words.get(key)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            if not value:
                translation.set("type", "unfinished")
                missing[source] = [] if message.get("numerus") == "yes" else ""
                continue
            used.add(key)
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for text in value if isinstance(value, list) else [value]:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value if isinstance(value, str) else value[0]
    ts.write_text(HEADER + lupdate_layout(tree.getroot()) + "\n", encoding="utf-8")
    unused = sorted(set(words) - used)
    if unused:
        print(f"{lang}: {len(unused)} dictionary entries no longer used, e.g. {unused[:3]}")
    todo = I18N / "translations" / f"{lang}.todo.json"
    if write_todo and missing:
        todo.write_text(json.dumps(missing, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    return sorted(missing)


def merge_todo(lang: str) -> int:
    """Move every filled-in entry of ``<lang>.todo.json`` into ``<lang>.json``."""
    folder = I18N / "translations"
    todo_path, words_path = folder / f"{lang}.todo.json", folder / f"{lang}.json"
    if not todo_path.exists():
        return 0
    todo = json.loads(todo_path.read_text(encoding="utf-8"))
    words = load_dictionary(lang)
    done = {k: v for k, v in todo.items() if v}
    words.update(done)
    words_path.write_text(json.dumps(words, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    left = {k: v for k, v in todo.items() if not v}
    if left:
        todo_path.write_text(json.dumps(left, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    else:
        todo_path.unlink()
    return len(done)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("langs", nargs="*", default=list(LANGS))
    parser.add_argument("--todo", action="store_true",
                        help="write the untranslated sources to translations/<lang>.todo.json")
    parser.add_argument("--merge", action="store_true",
                        help="first fold the filled-in translations/<lang>.todo.json into "
                             "<lang>.json")
    args = parser.parse_args(argv)
    status = 0
    for lang in args.langs:
        if lang not in LANGS:
            print(f"unknown language {lang!r}; use one of {', '.join(LANGS)}", file=sys.stderr)
            return 2
        if args.merge:
            print(f"{lang}: {merge_todo(lang)} translations merged from {lang}.todo.json")
        missing = fill(lang, args.todo)
        if missing:
            status = 1
            print(f"{lang}: {len(missing)} messages untranslated, e.g. {missing[:3]}")
    return status


if __name__ == "__main__":
    sys.exit(main())
